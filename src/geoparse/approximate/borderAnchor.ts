// "X, on the border with Y", "X, a town on Myanmar's border with Bangladesh", "near the Algerian
// border": a place the gazetteer lacks that the words put on a border between two countries is
// on their shared boundary, at the stretch by a town of either side that the report names within
// 25 km of it, else at the stretch nearest the report's own places in the first country.
import type { Geometry } from 'geojson';
import type { GazetteerEntry } from '../../types/model.ts';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import type { Resolution } from '../resolve/DocContext.ts';
import type { Token } from '../text/tokenize.ts';
import { distance } from '../util/geodesy.ts';

/** Where the words put a place on a border: the point, the neighbour it borders, how far off. */
export interface BorderPoint {
  neighbour: GazetteerEntry;
  point: [number, number];
  uncertaintyKm: number;
}

/** Tokens after the name where "border" may stand. */
const WINDOW = 12;
/** Words that start another clause: a border after them is not the name's. */
const CLAUSE_BREAK = new Set(
  `that which who whose where when while after before but said says told and or because since as if`.split(
    ' ',
  ),
);
/** How far off a border point may be: at least this, at most that. */
const MIN_KM = 25;
const MAX_KM = 200;

/**
 * The border the words after a name put it on, between `home` (the country named with a
 * possessive before "border", else the report's focus) and the neighbour named after "with" or
 * before "border"; undefined when the words name no border or the two countries share none.
 * `countryAt` maps a token's start to a resolved country (demonyms included); `reportPlaces` are
 * the report's point places, where the stretch of border is looked for.
 */
export function borderAnchor(
  tokens: Token[],
  from: number,
  to: number,
  countryAt: Map<number, GazetteerEntry>,
  focus: string,
  reportPlaces: Resolution[],
  gazetteer: Gazetteer,
): BorderPoint | undefined {
  let k = -1;
  for (let i = to + 1; i < tokens.length && i <= to + WINDOW; i++) {
    const t = tokens[i];
    if (CLAUSE_BREAK.has(t.lower) || t.text === '.' || t.text === ';') break;
    if (t.lower === 'border' && !t.cap) {
      k = i;
      break;
    }
  }
  if (k < 0) k = borderBefore(tokens, from);
  if (k < 0) return undefined;
  const before = [tokens[k - 1], tokens[k - 2], tokens[k - 3]].flatMap((t) => {
    const c = t && countryAt.get(t.start);
    return c ? [c] : [];
  });
  let home: GazetteerEntry | undefined;
  let neighbour: GazetteerEntry | undefined;
  if (tokens[k + 1]?.lower === 'with') {
    const t = tokens[k + 2]?.lower === 'the' ? tokens[k + 3] : tokens[k + 2];
    neighbour = t && countryAt.get(t.start);
    home = before.find((c) => c !== neighbour);
  } else {
    neighbour = before.find((c) => c.country !== focus);
    home = before.find((c) => c !== neighbour);
  }
  home ??= countryEntry(gazetteer, focus);
  if (!home || home === neighbour) return undefined;
  const middle = middleOf(reportPlaces.filter((r) => r.entry.country === home!.country)) ?? [
    home.lon,
    home.lat,
  ];
  // No neighbour named where the border is ("the border village of X", "X, near the border"): of
  // the countries the report names, the one whose border with the first lies nearest its places.
  let best: [number, number] | undefined;
  let bestKm = Infinity;
  for (const other of neighbour ? [neighbour] : new Set(countryAt.values())) {
    if (other === home || other.country === home.country) continue;
    const shared = sharedVertices(home, other);
    // A town of either side that the report names by the border says which stretch it is about
    // ("fled across the river to Y", Y a town of the neighbour facing X), whatever the middle of
    // the report's places: the stretch nearest such a town, else nearest their middle.
    const near = borderTown(
      shared,
      reportPlaces.filter((r) => r.entry.country === home!.country || r.entry.country === other.country),
    );
    for (const p of shared) {
      const d = distance(p, near ?? middle);
      if (d < bestKm) [best, bestKm, neighbour] = [p, d, other];
    }
  }
  if (!best || !neighbour) return undefined;
  return {
    neighbour,
    point: best,
    uncertaintyKm: Math.round(Math.min(MAX_KM, Math.max(MIN_KM, bestKm))),
  };
}

/** How far from a border the town a crossing is named by may lie for the crossing to be on it. */
const CROSSING_KM = 50;

/**
 * "The X crossing on the Y road", "the X crossing near Y": a crossing put by a town that lies
 * within `CROSSING_KM` of its country's border with a country the report names is where that
 * border passes nearest the town; undefined when no such border lies that near.
 */
export function crossingPoint(
  town: GazetteerEntry,
  named: Iterable<GazetteerEntry>,
  gazetteer: Gazetteer,
): BorderPoint | undefined {
  const home = countryEntry(gazetteer, town.country);
  if (!home) return undefined;
  let best: [number, number] | undefined;
  let bestKm = CROSSING_KM;
  let neighbour: GazetteerEntry | undefined;
  for (const other of new Set(named)) {
    if (other === home || other.kind !== 'country' || other.country === home.country) continue;
    const near = nearestVertex(sharedVertices(home, other), [town.lon, town.lat], bestKm);
    if (near) [best, bestKm, neighbour] = [near.point, near.km, other];
  }
  if (!best || !neighbour) return undefined;
  return { neighbour, point: best, uncertaintyKm: Math.round(Math.max(MIN_KM, bestKm)) };
}

/**
 * "The border village of X", "the border town X", "the frontier town of X": the index of
 * "border" (or "frontier") before the name's noun, or -1.
 */
function borderBefore(tokens: Token[], from: number): number {
  const at = tokens[from - 1]?.lower === 'of' ? from - 2 : from - 1;
  const noun = tokens[at];
  const k = at - 1;
  if (!noun || noun.cap || !BORDER_PLACE_NOUNS.has(noun.lower)) return -1;
  return tokens[k] && !tokens[k].cap && BORDER_WORDS.has(tokens[k].lower) ? k : -1;
}

const BORDER_WORDS = new Set(['border', 'frontier']);
/** Nouns of places "border" may stand before ("the border village of X", "the border town X"). */
const BORDER_PLACE_NOUNS = new Set(['village', 'town', 'city', 'hamlet', 'post', 'outpost', 'district']);

const countries = new WeakMap<Gazetteer, Map<string, GazetteerEntry | undefined>>();

/** A country's own entry by its ISO2 code (looked up once per gazetteer). */
export function countryEntry(gazetteer: Gazetteer, iso2: string): GazetteerEntry | undefined {
  if (!iso2) return undefined;
  let byCode = countries.get(gazetteer);
  if (!byCode) countries.set(gazetteer, (byCode = new Map()));
  if (!byCode.has(iso2))
    byCode.set(
      iso2,
      gazetteer.byCountry(iso2).find((e) => e.kind === 'country'),
    );
  return byCode.get(iso2);
}

/** The vertices of `a`'s outline that `b`'s outline shares (their common border). */
function sharedVertices(a: GazetteerEntry, b: GazetteerEntry): [number, number][] {
  const key = ([x, y]: number[]) => `${x.toFixed(3)},${y.toFixed(3)}`;
  const theirs = new Set(rings(b.geometry).map(key));
  return rings(a.geometry).filter((p) => theirs.has(key(p))) as [number, number][];
}

function rings(g: Geometry | undefined): number[][] {
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  return [];
}

/** A town this close to a border lies on the stretch it names. */
const BORDER_TOWN_KM = 25;

/** The report's place nearest the shared border, when it lies within `BORDER_TOWN_KM` of it. */
function borderTown(shared: [number, number][], places: Resolution[]): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestKm = BORDER_TOWN_KM;
  for (const r of places) {
    const at: [number, number] = [r.entry.lon, r.entry.lat];
    const near = nearestVertex(shared, at, bestKm);
    if (near) [best, bestKm] = [at, near.km];
  }
  return best;
}

/**
 * The vertex nearest `at` within `maxKm` (the last of equals), and how far it is; undefined when
 * none lies that near.
 */
function nearestVertex(
  vertices: [number, number][],
  at: [number, number],
  maxKm: number,
): { point: [number, number]; km: number } | undefined {
  let point: [number, number] | undefined;
  let km = maxKm;
  for (const p of vertices) {
    const d = distance(p, at);
    if (d <= km) [point, km] = [p, d];
  }
  return point && { point, km };
}

/** The mention-weighted middle of places (lon/lat mean: a country's places lie close enough). */
function middleOf(places: Resolution[]): [number, number] | undefined {
  if (!places.length) return undefined;
  let [x, y] = [0, 0];
  for (const r of places) [x, y] = [x + r.entry.lon, y + r.entry.lat];
  return [x / places.length, y / places.length];
}
