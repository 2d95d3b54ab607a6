// Region pages: a form is sent once (the button is disabled on submit, so a double click
// cannot create twice), retire forms ask first, and tree toggles show +/-.
(function () {
  document.querySelectorAll('form.region-confirm').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.dataset.confirm)) e.preventDefault();
    });
  });
  document.addEventListener('submit', function (e) {
    if (e.defaultPrevented) return;
    var form = e.target;
    if ((form.getAttribute('method') || 'get').toLowerCase() !== 'post') return;
    if (form.dataset.sent === '1') { e.preventDefault(); return; }
    form.dataset.sent = '1';
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
  });
  document.addEventListener('click', function (e) {
    var toggle = e.target.closest('.region-tree-toggle');
    if (!toggle) return;
    var list = toggle.parentElement.querySelector('ul');
    if (toggle.textContent === '-') {
      list.hidden = true;
      toggle.textContent = '+';
    } else {
      list.hidden = false;
      toggle.textContent = '-';
    }
  });
})();
