// One colour per attack mode, shared by the map markers, the legend and the table.
export const MODES = ['drone', 'missile', 'air', 'artillery', 'mixed', 'unknown'];
export const MODE_COLORS = {
  drone: '#d95f02', missile: '#7570b3', air: '#1b9e77', artillery: '#a6761d', mixed: '#e7298a', unknown: '#666666',
};
export const FIGURES = ['launched', 'intercepted', 'suppressed', 'killed', 'injured'];
export const FIGURE_LABELS = { launched: 'Launched', intercepted: 'Intercepted', suppressed: 'Jammed', killed: 'Killed', injured: 'Injured' };
