// Forms that post are sent once: the button is disabled on submit, so a double click cannot
// send twice; forms with data-confirm ask first.
(function () {
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if ((form.getAttribute('method') || 'get').toLowerCase() !== 'post') return;
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) { e.preventDefault(); return; }
    if (form.dataset.sent === '1') { e.preventDefault(); return; }
    form.dataset.sent = '1';
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
  });
})();
