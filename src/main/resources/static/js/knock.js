// Door-knock pages: a form is sent once (the button is disabled on submit, so a double tap
// cannot record two visits; the server also answers a repeated request id with the first record).
(function () {
  document.addEventListener('submit', function (e) {
    if (e.defaultPrevented) return;
    var form = e.target;
    if ((form.getAttribute('method') || 'get').toLowerCase() !== 'post') return;
    if (form.dataset.sent === '1') { e.preventDefault(); return; }
    form.dataset.sent = '1';
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
  });
})();
