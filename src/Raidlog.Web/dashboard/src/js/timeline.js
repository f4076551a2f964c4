// Daily totals (all modes) as a uPlot chart. Dragging across days selects a date range; the app turns it
// into from/to filters for the map and table, while the timeline keeps showing every day.
import { FIGURES, FIGURE_LABELS } from './modes.js';

const COLORS = { launched: '#444', intercepted: '#1f78b4', suppressed: '#33a02c', killed: '#e31a1c', injured: '#ff7f00' };
const DAY = 86400;

export function createTimeline(container, onRange) {
  let plot = null;
  let days = [];

  const toSeconds = (date) => Date.parse(`${date}T00:00:00Z`) / 1000;
  const toDate = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 10);

  // Days without incidents are real zeros, not gaps to draw a line across.
  function everyDay(series) {
    if (series.length < 2) return series;
    const byDate = new Map(series.map((d) => [d.date, d]));
    const out = [];
    for (let t = toSeconds(series[0].date); t <= toSeconds(series[series.length - 1].date); t += DAY)
      out.push(byDate.get(toDate(t)) ?? { date: toDate(t) });
    return out;
  }

  function build(dated) {
    plot?.destroy();
    const series = everyDay(dated);
    days = series.map((d) => d.date);
    const xs = days.map(toSeconds);
    const data = [xs, ...FIGURES.map((f) => series.map((d) => d[f] ?? 0))];
    plot = new uPlot({
      width: container.clientWidth || 800,
      height: 180,
      // Each day gets a slot of its own, centred on its point, even when there is only one day.
      scales: { x: { time: true, range: () => [xs[0] - DAY / 2, xs[xs.length - 1] + DAY / 2] } },
      axes: [{ incrs: [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 91 * DAY, 182 * DAY, 364 * DAY], values: (u, splits) => splits.map(toDate) }, { size: 45 }],
      series: [
        { label: 'Day', value: (u, v) => (v == null ? '–' : toDate(v)) },
        ...FIGURES.map((f) => ({ label: FIGURE_LABELS[f], stroke: COLORS[f], width: 2, points: { show: days.length <= 60, size: 6 } })),
      ],
      cursor: { drag: { x: true, y: false, setScale: false } },
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 3) return;
          // A day is chosen when the selection covers its point (midnight UTC, the centre of its slot).
          const from = Math.ceil(u.posToVal(u.select.left, 'x') / DAY) * DAY;
          const to = Math.floor(u.posToVal(u.select.left + u.select.width, 'x') / DAY) * DAY;
          if (to >= from) onRange(toDate(from), toDate(to));
        }],
      },
    }, data, container);
    container.dataset.days = String(dated.length);
  }

  // The panel opening or the window changing size resizes the chart with its container.
  new ResizeObserver(() => plot?.setSize({ width: container.clientWidth || 800, height: 180 })).observe(container);

  return {
    /** Draws every day; from/to (the chosen range, if any) is shown as the selection. */
    show(series, from, to) {
      build(series);
      if (from && to && days.length) {
        const left = plot.valToPos(toSeconds(from) - DAY / 2, 'x');
        const right = plot.valToPos(toSeconds(to) + DAY / 2, 'x');
        plot.setSelect({ left, width: right - left, top: 0, height: plot.over.clientHeight }, false);
      }
    },
  };
}
