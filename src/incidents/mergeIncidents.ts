// Candidates of all reports → one incident per event. Two candidates tell the same event when their
// types are compatible, their places are the same or nested (or a stone's throw apart), their dates
// agree (or one is unknown) and their acting sides do not conflict. Sentences are never compared.
import type { Point, Position } from 'geojson';
import type {
  Figure,
  IncidentFeature,
  IncidentSource,
  IncidentStatus,
  IncidentType,
  PlaceFeature,
  Side,
} from '../types/model.ts';
import type { IncidentCandidate } from './extractIncidents.ts';
import { compatibleTypes, TYPE_PRIORITY } from './taxonomy.ts';
import { addDays } from './dates.ts';
import {
  distanceKm,
  extentKm2,
  isWithin,
  nearestOnLine,
  placesCompatible,
  representativePoint,
} from './placeRelations.ts';
import { summarise } from './summary.ts';

interface Cluster {
  members: IncidentCandidate[];
  /** One member per distinct (type, place, date, side): all that compatibility looks at. */
  kinds: Map<string, IncidentCandidate>;
  places: Set<string>;
}

// Compatibility depends on these fields only; checking one member per signature keeps merging
// near-linear when many reports tell the same events.
const signature = (c: IncidentCandidate) =>
  `${c.type}|${c.place}|${c.date}|${c.dateFrom}|${c.dateWeak}|${c.agent}|${c.background}`;

/**
 * Merges the candidates of every report into incidents with all their sources. Conflicting figures
 * are kept side by side; a claim and a denial of one event make it `contested`.
 *
 * @example
 * mergeIncidents([shellingFromA, shellingFromB], places).length; // 1, with two sources
 */
export function mergeIncidents(candidates: IncidentCandidate[], places: PlaceFeature[]): IncidentFeature[] {
  const byId = new Map(places.map((p) => [p.properties.id, p]));
  const usable = candidates.filter((c) => byId.has(c.place));
  const ordered = [...usable].sort(
    (a, b) =>
      orderKey(a, byId) - orderKey(b, byId) ||
      cmp(a.article, b.article) ||
      a.start - b.start ||
      cmp(a.type, b.type),
  );
  const clusters: Cluster[] = [];
  const near = placeCache(byId);
  for (const c of ordered) {
    let best: Cluster | null = null;
    let bestScore = -1;
    for (const cl of clusters) {
      if (!fits(c, cl, near)) continue;
      const score = (cl.places.has(c.place) ? 1e9 : 0) + cl.members.length;
      if (score > bestScore) [best, bestScore] = [cl, score];
    }
    if (!best) {
      best = { members: [], kinds: new Map(), places: new Set() };
      clusters.push(best);
    }
    best.members.push(c);
    if (!best.kinds.has(signature(c))) best.kinds.set(signature(c), c);
    best.places.add(c.place);
  }
  const features = clusters.map((cl) => toFeature(cl, byId));
  const used = new Map<string, number>();
  for (const f of features) {
    const n = (used.get(f.properties.id) ?? 0) + 1;
    used.set(f.properties.id, n);
    if (n > 1) f.properties.id = `${f.properties.id}-${n}`;
  }
  return features.sort((a, b) => featureOrder(a, byId, b));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Dated candidates seed clusters before undated ones, specific places before broad ones.
function orderKey(c: IncidentCandidate, byId: Map<string, PlaceFeature>): number {
  const dated = c.date ? (c.dateWeak ? 1 : 0) : 2;
  return dated * 100 + Math.round(Math.log10(Math.max(1, extentKm2(byId.get(c.place) as PlaceFeature))));
}

function fits(c: IncidentCandidate, cl: Cluster, near: (a: string, b: string) => boolean): boolean {
  if (cl.members[0].background !== c.background) return false;
  for (const m of cl.kinds.values()) {
    if (!compatibleTypes(m.type, c.type) || !datesCompatible(m, c) || !sidesCompatible(m, c)) return false;
  }
  for (const id of cl.places) if (near(id, c.place)) return true;
  return false;
}

/** placesCompatible by place id, remembered (the same pairs come up again and again). */
function placeCache(byId: Map<string, PlaceFeature>): (a: string, b: string) => boolean {
  const memo = new Map<string, boolean>();
  return (a, b) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let v = memo.get(key);
    if (v === undefined) {
      v = placesCompatible(byId.get(a) as PlaceFeature, byId.get(b) as PlaceFeature);
      memo.set(key, v);
    }
    return v;
  };
}

function datesCompatible(a: IncidentCandidate, b: IncidentCandidate): boolean {
  if (!a.date || !b.date) return true;
  // A date taken from elsewhere in the sentence, or a report filed a day later, may be a day off.
  const slack = a.dateWeak || b.dateWeak ? 1 : 0;
  const aFrom = addDays(a.dateFrom ?? a.date, -slack);
  const aTo = addDays(a.date, slack);
  return (b.dateFrom ?? b.date) <= aTo && b.date >= aFrom;
}

// Allies act together ("Syrian and Russian jets"): sides conflict only across camps.
const CAMP: Partial<Record<Side, string>> = {
  government: 'pro-government',
  russia: 'pro-government',
  iran: 'pro-government',
  hezbollah: 'pro-government',
  opposition: 'opposition',
  turkey: 'opposition',
  sna: 'opposition',
};

function sidesCompatible(a: IncidentCandidate, b: IncidentCandidate): boolean {
  if (a.type === 'armed-clash' || b.type === 'armed-clash') return true;
  if (a.agent === 'unknown' || b.agent === 'unknown' || a.agent === b.agent) return true;
  const ca = CAMP[a.agent];
  return !!ca && ca === CAMP[b.agent];
}

function toFeature(cl: Cluster, byId: Map<string, PlaceFeature>): IncidentFeature {
  const m = cl.members;
  const type = TYPE_PRIORITY.find((t) => m.some((x) => x.type === t)) as IncidentType;
  const place = choosePlace(m, byId);
  // History keeps no day: the report's "Friday" does not date what happened years ago.
  const background = m[0].background;
  const date = background ? null : chooseDate(m);
  // A span is kept only when no report dates the event to a single day.
  const dated = m.filter((x) => x.date);
  const dateFrom =
    date && dated.every((x) => x.dateFrom) ? (dated.find((x) => x.date === date)?.dateFrom ?? null) : null;
  const sources = uniqueSources(m);
  const status = statusOf(sources);
  const agent = mainAgent(m);
  // The acting side first, then everyone else named with the event.
  const actors = uniqueBy(
    m.flatMap((x) => x.actors),
    (a) => `${a.side}|${a.name}`,
  ).sort((a, b) => Number(b.side === agent) - Number(a.side === agent));
  const figures = uniqueBy(
    m.flatMap((x) => x.figures),
    (f: Figure) => `${f.what}|${f.value}|${f.qualifier}|${f.article}`,
  );
  const name = place.properties.name;
  return {
    type: 'Feature',
    geometry: pointFor(place, m, byId),
    properties: {
      id: `inc-${type}-${date ?? 'undated'}-${slug(name)}${background ? '-bg' : ''}`,
      type,
      date,
      status,
      place: place.properties.id,
      actors,
      figures,
      sources,
      summary: summarise({
        type,
        placeName: name,
        date,
        dateFrom,
        status,
        agent,
        figures,
        sources,
        background,
      }),
      background,
    },
  };
}

/** The side most reports name as acting, 'unknown' when none does. */
function mainAgent(members: IncidentCandidate[]): Side {
  const counts = new Map<Side, number>();
  for (const x of members) if (x.agent !== 'unknown') counts.set(x.agent, (counts.get(x.agent) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? 'unknown';
}

// The place most reports support (a report at a neighbourhood also supports its city); among the
// well-supported ones (at least half the best support), the most specific.
function choosePlace(members: IncidentCandidate[], byId: Map<string, PlaceFeature>): PlaceFeature {
  const candidates = [...new Set(members.map((x) => x.place))].map((id) => byId.get(id) as PlaceFeature);
  const support = new Map<string, number>();
  for (const p of candidates) {
    const arts = new Set(
      members
        .filter((x) => x.place === p.properties.id || isWithin(byId.get(x.place) as PlaceFeature, p))
        .map((x) => x.article),
    );
    support.set(p.properties.id, arts.size);
  }
  const top = Math.max(...support.values());
  const strong = candidates.filter((p) => (support.get(p.properties.id) ?? 0) * 2 >= top);
  // Nested places first ("the western edge" before its city), then the smaller.
  const depth = (p: PlaceFeature) => candidates.filter((q) => isWithin(p, q)).length;
  strong.sort(
    (a, b) =>
      depth(b) - depth(a) ||
      extentKm2(a) - extentKm2(b) ||
      (support.get(b.properties.id) ?? 0) - (support.get(a.properties.id) ?? 0) ||
      cmp(a.properties.id, b.properties.id),
  );
  return strong[0];
}

function chooseDate(members: IncidentCandidate[]): string | null {
  for (const weak of [false, true]) {
    const counts = new Map<string, number>();
    for (const x of members)
      if (x.date && x.dateWeak === weak) counts.set(x.date, (counts.get(x.date) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
    if (best) return best[0];
  }
  return null;
}

function uniqueSources(members: IncidentCandidate[]): IncidentSource[] {
  const out = uniqueBy(
    members.map((x) => ({
      article: x.article,
      outlet: x.outlet,
      attribution: x.attribution,
      stance: x.stance,
      start: x.start,
      end: x.end,
    })),
    (s) => `${s.article}|${s.start}|${s.end}|${s.stance}`,
  );
  return out.sort((a, b) => cmp(a.article, b.article) || a.start - b.start);
}

function statusOf(sources: IncidentSource[]): IncidentStatus {
  const denial = sources.some((s) => s.stance === 'denial');
  const claim = sources.some((s) => s.stance !== 'denial');
  if (denial && claim) return 'contested';
  if (denial) return 'denied';
  if (sources.some((s) => s.stance === 'confirmation')) return 'confirmed';
  return 'reported';
}

// A marker needs a point. A road incident goes where the report places it along the road: the
// point of the road nearest another place named with it, else the road's middle.
function pointFor(place: PlaceFeature, members: IncidentCandidate[], byId: Map<string, PlaceFeature>): Point {
  let p: Position | null = null;
  if (place.properties.kind === 'road' && place.geometry) {
    for (const id of members.flatMap((x) => x.context)) {
      const other = byId.get(id);
      const q =
        other && other.properties.kind !== 'road' && extentKm2(other) <= 1000
          ? representativePoint(other.geometry)
          : null;
      const on = q ? nearestOnLine(place.geometry, q) : null;
      if (q && on && distanceKm(q, on) <= 25) {
        p = on;
        break;
      }
    }
  }
  p ??= representativePoint(place.geometry) ?? [0, 0];
  return { type: 'Point', coordinates: [round(p[0]), round(p[1])] };
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

function featureOrder(a: IncidentFeature, byId: Map<string, PlaceFeature>, b: IncidentFeature): number {
  const pa = a.properties;
  const pb = b.properties;
  if (pa.background !== pb.background) return pa.background ? 1 : -1;
  if (pa.date !== pb.date) return pa.date === null ? 1 : pb.date === null ? -1 : cmp(pa.date, pb.date);
  const ea = extentKm2(byId.get(pa.place) as PlaceFeature);
  const eb = extentKm2(byId.get(pb.place) as PlaceFeature);
  return ea - eb || TYPE_PRIORITY.indexOf(pa.type) - TYPE_PRIORITY.indexOf(pb.type) || cmp(pa.id, pb.id);
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function slug(s: string): string {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40);
  return out || 'place';
}
