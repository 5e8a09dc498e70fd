/*
 * The scorecard dashboard: a front end built only on the public API (/api/v1) and its chart endpoint, as a council's
 * own dashboard would be. No build step. The API key, if one is needed, is kept in sessionStorage for this tab and sent
 * as "Authorization: Bearer"; it never goes into a URL.
 */
(function () {
  'use strict';

  const API = '/api/v1';
  const KEY = 'councilkpi.apiKey';
  const $ = (id) => document.getElementById(id);
  const state = { scorecard: null, indicators: [], query: null, objectUrls: [], seq: 0 };

  // ---- talking to the API --------------------------------------------------------------------------------------

  function headers(accept) {
    const h = { Accept: accept || 'application/json' };
    const key = sessionStorage.getItem(KEY);
    if (key) {
      h.Authorization = 'Bearer ' + key;
    }
    return h;
  }

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
    }
  }

  async function get(path, accept) {
    const response = await fetch(API + path, { headers: headers(accept) });
    if (!response.ok) {
      let problem = null;
      try { problem = await response.json(); } catch (e) { /* not a problem document */ }
      throw new ApiError(response.status, problem);
    }
    return response;
  }

  async function json(path) {
    return (await get(path)).json();
  }

  function query(params) {
    const q = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => { if (v) { q.set(k, v); } });
    const s = q.toString();
    return s ? '?' + s : '';
  }

  function showError(error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      askForKey(error.status === 401
        ? 'The service needs an API key to show its figures (anonymous read is off, or your key was refused).'
        : 'Your key may not read this: ' + error.message);
    }
    setStatus('Could not load: ' + error.message);
  }

  function setStatus(text) {
    $('status').textContent = text;
  }

  // ---- the key -------------------------------------------------------------------------------------------------

  function askForKey(reason) {
    $('key-reason').textContent = reason;
    $('key-panel').hidden = false;
    $('api-key').focus();
  }

  function keyStatus() {
    $('key-status').hidden = !sessionStorage.getItem(KEY);
  }

  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY, $('api-key').value.trim());
    $('api-key').value = '';
    $('key-panel').hidden = true;
    keyStatus();
    start();
  });

  $('forget-key').addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    keyStatus();
    location.reload();
  });

  // ---- filters -------------------------------------------------------------------------------------------------

  async function loadIndicators() {
    const all = [];
    for (let page = 0; ; page++) {
      const result = await json('/indicators' + query({ page: String(page), size: '500' }));
      all.push(...result.items);
      if (page + 1 >= result.totalPages) {
        break;
      }
    }
    state.indicators = all;
  }

  function fill(select, values, allLabel) {
    const current = select.value;
    select.replaceChildren(new Option(allLabel, ''));
    values.forEach((v) => select.add(new Option(v, v)));
    select.value = values.includes(current) ? current : '';
  }

  function distinct(items, field) {
    return [...new Set(items.map((i) => i[field]).filter((v) => v))].sort();
  }

  function fillFilters() {
    fill($('directorate'), distinct(state.indicators, 'directorate'), 'All directorates');
    fillDependentFilters();
  }

  function fillDependentFilters() {
    const d = $('directorate').value;
    const inDirectorate = state.indicators.filter((i) => !d || i.directorate === d);
    fill($('service'), distinct(inDirectorate, 'service'), 'All services');
    fill($('priority'), distinct(inDirectorate, 'planPriority'), 'All priorities');
  }

  function fillPeriods() {
    const list = $('periods');
    const now = new Date();
    const lastYear = now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
    for (let y = lastYear; y >= 2010; y--) {
      const code = y + '-' + String((y + 1) % 100).padStart(2, '0');
      for (let q = 4; q >= 1; q--) {
        list.appendChild(new Option(code + '-Q' + q));
      }
      list.appendChild(new Option(code));
    }
  }

  $('directorate').addEventListener('change', fillDependentFilters);

  $('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    showScorecard();
  });

  // ---- the scorecard -------------------------------------------------------------------------------------------

  function filters() {
    return {
      period: $('period').value.trim(),
      directorate: $('directorate').value,
      service: $('service').value,
      planPriority: $('priority').value
    };
  }

  function cell(tr, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : text;
    if (className) {
      td.className = className;
    }
    tr.appendChild(td);
    return td;
  }

  const RAG_WORDS = { RED: 'R Red', AMBER: 'A Amber', GREEN: 'G Green', NOT_RATED: '- Not rated' };
  const ARROWS = { UP: '\u2191', DOWN: '\u2193', UNCHANGED: '\u2192', NOT_COMPARABLE: '' };

  function ragSpan(rating, explanation) {
    const span = document.createElement('span');
    span.className = 'rag rag-' + rating.toLowerCase().replace('_', '-');
    span.textContent = RAG_WORDS[rating];
    if (explanation) {
      span.title = explanation;
    }
    return span;
  }

  function directionWords(d) {
    if (!d || d.movement === 'NOT_COMPARABLE') {
      return 'Not comparable';
    }
    const move = { UP: 'Up', DOWN: 'Down', UNCHANGED: 'Unchanged' }[d.movement];
    const perf = { BETTER: ', better', WORSE: ', worse', SAME: ', broadly the same', NOT_COMPARABLE: '' }[d.performance];
    return move + perf;
  }

  function directionCell(tr, d) {
    const td = cell(tr, '', 'dir dir-' + (d ? d.performance.toLowerCase().replace('_', '-') : 'not-comparable'));
    const arrow = ARROWS[d ? d.movement : 'NOT_COMPARABLE'];
    if (arrow) {
      const a = document.createElement('span');
      a.className = 'arrow';
      a.setAttribute('aria-hidden', 'true');
      a.textContent = arrow + ' ';
      td.appendChild(a);
    }
    td.appendChild(document.createTextNode(directionWords(d)));
    if (d && d.explanation) {
      td.title = d.explanation;
    }
    return td;
  }

  function targetText(t) {
    if (!t) {
      return '';
    }
    if (t.text) {
      return t.text;
    }
    if (t.form === 'RANGE') {
      return t.low + '-' + t.high;
    }
    if (t.form === 'AT_LEAST') {
      return 'at least ' + t.value;
    }
    if (t.form === 'AT_MOST') {
      return 'at most ' + t.value;
    }
    return t.value == null ? '' : String(t.value);
  }

  function figureText(f) {
    if (!f || !f.state) {
      return '';
    }
    return f.display + (f.provisional ? ' (provisional)' : '') + (f.estimated ? ' (estimate)' : '');
  }

  function svgDescription(text) {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const desc = doc.querySelector('desc');
    const title = doc.querySelector('title');
    return (desc && desc.textContent) || (title && title.textContent) || 'Chart';
  }

  async function chartInto(img, ref, params) {
    const response = await get('/indicators/' + encodeURIComponent(ref) + '/chart' + query(params), 'image/svg+xml');
    const text = await response.text();
    img.alt = svgDescription(text);
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    state.objectUrls.push(url);
    img.src = url;
  }

  function releaseCharts() {
    state.objectUrls.forEach((u) => URL.revokeObjectURL(u));
    state.objectUrls = [];
  }

  function counts(scorecard) {
    const s = scorecard.summary;
    const rag = $('rag-counts').tBodies[0];
    rag.replaceChildren();
    [['Computed', s.rag], ["With officers' overrides", s.ragWithOverrides]].forEach(([label, c]) => {
      const tr = rag.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = label;
      tr.appendChild(th);
      [c.red, c.amber, c.green, c.notRated, c.total].forEach((n) => cell(tr, n));
    });
    const dir = $('direction-counts').tBodies[0];
    dir.replaceChildren();
    const tr = dir.insertRow();
    const d = s.direction;
    [d.better, d.same, d.worse, d.notComparable, d.total].forEach((n) => cell(tr, n));
    $('published-note').textContent = scorecard.published
      ? 'The figures for ' + scorecard.period + ' are published.'
      : 'The figures for ' + scorecard.period + ' are not published: viewers see none of them; staff see drafts.';
  }

  function row(tbody, r) {
    const tr = tbody.insertRow();
    tr.dataset.ref = r.ref;
    const th = document.createElement('th');
    th.scope = 'row';
    const link = document.createElement('a');
    link.href = '#indicator/' + encodeURIComponent(r.ref);
    link.textContent = r.ref;
    link.setAttribute('aria-label', r.ref + ': ' + r.title);
    th.appendChild(link);
    tr.appendChild(th);
    cell(tr, r.title);
    cell(tr, figureText(r.current), 'num figure');
    cell(tr, targetText(r.target), 'num target');
    const rag = cell(tr, '', 'rag-cell');
    rag.appendChild(ragSpan(r.rag.rating, r.rag.explanation));
    if (r.override) {
      rag.appendChild(document.createElement('br'));
      rag.appendChild(document.createTextNode("Officer's: "));
      rag.appendChild(ragSpan(r.override.rating, r.override.reason));
    }
    directionCell(tr, r.direction);
    const spark = cell(tr, '', 'spark');
    const img = document.createElement('img');
    img.width = 120;
    img.height = 32;
    img.alt = 'Last four quarters: ' + r.quarters.map((q) => q.period + ' ' + (q.display || 'no figure')).join(', ');
    spark.appendChild(img);
    chartInto(img, r.ref, { sparkline: 'true', periods: '4' }).catch(() => { /* the text alternative stays */ });
    const commentary = cell(tr, '');
    if (r.commentary) {
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = 'Commentary';
      summary.setAttribute('aria-label', 'Commentary on ' + r.ref);
      const p = document.createElement('p');
      p.textContent = r.commentary;
      details.append(summary, p);
      commentary.appendChild(details);
    }
  }

  async function showScorecard() {
    const f = filters();
    const seq = ++state.seq; // only the latest choice is shown, whichever answer comes back last
    state.query = f;
    setStatus('Loading the scorecard for ' + f.period + '...');
    try {
      const scorecard = await json('/scorecards/' + encodeURIComponent(f.period)
        + query({ directorate: f.directorate, service: f.service, planPriority: f.planPriority }));
      if (seq !== state.seq) {
        return;
      }
      releaseCharts();
      state.scorecard = scorecard;
      counts(scorecard);
      const tbody = $('scorecard').tBodies[0];
      tbody.replaceChildren();
      scorecard.indicators.forEach((r) => row(tbody, r));
      $('scorecard-caption').textContent = 'Scorecard for ' + scorecard.period
        + (f.directorate ? ', ' + f.directorate : '') + (f.service ? ', ' + f.service : '')
        + (f.planPriority ? ', ' + f.planPriority : '') + ': ' + scorecard.indicators.length + ' indicators';
      $('summary').hidden = false;
      $('table-section').hidden = false;
      setStatus('Showing ' + scorecard.indicators.length + ' indicators for ' + scorecard.period + '.');
    } catch (error) {
      showError(error);
    }
  }

  // ---- downloads -----------------------------------------------------------------------------------------------

  async function download(path, accept, filename) {
    try {
      const blob = await (await get(path, accept)).blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      setStatus('Downloaded ' + filename + '.');
    } catch (error) {
      showError(error);
    }
  }

  function scorecardQuery() {
    const f = state.query || filters();
    return query({ directorate: f.directorate, service: f.service, planPriority: f.planPriority });
  }

  $('download-csv').addEventListener('click', () => {
    const f = state.query || filters();
    download('/scorecards/' + encodeURIComponent(f.period) + scorecardQuery(), 'text/csv', 'scorecard-' + f.period + '.csv');
  });

  $('download-pdf').addEventListener('click', () => {
    const f = state.query || filters();
    setStatus('Preparing the committee report...');
    download('/reports/' + encodeURIComponent(f.period) + '/document' + scorecardQuery(), 'application/pdf',
      'committee-report-' + f.period + '.pdf');
  });

  $('open-html').addEventListener('click', async () => {
    const f = state.query || filters();
    try {
      const html = await (await get('/reports/' + encodeURIComponent(f.period) + '/document' + scorecardQuery(),
        'text/html')).text();
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      window.open(url, '_blank', 'noopener');
    } catch (error) {
      showError(error);
    }
  });

  // ---- one indicator -------------------------------------------------------------------------------------------

  async function showIndicator(ref) {
    $('scorecard-view').hidden = true;
    $('indicator-view').hidden = false;
    const heading = $('indicator-heading');
    heading.textContent = ref;
    heading.focus();
    try {
      const history = await json('/indicators/' + encodeURIComponent(ref) + '/history');
      heading.textContent = history.ref + ' ' + history.title;
      document.title = history.ref + ' ' + history.title + ' - Performance scorecard';
      $('indicator-facts').textContent = 'Unit: ' + history.unit.toLowerCase().replace(/_/g, ' ') + '. Polarity: '
        + { HIGHER_IS_BETTER: 'high is good', LOWER_IS_BETTER: 'low is good', NONE: 'context measure (not rated)' }[history.polarity]
        + '.';
      const tbody = $('history').tBodies[0];
      tbody.replaceChildren();
      history.entries.forEach((e) => {
        const tr = tbody.insertRow();
        tr.dataset.period = e.period;
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = e.period;
        tr.appendChild(th);
        cell(tr, figureText(e.figure), 'num figure');
        cell(tr, targetText(e.target), 'num');
        cell(tr, '', 'rag-cell').appendChild(ragSpan(e.rag.rating, e.rag.explanation));
        const o = cell(tr, '');
        if (e.override) {
          o.appendChild(ragSpan(e.override.rating, e.override.reason));
          o.appendChild(document.createTextNode(' ' + e.override.reason));
        }
        directionCell(tr, e.direction);
        cell(tr, e.commentary || '');
      });
      $('history-caption').textContent = 'Every figure you may see for ' + history.ref + ', oldest first';
      $('chart-caption').textContent = 'Chart of ' + history.ref
        + ': each point is labelled with its figure and rating; shapes: circle green, triangle amber, square red,'
        + ' diamond not rated; hollow: provisional.';
      await chartInto($('chart'), ref, { periods: '8' });
    } catch (error) {
      showError(error);
    }
  }

  $('download-history').addEventListener('click', () => {
    const ref = decodeURIComponent(location.hash.substring('#indicator/'.length));
    download('/indicators/' + encodeURIComponent(ref) + '/history', 'text/csv', 'history-' + ref + '.csv');
  });

  function showList() {
    $('indicator-view').hidden = true;
    $('scorecard-view').hidden = false;
    document.title = 'Performance scorecard';
  }

  $('back').addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState(null, '', location.pathname);
    showList();
    $('main').focus();
  });

  function route() {
    if (location.hash.startsWith('#indicator/')) {
      showIndicator(decodeURIComponent(location.hash.substring('#indicator/'.length)));
    } else {
      showList();
    }
  }

  window.addEventListener('hashchange', route);

  // ---- start ---------------------------------------------------------------------------------------------------

  async function start() {
    keyStatus();
    try {
      await loadIndicators();
      fillFilters();
      if (!$('directorate').value && $('directorate').options.length > 1) {
        $('directorate').selectedIndex = 1;
        fillDependentFilters();
      }
      if (location.hash.startsWith('#indicator/')) {
        route();
      } else {
        await showScorecard();
      }
    } catch (error) {
      showError(error);
    }
  }

  fillPeriods();
  start();
}());
