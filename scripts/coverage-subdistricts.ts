// npm run coverage:syria [-- --km 15 --aliases --via-geoparse --pack --quiet]
// Gazetteer coverage of Syria: each subdistrict's English name is resolved by our geoparser
// with a Syria context, and the answer is compared with the subdistrict's centroid in
// ../shared/geo/syria-subdistricts-opensyria.json (read at run time, never copied). Two
// readings, each with its share within 15 km and every miss: the bare name as a user would type
// it (a town answers), and the name typed as a subdistrict ("‹name› subdistrict": the centroid
// of the area we derive answers; the ≥ 85 % target is about this one).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Gazetteer } from '../src/gazetteer/Gazetteer.ts';
import { loadGazetteer } from './lib/loadGazetteer.ts';
import { fileURLToPath } from 'node:url';
import { predictToponyms } from './lib/predictToponyms.ts';
import { featurePoint, greatCircleKm } from './lib/geometryKm.ts';
import { table } from './lib/table.ts';
import { resolveName } from '../src/geoparse/resolve/resolveName.ts';

interface Subdistrict {
  id: string;
  name: { en: string; ar?: string };
  aliases?: { value: string; language: string; type: string }[];
  centroid: { latitude: number; longitude: number };
}

interface Answer {
  name: string;
  lat: number;
  lon: number;
  /** ISO alpha-2 of the answer, when known. */
  country?: string;
}
type Resolver = (query: string) => Answer | undefined;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const kmArg = argv.indexOf('--km');
const limitKm = kmArg >= 0 ? Number(argv[kmArg + 1]) : 15;
const file = path.resolve(repoRoot, '../shared/geo/syria-subdistricts-opensyria.json');
if (!existsSync(file)) {
  console.log(`coverage skipped: ${file} not found`);
  process.exit(0);
}
let subdistricts: Subdistrict[];
try {
  subdistricts = JSON.parse(readFileSync(file, 'utf8')) as Subdistrict[];
  if (!Array.isArray(subdistricts)) throw new Error('expected a JSON array');
} catch (e) {
  console.error(`${file}: ${(e as Error).message}`);
  process.exit(1);
}

const gaz = await loadGazetteer({ scope: (argv.includes('--pack') ? 'pack' : 'world') as 'world' | 'pack' });
const { resolve, how } = await makeResolver(gaz, argv.includes('--via-geoparse'));
console.log(
  `${subdistricts.length} subdistricts, gazetteer ${gaz.version} (${gaz.entries.length} entries), via ${how}\n`,
);

/**
 * The name as a user would type it: the OCHA-style "Markaz" (centre of) prefix and a trailing
 * "Subdistrict" are administrative wrapping, not part of the town's name.
 */
function asTyped(name: string): string {
  return name
    .replace(/^markaz\s+/i, '')
    .replace(/\s+(sub-?district|nahiya)$/i, '')
    .trim();
}

/**
 * Why a name missed: no answer; an answer abroad despite the Syria context; a wrong place in
 * Syria; or an answer 15–50 km away in Syria — usually the right town in a large subdistrict
 * whose centroid lies away from it (worth a look, not necessarily our error).
 */
function missClass(a: Answer | undefined, km: number): string {
  if (!a) return 'not found';
  if (a.country && a.country !== 'SY') return 'abroad';
  return km <= 50 ? 'near (15–50 km)' : 'wrong place in Syria';
}

const order = ['not found', 'abroad', 'wrong place in Syria', 'near (15–50 km)'];
const headers = [
  'subdistrict (name.en)',
  'typed as',
  'our answer',
  'km',
  'miss',
  'nearest Syrian gazetteer place to the centroid',
];

/**
 * One reading of every subdistrict name: the query made from its name, resolved and compared
 * with the subdistrict's centroid. Prints the misses and returns the share within the limit.
 */
function reading(title: string, toQuery: (name: string) => string): number {
  const misses: string[][] = [];
  const classes = new Map<string, number>();
  let hits = 0;
  for (const s of subdistricts) {
    const query = toQuery(s.name.en);
    const a = resolve(query);
    const km = a ? greatCircleKm(a.lon, a.lat, s.centroid.longitude, s.centroid.latitude) : Infinity;
    if (km <= limitKm) {
      hits++;
      continue;
    }
    const cls = missClass(a, km);
    classes.set(cls, (classes.get(cls) ?? 0) + 1);
    misses.push([
      s.name.en,
      query === s.name.en ? '' : query,
      a?.name ?? '–',
      Number.isFinite(km) ? km.toFixed(0) : '–',
      cls,
      nearestSettlement(s.centroid.latitude, s.centroid.longitude),
    ]);
  }
  misses.sort((x, y) => order.indexOf(x[4]) - order.indexOf(y[4]) || x[0].localeCompare(y[0]));
  const share = (hits / subdistricts.length) * 100;
  if (!argv.includes('--quiet')) console.log(`\n${title}: misses\n${table(headers, misses)}`);
  console.log(
    `\n${title}: within ${limitKm} km of the subdistrict centroid: ${hits}/${subdistricts.length} = ${share.toFixed(1)} %`,
  );
  console.log(`  misses: ${order.map((c) => `${c} ${classes.get(c) ?? 0}`).join(', ')}`);
  return share;
}

// The bare name as a user would type it: the answer is a town (its point).
const bare = reading('Bare name ("Manbij") → town', asTyped);
// The name typed as a subdistrict: the answer is the centroid of the area we derived for it.
const sub = reading(
  'Typed as a subdistrict ("Manbij subdistrict") → area',
  (n) => `${asTyped(n)} subdistrict`,
);
console.log(
  `\nsummary: bare name ${bare.toFixed(1)} %, as a subdistrict ${sub.toFixed(1)} % (target ≥ 85 %, for the subdistrict reading)`,
);

if (argv.includes('--aliases')) {
  // English spellings people write (not the formal "… Subdistrict" / "Nahiyat …" forms).
  let n = 0;
  let ok = 0;
  const failed: string[] = [];
  for (const s of subdistricts) {
    for (const al of s.aliases ?? []) {
      if (al.language !== 'en' || /subdistrict|nahiy|nahyt|nāḩiyat|[\u0600-\u06ff]/i.test(al.value)) continue;
      const q = asTyped(al.value);
      const a = resolve(q);
      n++;
      if (a && greatCircleKm(a.lon, a.lat, s.centroid.longitude, s.centroid.latitude) <= limitKm) ok++;
      else failed.push(q);
    }
  }
  console.log(
    `English aliases within ${limitKm} km: ${ok}/${n} = ${((ok / Math.max(1, n)) * 100).toFixed(1)} %`,
  );
  console.log(`  missed aliases (first 80): ${failed.slice(0, 80).join('; ')}`);
}

/** Tells a gazetteer gap from a resolver error: the gazetteer's closest place in Syria. */
function nearestSettlement(lat: number, lon: number): string {
  let best: { name: string; km: number } | undefined;
  for (const e of gaz.byCountry('SY')) {
    if (e.kind === 'country' || e.kind === 'admin1' || e.kind === 'road' || e.seat) continue;
    const km = greatCircleKm(lon, lat, e.lon, e.lat);
    if (!best || km < best.km) best = { name: `${e.name} (${e.id})`, km };
  }
  return best ? `${best.name} ${best.km.toFixed(1)} km` : '–';
}

/** The geoparser's single-name resolver, or with `viaGeoparse` the full geoparser on a one-line document that puts the name in Syria. */
function makeResolver(g: Gazetteer, viaGeoparse: boolean): { resolve: Resolver; how: string } {
  if (!viaGeoparse)
    return {
      how: 'resolveName(name, gazetteer, { country: "SY" })',
      resolve: (q) => toAnswer(resolveName(q, g, { country: 'SY' }), g),
    };
  return {
    how: 'geoparse on "<name>, Syria."',
    resolve: (q) => {
      const text = `${q}, Syria.`;
      const p = predictToponyms({ id: 'coverage', text }, g).find((m) => m.start < q.length && m.geometry);
      const at = p?.geometry ? featurePoint(p.geometry) : null;
      return p && at
        ? { name: `${p.resolvedName ?? p.text} ← "${p.text}"`, lat: at[1], lon: at[0] }
        : undefined;
    },
  };
}

/** Reads whatever resolveName returns: an entry, an alternative with an id, or a list of them. */
function toAnswer(r: unknown, g: Gazetteer): Answer | undefined {
  const first = Array.isArray(r) ? r[0] : r;
  if (!first || typeof first !== 'object') return undefined;
  const o = first as {
    id?: string;
    gazetteerId?: string;
    entry?: { id: string };
    lat?: number;
    lon?: number;
    name?: string;
  };
  const id = o.gazetteerId ?? o.entry?.id ?? o.id;
  const e = id ? g.get(id) : undefined;
  if (e) return { name: `${e.name} (${e.id})`, lat: e.lat, lon: e.lon, country: e.country };
  if (typeof o.lat === 'number' && typeof o.lon === 'number')
    return { name: o.name ?? '?', lat: o.lat, lon: o.lon };
  return undefined;
}
