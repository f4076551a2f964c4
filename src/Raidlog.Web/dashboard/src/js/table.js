// Table view over the same filters, paged by the API; the CSV link exports exactly what is filtered.
import { api } from './api.js';
import { el, fmt } from './dom.js';
import { FIGURES, FIGURE_LABELS, MODE_COLORS } from './modes.js';

const PAGE = 100;
const LABELS = { date: 'Date', place: 'Place', admin1: 'Region', country: 'Country', mode: 'Mode', attacker: 'Attacker', sources: 'Sources', disputed: 'Disputed' };
const COLUMNS = ['date', 'place', 'admin1', 'country', 'mode', 'attacker', ...FIGURES, 'sources', 'disputed'];

export function createTable(table, { count, prev, next, csv }, onSelect, onPage) {
  table.tHead.replaceChildren(el('tr', {}, COLUMNS.map((c) => el('th', {}, FIGURE_LABELS[c] ?? LABELS[c] ?? c))));

  return {
    async show(filters, offset) {
      const page = await api.incidents(filters, { offset, limit: PAGE });
      table.tBodies[0].replaceChildren(...page.items.map((i) => el('tr', { dataset: { id: i.id }, onclick: () => onSelect(i.id) },
        COLUMNS.map((c) => el('td', c === 'mode' ? { class: 'mode', style: `border-left:4px solid ${MODE_COLORS[i.mode] ?? '#666'}` } : {},
          FIGURES.includes(c) || c === 'sources' ? fmt(i[c]) : c === 'disputed' ? (i.disputed ? 'yes' : '') : (i[c] ?? ''))))));
      const last = Math.min(offset + page.items.length, page.total);
      count.textContent = page.total ? `${offset + 1}–${last} of ${page.total}` : 'No incidents';
      prev.disabled = offset === 0;
      next.disabled = last >= page.total;
      prev.onclick = () => onPage(Math.max(0, offset - PAGE));
      next.onclick = () => onPage(offset + PAGE);
      csv.href = api.exportUrl(filters, 'csv');
    },
  };
}
