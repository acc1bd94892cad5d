// Every country's first-level divisions as gazetteer entries: names from `admin1Names`, shapes
// derived the way Syria's governorates are (Voronoi cells of the GeoNames places carrying each
// admin-1 code, clipped to the country's Natural Earth outline, dissolved), a point inside the
// shape, and the population of its places for ranking. A division named after a town inside
// it ("Kherson Oblast" and Kherson) has that town as its `seat`: the bare name stays the town's.
import type { MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry } from '../types/model.ts';
import type { Admin1Names } from './admin1Names.ts';
import { bareName, isGenericName } from './admin1Names.ts';
import { admin1Areas } from './areaGeometries.ts';
import { roundedInnerPoint } from './geometryUtils.ts';
import { lightFold } from './parseGeoNames.ts';
import { distanceKm } from './Gazetteer.ts';

type Area = Polygon | MultiPolygon;
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;

export interface WorldAdmin1Report {
  entries: GazetteerEntry[];
  /** Codes our places carry that no source names (obsolete or new codes). */
  unnamed: string[];
  /** Named divisions none of our places lies in: no point, no entry. */
  unplaced: string[];
  /**
   * Names a seat town is known by that GeoNames spells otherwise: the division's bare names
   * ("Nabatieh" for "Nabatîyé et Tahta"), by the town's id. The build adds them to the town.
   */
  seatAliases: Map<string, string[]>;
}

/** The id of a division: its ISO 3166-2 code where known (`sm:adm1:UA-65`), else GeoNames' (`sm:adm1:MG.71`). */
export function admin1Id(n: Pick<Admin1Names, 'code' | 'iso'>): string {
  return `sm:adm1:${n.iso ?? n.code}`;
}

/** Whether a place's admin-1 code names a real division (not GeoNames' "00", "unknown"). */
function hasDivision(e: GazetteerEntry): boolean {
  return !!e.admin1 && !e.admin1.endsWith('.') && !e.admin1.endsWith('.00');
}

/** A town big enough to be what a division's bare name means: its capital, or a city. */
const SEAT_CODES = new Set(['PPLC', 'PPLA']);
const SEAT_POPULATION = 100_000;

/** Kilometres from a division's point within which a namesake city outside it is still its town. */
const SEAT_NEAR_KM = 150;
/**
 * Share of a division's people its town must hold for the bare name to mean the town: Kherson
 * holds 41 % of its oblast's, Donetsk 26 %, Québec 8 % of Quebec's (there, the province).
 */
const SEAT_SHARE = 0.1;

/**
 * How a town's own name stands to a division's names (folded, division words off): the same
 * ("Kherson"), or another spelling of it: one edit apart (GeoNames' "Basrah" for "Basra"), two
 * for long names, or the name followed by more words ("Nabatîyé et Tahta" for "Nabatiye").
 */
function namedAfter(town: string, keys: Set<string>): 'same' | 'spelt' | undefined {
  const t = lightFold(town);
  if (keys.has(t)) return 'same';
  for (const k of keys) {
    if (k.length < 4 || isGenericName(k)) continue;
    if (t.startsWith(`${k} `)) return 'spelt';
    if (k.length >= 5 && withinEdits(t, k, k.length >= 8 ? 2 : 1)) return 'spelt';
  }
  return undefined;
}

/** Whether two strings are at most `max` insertions, deletions or substitutions apart. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length] <= max;
}

/** The division's names that are no more than its bare name, folded ("Kherson", "Nabatieh"). */
function bareKeys(n: Admin1Names): Set<string> {
  const keys = new Set<string>();
  for (const name of [n.name, ...n.aliases]) {
    keys.add(lightFold(name));
    keys.add(lightFold(bareName(name)));
  }
  return keys;
}

/**
 * The town a division is named after: a capital or city whose own name is one of the
 * division's names, or one without its division word ("Kherson" of "Kherson Oblast"), or
 * another spelling of it (`namedAfter`: only for the division's capital, or a city inside it);
 * the most populous inside the division, if it holds a tenth of its people, else the nearest
 * of the country within 150 km of its point, by the same name (Moscow for Moscow Oblast, which
 * surrounds the federal city). A hamlet that shares a state's name is no seat.
 */
export function seatOf(
  n: Admin1Names,
  inside: GazetteerEntry[],
  nearby: GazetteerEntry[] = [],
  at?: [number, number],
): GazetteerEntry | undefined {
  const keys = bareKeys(n);
  const big = (p: GazetteerEntry) =>
    p.kind === 'settlement' && (SEAT_CODES.has(p.featureCode) || p.population >= SEAT_POPULATION);
  const fits = (p: GazetteerEntry) => big(p) && keys.has(lightFold(p.name));
  let best: GazetteerEntry | undefined;
  for (const p of inside) if (fits(p) && (!best || p.population > best.population)) best = p;
  // Another spelling only for a division whose own name carries its type ("Nabatieh
  // Governorate"): one called by the bare name itself ("Johor") is what that name means.
  if (!best && bareName(n.name) !== n.name)
    for (const p of inside)
      if (big(p) && namedAfter(p.name, keys) && (!best || p.population > best.population)) best = p;
  if (best) {
    const people = inside.reduce((sum, p) => sum + p.population, 0);
    return best.population >= SEAT_SHARE * people ? best : undefined;
  }
  if (!at) return best;
  let bestKm = SEAT_NEAR_KM;
  for (const p of nearby) {
    if (!fits(p)) continue;
    const d = distanceKm(at[0], at[1], p.lon, p.lat);
    if (d <= bestKm) [best, bestKm] = [p, d];
  }
  return best;
}

/**
 * One entry per named division that some place lies in, for every country but those in `skip`
 * (Syria has its own governorates). `outlines` are the countries' polygons by ISO alpha-2.
 * @example worldAdmin1(admin1Names(sources), geonamesPlaces, outlines, new Set(['SY'])).entries
 */
export function worldAdmin1(
  names: Map<string, Admin1Names>,
  places: GazetteerEntry[],
  outlines: Map<string, Area>,
  skip: Set<string> = new Set(),
): WorldAdmin1Report {
  const byCountry = new Map<string, GazetteerEntry[]>();
  const byCode = new Map<string, GazetteerEntry[]>();
  for (const p of places) {
    if (!hasDivision(p) || skip.has(p.country) || p.kind !== 'settlement') continue;
    push(byCountry, p.country, p);
    push(byCode, p.admin1, p);
  }
  const shapes = new Map<string, Area>();
  for (const [cc, list] of [...byCountry].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const outline = outlines.get(cc);
    if (outline) for (const [code, g] of admin1Areas(list, outline)) shapes.set(code, g);
  }
  const entries: GazetteerEntry[] = [];
  const unplaced: string[] = [];
  const seatAliases = new Map<string, string[]>();
  for (const n of [...names.values()].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const cc = n.code.slice(0, n.code.indexOf('.'));
    if (skip.has(cc)) continue;
    const inside = byCode.get(n.code);
    if (!inside) {
      unplaced.push(n.code);
      continue;
    }
    const geometry = shapes.get(n.code);
    const biggest = inside.reduce((a, b) => (b.population > a.population ? b : a));
    const [lon, lat] = geometry ? roundedInnerPoint(geometry) : [biggest.lon, biggest.lat];
    const seat = seatOf(n, inside, byCountry.get(cc), [lon, lat]);
    // A seat GeoNames spells otherwise takes the division's bare names: "Nabatieh" is the town,
    // "Nabatieh Governorate" (or "the Nabatieh region") the division.
    let aliases = n.aliases;
    if (seat && namedAfter(seat.name, bareKeys(n)) === 'spelt') {
      // Every bare Latin name of a division with a typed name ("Nabatieh", "Nabatiye").
      const bare = (a: string) => bareName(a) === a && LATIN.test(a) && !isGenericName(a);
      const moved = aliases.filter(bare);
      if (bareName(n.name) !== n.name && bare(bareName(n.name))) moved.push(bareName(n.name));
      const keys = new Set(moved.map(lightFold));
      aliases = aliases.filter((a) => !keys.has(lightFold(a)));
      seatAliases.set(seat.id, [...new Set([...(seatAliases.get(seat.id) ?? []), ...moved])]);
    }
    const e: GazetteerEntry = {
      id: admin1Id(n),
      name: n.name,
      kind: 'admin1',
      names: n.ar ? { en: n.name, ar: n.ar } : { en: n.name },
      aliases,
      lon,
      lat,
      population: inside.reduce((sum, p) => sum + p.population, 0),
      country: cc,
      admin1: n.code,
      featureCode: 'ADM1',
    };
    if (seat) e.seat = seat.id;
    if (geometry) e.geometry = geometry;
    entries.push(e);
  }
  const unnamed = [...byCode.keys()].filter((c) => !names.has(c)).sort();
  return { entries, unnamed, unplaced, seatAliases };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
