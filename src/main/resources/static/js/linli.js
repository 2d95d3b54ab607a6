// Sends the CSRF token with every htmx request, and remembers the large-font choice.
(function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && window.htmx) {
    document.body.addEventListener('htmx:configRequest', function (e) {
      e.detail.headers[header.content] = token.content;
    });
  }
  var root = document.documentElement;
  if (localStorage.getItem('linli-large-font') === '1') root.classList.add('large-font');
  var toggle = document.getElementById('large-font-toggle');
  if (toggle) toggle.addEventListener('click', function () {
    var on = root.classList.toggle('large-font');
    localStorage.setItem('linli-large-font', on ? '1' : '0');
  });
})();
