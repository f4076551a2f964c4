// The view's state lives in the page URL, so any view can be shared by copying the address.
import { FILTER_KEYS } from './api.js';

export function readState() {
  const params = new URLSearchParams(location.search);
  const state = { filters: {}, view: params.get('view') === 'table' ? 'table' : 'map', incident: params.get('incident'), offset: Number(params.get('offset')) || 0 };
  for (const key of FILTER_KEYS) if (params.get(key)) state.filters[key] = params.get(key);
  return state;
}

export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]);
  if (state.view !== 'map') params.set('view', state.view);
  if (state.incident) params.set('incident', state.incident);
  if (state.offset) params.set('offset', state.offset);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}
