// Calendar page: a form is sent once (the button is disabled on submit, so a double click
// cannot send twice), and making a date ordinary again asks first.
(function () {
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.classList.contains('calendar-send-once')) return;
    if (form.classList.contains('calendar-confirm') && !window.confirm(form.dataset.confirm)) {
      e.preventDefault();
      return;
    }
    if (form.dataset.sent === '1') { e.preventDefault(); return; }
    form.dataset.sent = '1';
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
  });
})();
