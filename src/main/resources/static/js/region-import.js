// Structure import page: one submission per click — the button is disabled while the file uploads.
(function () {
  var form = document.getElementById('import-form');
  var button = document.getElementById('import-submit');
  if (!form || !button) return;
  var label = button.textContent;
  form.addEventListener('submit', function (e) {
    if (button.disabled) { e.preventDefault(); return; }
    button.disabled = true;
    button.textContent = button.getAttribute('data-submitting') || label;
  });
  // Coming back with the browser's back button restores the page from cache: enable it again.
  window.addEventListener('pageshow', function () {
    button.disabled = false;
    button.textContent = label;
  });
})();
