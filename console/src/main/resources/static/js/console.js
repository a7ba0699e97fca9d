// Behaviour of the console's pages, kept out of the HTML so that the content security
// policy can forbid inline scripts.
// A unit picked in a search's options. The dashboard's and the assignment's pickers
// are the page's one picker (ids unit-search, unit-id, unit-options); a staff form's
// pickers say what they keep: a unit's id (UNIT), its code (UNIT_CODE), or several ids
// listed as removable entries (UNITS).
document.addEventListener('click', (event) => {
  const option = event.target.closest('.pick-unit');
  if (!option) {
    return;
  }
  const picker = option.closest('[data-picker]');
  if (!picker) {
    document.getElementById('unit-id').value = option.dataset.unitId;
    document.getElementById('unit-search').value = option.dataset.unitLabel;
    document.getElementById('unit-options').replaceChildren();
    return;
  }
  const search = picker.querySelector('input[type=search]');
  const kind = picker.dataset.picker;
  if (kind === 'UNITS') {
    addPicked(picker.querySelector('ul.picked'), option.dataset.unitId, option.dataset.unitLabel);
    search.value = '';
  } else {
    picker.querySelector('input.unit-value').value =
      (kind === 'UNIT_CODE') ? option.dataset.unitCode : option.dataset.unitId;
    search.value = (kind === 'UNIT_CODE') ? option.dataset.unitCode : option.dataset.unitLabel;
  }
  picker.querySelector('.unit-options').replaceChildren();
  search.focus();
});

function addPicked(list, unitId, label) {
  if (Array.from(list.querySelectorAll('input')).some((input) => input.value === unitId)) {
    return;
  }
  const item = document.createElement('li');
  const value = document.createElement('input');
  value.type = 'hidden';
  value.name = list.dataset.name;
  value.value = unitId;
  const text = document.createElement('span');
  text.textContent = label;
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'unpick';
  remove.textContent = list.dataset.unpick || '×';
  item.append(value, text, remove);
  list.appendChild(item);
}

document.addEventListener('click', (event) => {
  const remove = event.target.closest('.unpick');
  if (remove) {
    remove.closest('li').remove();
  }
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

// Staff forms. A unit picked tells the post picker, which asks for the posts of the
// unit's level (runs after the picker's own handler above, which fills in the unit).
document.addEventListener('click', (event) => {
  if (event.target.closest('.pick-unit') && document.getElementById('postCode')) {
    document.body.dispatchEvent(new CustomEvent('unit-picked'));
  }
});

// Typing in the unit search again drops the unit picked before, so a form is never
// sent with a label naming one unit and the id of another.
document.addEventListener('input', (event) => {
  if (event.target.id === 'unit-search' && event.target.closest('form[data-send-once]')) {
    document.getElementById('unit-id').value = '';
  }
  const picker = event.target.closest('[data-picker=UNIT]');
  if (picker && event.target.type === 'search') {
    picker.querySelector('input.unit-value').value = '';
  }
  const byCode = event.target.closest('[data-picker=UNIT_CODE]');
  if (byCode && event.target.type === 'search') {
    // a code may be typed straight in, as well as picked
    byCode.querySelector('input.unit-value').value = event.target.value.trim();
  }
});

// A form is sent once: a second click while the first is on its way would reach the
// service as the same command still running, and be refused.
document.addEventListener('submit', (event) => {
  const form = event.target.closest('form[data-send-once]');
  if (!form) {
    return;
  }
  if (form.dataset.sending) {
    event.preventDefault();
    return;
  }
  form.dataset.sending = 'true';
  form.querySelectorAll('button[type=submit]').forEach((button) => button.setAttribute('aria-disabled', 'true'));
});

// Coming back to a sent form (the browser's back button) makes it sendable again.
window.addEventListener('pageshow', () => {
  document.querySelectorAll('form[data-send-once]').forEach((form) => {
    delete form.dataset.sending;
    form.querySelectorAll('button[type=submit]').forEach((button) => button.removeAttribute('aria-disabled'));
  });
});

// A streamed form (the restructuring upload) is sent in the background: its answer
// comes as JSON lines while the commands go, so the page shows progress as it
// happens and the summary when the last command is answered.
document.addEventListener('submit', async (event) => {
  const form = event.target.closest('form[data-streamed]');
  if (!form) {
    return;
  }
  event.preventDefault();
  if (form.dataset.sending) {
    return;
  }
  form.dataset.sending = 'true';
  const button = form.querySelector('button[type=submit]');
  button.setAttribute('aria-disabled', 'true');
  form.querySelectorAll('.field-error').forEach((error) => { error.hidden = true; error.textContent = ''; });
  document.getElementById('missing').hidden = true;
  const section = document.getElementById('import');
  section.hidden = false;
  section.scrollIntoView({ block: 'nearest' });
  const token = form.querySelector('input[name=_csrf]');
  try {
    const answer = await fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      headers: token ? { 'X-CSRF-TOKEN': token.value } : {},
    });
    const type = answer.headers.get('content-type') || '';
    if (!type.includes('ndjson')) {
      // a sign-in page after a lapsed session, or a file over the size limit
      showImportLine(form, { failed: form.dataset.unanswered });
      return;
    }
    await readLines(answer, (line) => showImportLine(form, line));
  } catch (failure) {
    showImportLine(form, { failed: String(failure) });
  } finally {
    delete form.dataset.sending;
    button.removeAttribute('aria-disabled');
  }
});

async function readLines(answer, each) {
  const reader = answer.body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    pending += decoder.decode(value || new Uint8Array(), { stream: !done });
    let end;
    while ((end = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, end).trim();
      pending = pending.slice(end + 1);
      if (line) {
        each(JSON.parse(line));
      }
    }
    if (done) {
      return;
    }
  }
}

function showImportLine(form, line) {
  if (line.problems) {
    document.getElementById('import').hidden = true;
    const missing = document.getElementById('missing');
    missing.hidden = false;
    missing.scrollIntoView({ block: 'nearest' });
    line.problems.forEach((problem) => {
      const error = document.getElementById('error-' + problem.field);
      error.textContent = problem.message;
      error.hidden = false;
    });
    return;
  }
  if (line.total !== undefined) {
    const progress = document.getElementById('import-progress');
    progress.max = Math.max(line.total, 1);
    progress.value = line.done;
    document.getElementById('import-status').textContent = line.text;
  }
  if (line.failed) {
    const failed = document.getElementById('import-failed');
    failed.textContent = line.failed;
    failed.hidden = false;
  }
  if (line.summary) {
    const summary = document.getElementById('import-summary');
    summary.textContent = line.summary;
    summary.hidden = false;
    summary.scrollIntoView({ block: 'nearest' });
    const list = document.getElementById('import-refusals');
    list.replaceChildren(...line.refusals.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }));
  }
}
