// The incident panel: consensus figures, each source's figures side by side with disagreements marked,
// and the evidence sentences with the figure highlighted. Everything from articles enters as text.
import { api } from './api.js';
import { el, fmt, link } from './dom.js';
import { FIGURES, FIGURE_LABELS } from './modes.js';

export async function showIncident(container, id) {
  const doc = await api.incident(id);
  const i = doc.incident;
  container.replaceChildren(...[
    el('h2', {}, `${i.place}${i.admin1 && i.admin1 !== i.place ? `, ${i.admin1}` : ''} (${i.country ?? '?'})`),
    el('p', { class: 'meta' }, `${i.date ?? i.day ?? 'undated'} · ${i.mode}${i.attacker ? ` · attacker ${i.attacker}` : ''} · ${i.sources} source(s)`,
      i.disputed ? el('strong', { class: 'disputed' }, ' · sources disagree') : null),
    sourcesTable(doc),
    el('h3', {}, 'Evidence'),
    ...doc.reports.map(evidence),
    doc.revisions.length ? revisions(doc.revisions) : null,
  ].filter(Boolean));
  container.dataset.incident = i.id;
}

function sourcesTable(doc) {
  const consensus = Object.fromEntries(doc.figures.map((f) => [f.figure, f]));
  const head = el('tr', {}, el('th', {}, 'Figure'), el('th', {}, 'Consensus'),
    doc.reports.map((r) => el('th', { class: 'source' }, r.outlet ?? r.article)));
  // Only the figures someone stated: five rows of dashes would hide the ones that matter.
  const stated = FIGURES.filter((f) => doc.incident[f] != null || doc.reports.some((r) => r.fields[f] != null));
  const rows = (stated.length ? stated : FIGURES).map((figure) => {
    const values = doc.reports.map((r) => r.fields[figure]).filter((v) => v != null);
    const disagree = consensus[figure]?.disputed || new Set(values).size > 1;
    const agreed = doc.incident[figure];
    return el('tr', { class: disagree ? 'disagree' : '' },
      el('th', {}, FIGURE_LABELS[figure]),
      el('td', { class: 'consensus' }, fmt(agreed), consensus[figure]?.claimant ? el('small', {}, consensus[figure].claimant) : null),
      doc.reports.map((r) => {
        const value = r.fields[figure];
        const claimant = r.claims.find((c) => c.field === figure)?.claimant;
        return el('td', { class: disagree && value != null && value !== agreed ? 'differs' : '' },
          fmt(value), claimant ? el('small', {}, claimant) : null);
      }));
  });
  return el('div', { class: 'sources-wrap' }, el('table', { class: 'sources' }, el('thead', {}, head), el('tbody', {}, rows)));
}

function evidence(report) {
  const claims = report.claims.filter((c) => c.sentence);
  return el('section', { class: 'report' },
    el('h4', {}, report.outlet ?? 'unknown outlet', report.published ? ` · ${report.published}` : '', ' · ',
      link(report.url, 'original article'), ' · ', el('a', { href: `api/articles/${encodeURIComponent(report.article)}` }, 'stored text')),
    claims.length
      ? el('ul', {}, claims.map((c) => el('li', {},
        el('b', {}, `${FIGURE_LABELS[c.field] ?? c.field}: ${fmt(c.value)}`), c.claimant ? ` (${c.claimant}) ` : ' ', marked(c.sentence, c.mark))))
      : el('ul', {}, [...new Set(report.evidence.map((e) => e.text))].map((text) => el('li', {}, el('q', {}, text)))));
}

/** The sentence as text nodes, with the figure's own characters wrapped in <mark>. */
function marked(sentence, mark) {
  const q = el('q', {});
  if (mark && mark.end > mark.start && mark.end <= sentence.length)
    q.append(sentence.slice(0, mark.start), el('mark', {}, sentence.slice(mark.start, mark.end)), sentence.slice(mark.end));
  else q.append(sentence);
  return q;
}

function revisions(list) {
  return el('details', { class: 'revisions' }, el('summary', {}, `${list.length} revision(s)`),
    el('ul', {}, list.map((r) => el('li', {}, `${r.field}: ${fmt(r.from)} → ${fmt(r.to)} (article ${r.article}, ${r.at})`))));
}
