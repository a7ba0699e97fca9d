// Behaviour of the console's pages, kept out of the HTML so that the content security
// policy can forbid inline scripts.
document.addEventListener('click', (event) => {
  const option = event.target.closest('.pick-unit');
  if (!option) {
    return;
  }
  document.getElementById('unit-id').value = option.dataset.unitId;
  document.getElementById('unit-search').value = option.dataset.unitLabel;
  document.getElementById('unit-options').replaceChildren();
});

function drawCharts() {
  document.querySelectorAll('[data-chart]').forEach((element) => {
    if (typeof echarts === 'undefined') {
      return;
    }
    const data = JSON.parse(element.dataset.chart);
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: data.map((d) => d.name),
               axisLabel: { width: 260, overflow: 'truncate' } },
      series: [{ type: 'bar', data: data.map((d) => d.value), label: { show: true, position: 'right' } }],
      tooltip: { trigger: 'axis' },
      animation: false,
    });
    window.addEventListener('resize', () => chart.resize());
  });
}

document.addEventListener('DOMContentLoaded', drawCharts);

document.addEventListener('click', (event) => {
  const header = event.target.closest('th[data-sort]');
  if (!header) {
    return;
  }
  const table = header.closest('table');
  const column = Array.from(header.parentNode.children).indexOf(header);
  const descending = header.getAttribute('aria-sort') !== 'descending';
  const rows = Array.from(table.tBodies[0].rows);
  rows.sort((a, b) => {
    const x = a.cells[column].dataset.value ?? a.cells[column].textContent;
    const y = b.cells[column].dataset.value ?? b.cells[column].textContent;
    const order = (isNaN(x) || isNaN(y)) ? x.localeCompare(y, 'vi') : Number(x) - Number(y);
    return descending ? -order : order;
  });
  table.querySelectorAll('th[data-sort]').forEach((th) => th.removeAttribute('aria-sort'));
  header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  rows.forEach((row) => table.tBodies[0].appendChild(row));
});
