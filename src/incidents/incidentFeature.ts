// One cluster of candidates → the incident feature: its type, place and point, date, status,
// actors, figures and sources, and a summary written from these fields.
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
import { PROGRESS_ORDER, TYPE_PRIORITY } from './taxonomy.ts';
import type { Progress } from './taxonomy.ts';
import { distanceKm, extentKm2, isWithin, nearestOnLine, representativePoint } from './placeRelations.ts';
import { summarise } from './summary.ts';

/** Orders strings without locale surprises (stable ids and output order). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The incident told by `members` (candidates of one event, any number of reports). `byId` holds
 * every place by id. The id is `inc-<type>-<date|undated>-<place>` (+ `-bg` for history).
 */
export function incidentFeature(
  members: IncidentCandidate[],
  byId: Map<string, PlaceFeature>,
): IncidentFeature {
  const m = members;
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
      ...(type === 'advance' && progressOf(m) ? { progress: progressOf(m) } : {}),
    },
  };
}

/** The furthest progress the claims of an advance tell (the denials' when nobody claims one). */
function progressOf(members: IncidentCandidate[]): Progress | undefined {
  const told = members.filter((x) => x.progress && x.stance !== 'denial');
  const pool = told.length ? told : members.filter((x) => x.progress);
  return PROGRESS_ORDER.find((p) => pool.some((x) => x.progress === p));
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
