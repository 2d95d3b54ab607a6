// Event pages: a step or report is sent once (the button is disabled on submit; the report form
// also carries a request id, so a resent POST makes no second event), and "use my location"
// fills the point from the browser, which refreshes the list of nearby events of the category.
(function () {
  document.querySelectorAll('form.events-once').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (form.dataset.sent === '1') { e.preventDefault(); return; }
      form.dataset.sent = '1';
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    });
  });
  // 自动分类: preselect the first suggestion until the resident picks a category; a click on
  // a suggestion picks it.
  var category = document.getElementById('categoryCode');
  if (category) {
    category.addEventListener('change', function () { category.dataset.touched = '1'; });
    document.body.addEventListener('htmx:afterSwap', function () {
      var box = document.getElementById('suggestions');
      if (!box) { return; }
      if (box.dataset.top && category.dataset.touched !== '1') { category.value = box.dataset.top; }
      box.querySelectorAll('.events-suggestion').forEach(function (b) {
        b.addEventListener('click', function () { category.value = b.dataset.code; category.dataset.touched = '1'; });
      });
    });
  }
  var locate = document.getElementById('locate');
  if (locate && navigator.geolocation) {
    locate.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (p) {
        var lat = p.coords.latitude.toFixed(6), lng = p.coords.longitude.toFixed(6);
        document.getElementById('latitude').value = lat;
        document.getElementById('longitude').value = lng;
        document.getElementById('located').textContent = lat + ', ' + lng;
        // lets the nearby list (htmx, triggered on change) look around the new point
        document.getElementById('longitude').dispatchEvent(new Event('change', { bubbles: true }));
      });
    });
  } else if (locate) {
    locate.hidden = true;
  }
})();
