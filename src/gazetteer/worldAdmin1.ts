// Every country's first-level divisions as gazetteer entries: names from `admin1Names`, shapes
// derived the way Syria's governorates are (Voronoi cells of the GeoNames places carrying each
// admin-1 code, clipped to the country's Natural Earth outline, dissolved), a point inside the
// shape, and the population of its places for ranking. A division named after a town inside
// it ("Kherson Oblast" and Kherson) has that town as its `seat`: the bare name stays the town's.
import type { MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry } from '../types/model.ts';
import type { Admin1Names } from './admin1Names.ts';
import { bareName } from './admin1Names.ts';
import { admin1Areas } from './areaGeometries.ts';
import { roundedInnerPoint } from './geometryUtils.ts';
import { lightFold } from './parseGeoNames.ts';
import { distanceKm } from './Gazetteer.ts';

type Area = Polygon | MultiPolygon;

export interface WorldAdmin1Report {
  entries: GazetteerEntry[];
  /** Codes our places carry that no source names (obsolete or new codes). */
  unnamed: string[];
  /** Named divisions none of our places lies in: no point, no entry. */
  unplaced: string[];
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
 * The town a division is named after: a capital or city whose own name is one of the
 * division's names, or one without its division word ("Kherson" of "Kherson Oblast"); the most
 * populous inside the division, if it holds a tenth of its people, else the nearest of the
 * country within 150 km of its point (Moscow for Moscow Oblast, which surrounds the federal
 * city). A hamlet that shares a state's name is no seat.
 */
export function seatOf(
  n: Admin1Names,
  inside: GazetteerEntry[],
  nearby: GazetteerEntry[] = [],
  at?: [number, number],
): GazetteerEntry | undefined {
  const keys = new Set<string>();
  for (const name of [n.name, ...n.aliases]) {
    keys.add(lightFold(name));
    keys.add(lightFold(bareName(name)));
  }
  const fits = (p: GazetteerEntry) =>
    p.kind === 'settlement' &&
    (SEAT_CODES.has(p.featureCode) || p.population >= SEAT_POPULATION) &&
    keys.has(lightFold(p.name));
  let best: GazetteerEntry | undefined;
  for (const p of inside) if (fits(p) && (!best || p.population > best.population)) best = p;
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
    const e: GazetteerEntry = {
      id: admin1Id(n),
      name: n.name,
      kind: 'admin1',
      names: n.ar ? { en: n.name, ar: n.ar } : { en: n.name },
      aliases: n.aliases,
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
  return { entries, unnamed, unplaced };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
