// The dashboard's only data source: the JSON API of the same server.

export const FILTER_KEYS = ['from', 'to', 'country', 'admin1', 'mode', 'attacker', 'disputed', 'text'];

export function filterQuery(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  for (const [key, value] of Object.entries(extra)) if (value != null && value !== '') params.set(key, value);
  return params;
}

async function get(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(`${url}: ${problem.title ?? response.status}${problem.detail ? ` (${problem.detail})` : ''}`);
  }
  return response.json();
}

export const api = {
  incidents: (filters, paging) => get('/api/incidents', filterQuery(filters, paging)),
  incident: (id) => get(`/api/incidents/${encodeURIComponent(id)}`),
  stats: (filters) => get('/api/stats', filterQuery(filters)),
  exportUrl: (filters, format) => `/api/export?${filterQuery(filters, { format })}`,
};
