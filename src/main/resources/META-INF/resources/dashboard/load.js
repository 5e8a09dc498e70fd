/*
 * The performance team's loading page: the template, a dry run shown row by row, then the real import. It calls only
 * the public API (/api/v1/imports), as any council's own tool would. The API key is kept in sessionStorage for this tab
 * and sent as "Authorization: Bearer"; it never goes into a URL.
 */
(function () {
  'use strict';

  const API = '/api/v1';
  const KEY = 'councilkpi.apiKey';
  const $ = (id) => document.getElementById(id);
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  let checked = null; // the file a dry run accepted, ready to load

  function authorization() {
    const key = sessionStorage.getItem(KEY);
    return key ? { Authorization: 'Bearer ' + key } : {};
  }

  function keyStatus() {
    $('key-status').hidden = !sessionStorage.getItem(KEY);
  }

  function setStatus(text) {
    $('status').textContent = text;
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    row.appendChild(td);
  }

  function query(params) {
    const q = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => { if (v) { q.set(k, v); } });
    return q.toString();
  }

  async function problemOf(response) {
    try { return await response.json(); } catch (e) { return { detail: 'HTTP ' + response.status }; }
  }

  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY, $('api-key').value.trim());
    $('api-key').value = '';
    keyStatus();
    setStatus('Key kept for this tab.');
  });

  $('template-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const workbook = event.submitter && event.submitter.id === 'template-xlsx';
    const params = query({ period: $('template-period').value.trim(), directorate: $('template-directorate').value.trim(),
      responsibleOfficer: $('template-officer').value.trim() });
    const response = await fetch(API + '/imports/template?' + params,
      { headers: Object.assign({ Accept: workbook ? XLSX : 'text/csv' }, authorization()) });
    if (!response.ok) {
      setStatus('Could not get the template: ' + ((await problemOf(response)).detail || response.status));
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = 'figures-' + $('template-period').value.trim() + (workbook ? '.xlsx' : '.csv');
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('Template downloaded.');
  });

  async function send(file, dryRun) {
    const workbook = file.name.toLowerCase().endsWith('.xlsx');
    return fetch(API + '/imports?' + query({ enteredBy: $('entered-by').value.trim(), dryRun: dryRun ? 'true' : 'false' }), {
      method: 'POST',
      headers: Object.assign({ 'Content-Type': workbook ? XLSX : 'text/csv; charset=utf-8', Accept: 'application/json' },
        authorization()),
      body: workbook ? file : await file.text()
    });
  }

  /** Sends the file: its answer, or null once the problem is said (after the words given) and its errors listed. */
  async function sendOrSay(file, dryRun, failure) {
    const response = await send(file, dryRun);
    if (response.ok) {
      return response.json();
    }
    const problem = await problemOf(response);
    setStatus(failure + (problem.detail || problem.title));
    showErrors(problem);
    return null;
  }

  function showErrors(problem) {
    const body = $('errors').querySelector('tbody');
    body.replaceChildren();
    (problem.rowErrors || []).forEach((e) => {
      const tr = document.createElement('tr');
      [e.row, e.column, e.value, e.reason, e.code].forEach((v) => cell(tr, v));
      body.appendChild(tr);
    });
    (problem.errors || []).forEach((e) => {
      const tr = document.createElement('tr');
      [null, e.field, null, e.message, null].forEach((v) => cell(tr, v));
      body.appendChild(tr);
    });
    $('errors-section').hidden = false;
  }

  function showRead(result) {
    const body = $('read').querySelector('tbody');
    body.replaceChildren();
    result.read.forEach((r) => {
      const tr = document.createElement('tr');
      [r.row, r.ref, r.period, r.state, r.number, r.provisional ? 'yes' : 'no', r.estimated ? 'yes' : 'no', r.note,
        r.target, (r.readAs || []).join('; ')].forEach((v) => cell(tr, v));
      body.appendChild(tr);
    });
    $('counts').textContent = 'Figures: ' + result.values.created + ' new, ' + result.values.updated + ' changed, '
      + result.values.unchanged + ' unchanged. Targets: ' + result.targets.created + ' new, ' + result.targets.updated
      + ' changed. Rows skipped (blank, or left as the template had them): ' + result.skipped + '.';
    $('read-section').hidden = false;
  }

  $('file-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('errors-section').hidden = true;
    $('read-section').hidden = true;
    checked = null;
    const file = $('file').files[0];
    if (!file) {
      setStatus('Choose a file first.');
      return;
    }
    setStatus('Checking ' + file.name + '...');
    const read = await sendOrSay(file, true, 'The file cannot be loaded as it is: ');
    if (read === null) {
      return;
    }
    checked = file;
    showRead(read);
    setStatus('Checked ' + file.name + ': nothing written yet. Look at how each row was read, then load it.');
    $('read-heading').focus();
  });

  $('load').addEventListener('click', async () => {
    if (checked === null) {
      return;
    }
    setStatus('Loading...');
    const result = await sendOrSay(checked, false, 'Nothing was written: ');
    if (result === null) {
      return;
    }
    checked = null;
    $('read-section').hidden = true;
    setStatus('Loaded in batch ' + result.batchId + ': ' + result.values.created + ' new figures, '
      + result.values.updated + ' changed, ' + result.values.unchanged + ' unchanged; ' + result.targets.created
      + ' new targets, ' + result.targets.updated + ' changed.');
  });

  $('read-heading').tabIndex = -1;
  keyStatus();
}());
