// Dashboard charts: each .dashboard-chart draws the table named by data-source (rows with
// data-label / data-value, and data-value2 for a second line). The tables stay the source
// and the fallback: without ECharts the page still reads.
(function () {
  if (!window.echarts) return;
  function rows(id) {
    var table = document.getElementById(id);
    return table ? Array.prototype.slice.call(table.querySelectorAll('tr[data-label]')) : [];
  }
  function option(kind, data, names) {
    var labels = data.map(function (r) { return r.dataset.label; });
    var values = data.map(function (r) { return Number(r.dataset.value); });
    if (kind === 'pie') {
      return { tooltip: {}, series: [{ type: 'pie', radius: ['35%', '65%'],
        data: data.map(function (r) { return { name: r.dataset.label, value: Number(r.dataset.value) }; }) }] };
    }
    if (kind === 'line') {
      var series = (names || '|').split('|');
      return { tooltip: { trigger: 'axis' }, legend: { data: series },
        xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', minInterval: 1 },
        series: [{ name: series[0], type: 'line', data: values },
          { name: series[1], type: 'line', data: data.map(function (r) { return Number(r.dataset.value2); }) }] };
    }
    var horizontal = kind === 'hbar';
    var category = { type: 'category', data: horizontal ? labels.slice().reverse() : labels };
    var value = { type: 'value', minInterval: 1 };
    return { tooltip: {}, grid: { left: horizontal ? 100 : 40, right: 20, top: 20, bottom: 30 },
      xAxis: horizontal ? value : category, yAxis: horizontal ? category : value,
      series: [{ type: 'bar', data: horizontal ? values.slice().reverse() : values }] };
  }
  var charts = [];
  document.querySelectorAll('.dashboard-chart').forEach(function (el) {
    var data = rows(el.dataset.source);
    if (data.length === 0) return;
    el.style.height = '240px';
    var chart = window.echarts.init(el);
    chart.setOption(option(el.dataset.chart, data, el.dataset.series));
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
