// Resident import page: the form is sent once (button disabled), under a request id made
// here, and while the upload and import run the progress bar is polled with htmx by that id.
(function () {
  var form = document.getElementById('import-form');
  if (!form) return;
  var button = document.getElementById('import-submit');
  var requestId = document.getElementById('import-request-id');
  var progress = document.getElementById('import-progress');
  form.addEventListener('submit', function (e) {
    if (button.disabled) { e.preventDefault(); return; }
    button.disabled = true;
    var id = (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
      : Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
    requestId.value = id;
    if (progress && window.htmx) {
      progress.setAttribute('hx-get', progress.dataset.progressUrl + '?requestId=' + encodeURIComponent(id));
      progress.hidden = false;
      htmx.process(progress);
    }
  });
  // Back from the browser cache: the button works again.
  window.addEventListener('pageshow', function () { button.disabled = false; });
})();
