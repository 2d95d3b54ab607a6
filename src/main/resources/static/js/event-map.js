// 地图: an event's point on a Leaflet map, and on the report form a map that sets the point.
// The marker is drawn as a vector (no image, no tile needed): offline the map is grey but the
// point and the coordinates beside it still show. Without Leaflet at all the page keeps the
// coordinates as text and the number fields.
(function () {
  if (!window.L) { return; }
  document.querySelectorAll('.events-map').forEach(function (box) {
    var start = [parseFloat(box.dataset.lat), parseFloat(box.dataset.lng)];
    var map = L.map(box).setView(start, parseInt(box.dataset.zoom, 10) || 16);
    L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution, maxZoom: 19 }).addTo(map);
    var marker = L.circleMarker(start, { radius: 8, weight: 3 });
    if (box.dataset.picker !== '1') {
      marker.addTo(map);
      return;
    }
    var lat = document.getElementById('latitude');
    var lng = document.getElementById('longitude');
    function show() {
      if (!lat.value || !lng.value) { return; }
      var at = [parseFloat(lat.value), parseFloat(lng.value)];
      marker.setLatLng(at).addTo(map);
      map.panTo(at);
    }
    map.on('click', function (e) {
      lat.value = e.latlng.lat.toFixed(6);
      lng.value = e.latlng.lng.toFixed(6);
      // the nearby list (htmx, on change) looks around the new point; show() moves the marker
      lng.dispatchEvent(new Event('change', { bubbles: true }));
    });
    lat.addEventListener('change', show);
    lng.addEventListener('change', show);
    show();
  });
})();
