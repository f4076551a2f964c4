// Wires filters, URL state, map, timeline, table and panel together. Every datum comes from the API.
import { api } from './api.js';
import { el } from './dom.js';
import { createMap } from './map.js';
import { MODES } from './modes.js';
import { showIncident } from './panel.js';
import { readState, writeState } from './state.js';
import { createTable } from './table.js';
import { createTimeline } from './timeline.js';

const MAP_LIMIT = 5000;
const PAGE_LIMIT = 1000;
const state = readState();
const form = document.getElementById('filters');
const status = document.getElementById('status');
const panel = document.getElementById('panel');

const map = createMap(document.getElementById('map'), select);
const timeline = createTimeline(document.getElementById('timeline'), (from, to) => setFilters({ ...state.filters, from, to }));
const table = createTable(document.getElementById('incidents'),
  { count: document.getElementById('table-count'), prev: document.getElementById('prev'), next: document.getElementById('next'), csv: document.getElementById('csv') },
  select, (offset) => { state.offset = offset; writeState(state); refreshTable(); });

function fillSelect(name, values) {
  const select = form.elements[name];
  const current = state.filters[name] ?? '';
  select.replaceChildren(el('option', { value: '' }, 'any'), ...values.map((v) => el('option', { value: v }, v)));
  if (current && !values.includes(current)) select.append(el('option', { value: current }, current));
  select.value = current;
}

function syncForm() {
  for (const input of form.elements) if (input.name) input.value = state.filters[input.name] ?? '';
}

// The map shows up to MAP_LIMIT incidents, fetched in API-sized pages, newest first.
async function mapIncidents(filters) {
  const first = await api.incidents(filters, { limit: PAGE_LIMIT });
  const pages = Math.min(Math.ceil(first.total / PAGE_LIMIT), MAP_LIMIT / PAGE_LIMIT);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, k) => api.incidents(filters, { limit: PAGE_LIMIT, offset: (k + 1) * PAGE_LIMIT })));
  return { total: first.total, items: first.items.concat(...rest.map((p) => p.items)) };
}

async function refresh() {
  writeState(state);
  syncForm();
  status.textContent = 'Loading…';
  try {
    const { from, to, ...undated } = state.filters;
    const [page, stats, facets] = await Promise.all([
      mapIncidents(state.filters),
      api.stats(undated),
      api.stats(state.filters.country ? { country: state.filters.country } : {}),
    ]);
    fillSelect('country', facets.countries.map((c) => c.country).filter(Boolean));
    fillSelect('admin1', facets.admin1.filter((a) => a.admin1 && (!state.filters.country || a.country === state.filters.country)).map((a) => a.admin1));
    fillSelect('attacker', [...new Set(page.items.map((i) => i.attacker).filter(Boolean))].sort());
    map.show(page.items);
    timeline.show(stats.days, from, to);
    const unplaced = page.items.filter((i) => i.lat == null || i.lon == null).length;
    status.textContent = `${page.total} incident(s)${page.total > page.items.length ? `, the latest ${page.items.length} on the map` : ''}`
      + (unplaced ? `; ${unplaced} without coordinates (table only)` : '');
    if (state.view === 'table') await refreshTable();
    document.body.dataset.ready = '1';
  } catch (error) {
    status.textContent = error.message;
  }
}

async function refreshTable() {
  await table.show(state.filters, state.offset);
}

function setFilters(filters) {
  state.filters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
  state.offset = 0;
  document.body.dataset.ready = '0';
  refresh();
}

async function select(id) {
  state.incident = id;
  writeState(state);
  panel.hidden = false;
  try {
    await showIncident(document.getElementById('panel-body'), id);
  } catch (error) {
    document.getElementById('panel-body').replaceChildren(el('p', {}, error.message));
  }
}

function setView(view) {
  state.view = view;
  document.getElementById('map-view').hidden = view !== 'map';
  document.getElementById('table-view').hidden = view !== 'table';
  for (const tab of document.querySelectorAll('.tab')) tab.classList.toggle('active', tab.dataset.view === view);
  writeState(state);
  if (view === 'table') refreshTable();
}

fillSelect('mode', MODES);
form.addEventListener('change', () => setFilters(Object.fromEntries(new FormData(form))));
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('reset').addEventListener('click', () => setFilters({}));
document.getElementById('close-panel').addEventListener('click', () => { panel.hidden = true; state.incident = null; writeState(state); });
for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => setView(tab.dataset.view));

setView(state.view);
refresh().then(() => state.incident && select(state.incident));
