// One cluster of candidates → the incident feature: its type, place and point, date, status,
// actors, figures and sources, and a summary written from these fields.
import type { Point, Position } from 'geojson';
import type {
  Actor,
  Figure,
  IncidentFeature,
  IncidentSource,
  IncidentStatus,
  IncidentType,
  PlaceFeature,
  Side,
  Stance,
} from '../../types/model.ts';
import type { IncidentCandidate } from '../extractIncidents.ts';
import { PROGRESS_ORDER, TYPE_PRIORITY } from '../sentence/taxonomy.ts';
import type { Progress } from '../sentence/taxonomy.ts';
import { extentKm2, isWithin, nearestOnLine, representativePoint } from './placeRelations.ts';
import { distance } from '../../geoparse/util/geodesy.ts'; // great-circle km, as Turf's
import { summarise } from './summary.ts';
import { allied } from '../voices/actors.ts';
import { roundDegrees } from '../../gazetteer/geometryUtils.ts';
import { daysBetween } from '../../types/days.ts';

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
  const when = background ? { date: null, range: null } : chooseDate(m);
  const date = when.date;
  const agent = mainAgent(m, type);
  const sources = uniqueSources(m);
  const status = statusOf(sources, agent.side, type);
  // The acting side first, then everyone else named with the event, civilians (who suffer it,
  // never acting) last: each side once.
  const rank = (a: Actor) => (a.side === agent.side ? 0 : a.side === 'civilians' ? 2 : 1);
  const actors = oneActorPerSide(
    m.flatMap((x) => x.actors),
    agent.actor,
  ).sort((a, b) => rank(a) - rank(b));
  const figures = uniqueBy(
    m.flatMap((x) => x.figures),
    (f: Figure) => `${f.what}|${f.value}|${f.qualifier}|${f.article}`,
  );
  const territory = uniqueBy(
    m.flatMap((x) => x.territory),
    (f) => `${f.what}|${f.value}|${f.qualifier}|${f.article}|${f.start}`,
  );
  const name = place.properties.name;
  return {
    type: 'Feature',
    geometry: pointFor(place, m, byId),
    properties: {
      id: `inc-${type}-${date ?? 'undated'}-${slug(name)}${m[0].part ? '-parts' : ''}${background ? '-bg' : ''}`,
      type,
      date,
      ...(when.range ? { dateRange: when.range } : {}),
      status,
      place: place.properties.id,
      actors,
      ...(agent.actor ? { agent: agent.actor } : {}),
      ...(m[0].part ? { part: true } : {}),
      figures,
      ...(territory.length ? { territory } : {}),
      sources,
      summary: summarise({
        type,
        placeName: m[0].part ? `parts of ${name}` : name,
        date,
        dateFrom: when.range?.[0] ?? null,
        status,
        agent: agent.side,
        agentName: agent.actor?.sideName,
        figures,
        sources,
        background,
      }),
      background,
      ...(type === 'advance' && progressOf(m) ? { progress: progressOf(m) } : {}),
    },
  };
}

/**
 * Each side once, under the name the reports give it best: the agent's own name for the acting
 * side (unless it is only a generic word where a report names the side properly), else a proper
 * name ("JNIM", "Russian artillery") over the generic words resolved to the side ("fighters",
 * "rebel", "militants"), else the word used most. Order: first named. Actors of no known side stay
 * one per name.
 */
export function oneActorPerSide(actors: Actor[], agent: Actor | null): Actor[] {
  const bySide = new Map<string, Actor[]>();
  for (const a of actors) {
    const key = a.side === 'unknown' ? `unknown|${a.name.toLowerCase()}` : a.side;
    const group = bySide.get(key);
    if (group) group.push(a);
    else bySide.set(key, [a]);
  }
  const named = (a: Actor) => !a.generic;
  const bare = (a: Actor): Actor =>
    a.sideName ? { side: a.side, name: a.name, sideName: a.sideName } : { side: a.side, name: a.name };
  const agentName = agent?.name.toLowerCase();
  return [...bySide.values()].map((group) => {
    const pool = group.some(named) ? group.filter(named) : group;
    const agentNamed = !group.some((a) => a.generic && a.name.toLowerCase() === agentName);
    if (agent && group[0].side === agent.side && (agentNamed || pool === group)) return bare(agent);
    const uses = new Map<string, number>();
    for (const a of pool) uses.set(a.name.toLowerCase(), (uses.get(a.name.toLowerCase()) ?? 0) + 1);
    const count = (a: Actor) => uses.get(a.name.toLowerCase()) ?? 0;
    return bare(pool.reduce((best, a) => (count(a) > count(best) ? a : best)));
  });
}

/** The furthest progress the claims of an advance tell (the denials' when nobody claims one). */
function progressOf(members: IncidentCandidate[]): Progress | undefined {
  const told = members.filter((x) => x.progress && x.stance !== 'denial');
  const pool = told.length ? told : members.filter((x) => x.progress);
  return PROGRESS_ORDER.find((p) => pool.some((x) => x.progress === p));
}

/**
 * The side most reports name as acting ('unknown' when none does), with its most used name. On a
 * tie, the rows telling the incident's own type decide ("entered the town" over "fighting raged").
 */
function mainAgent(members: IncidentCandidate[], type: IncidentType): { side: Side; actor: Actor | null } {
  const counts = new Map<Side, [number, number]>();
  for (const x of members) {
    // (Civilians suffer what a report tells; they are never the side that did it.)
    if (x.agent === 'unknown' || x.agent === 'civilians') continue;
    const c = counts.get(x.agent) ?? [0, 0];
    c[0]++;
    if (x.type === type) c[1]++;
    counts.set(x.agent, c);
  }
  const side =
    [...counts].sort((a, b) => b[1][0] - a[1][0] || b[1][1] - a[1][1] || cmp(a[0], b[0]))[0]?.[0] ??
    'unknown';
  const names = new Map<string, { actor: Actor; n: number }>();
  for (const x of members) {
    const a = x.agentActor;
    if (!a || a.side !== side) continue;
    const e = names.get(a.name.toLowerCase()) ?? { actor: a, n: 0 };
    e.n++;
    names.set(a.name.toLowerCase(), e);
  }
  const best = [...names.values()].sort((a, b) => b.n - a.n || cmp(a.actor.name, b.actor.name))[0];
  return { side, actor: best?.actor ?? null };
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

// The day most reports give in the event's own words, then from elsewhere in their sentence,
// then the day of their claim;
// else the window all the reports' windows share (or, if they share none, the narrowest).
function chooseDate(members: IncidentCandidate[]): { date: string | null; range: [string, string] | null } {
  // Own words first, then elsewhere in the sentence, then the day of the claim (the report's).
  for (const tier of [0, 1, 2]) {
    const counts = new Map<string, number>();
    const tierOf = (x: IncidentCandidate) => (!x.dateWeak ? 0 : x.dateFromReport ? 2 : 1);
    for (const x of members)
      if (x.date && !x.dateFrom && tierOf(x) === tier) counts.set(x.date, (counts.get(x.date) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
    if (best) return { date: best[0], range: null };
  }
  const spans = members.filter((x) => x.date).map((x) => [x.dateFrom ?? x.date, x.date] as [string, string]);
  if (!spans.length) return { date: null, range: null };
  // Windows the sentence gave itself ("since Wednesday") before the report's own.
  const told = members
    .filter((x) => x.date && !x.dateFromReport)
    .map((x) => [x.dateFrom ?? x.date, x.date] as [string, string]);
  const pool = told.length ? told : spans;
  let from = pool[0][0];
  let to = pool[0][1];
  for (const [a, b] of pool) {
    if (a > from) from = a;
    if (b < to) to = b;
  }
  if (from > to) [from, to] = [...pool].sort((a, b) => span(a) - span(b) || cmp(a[1], b[1]))[0];
  return from === to ? { date: to, range: null } : { date: to, range: [from, to] };
}

function span([a, b]: [string, string]): number {
  return daysBetween(a, b);
}

// One sentence says one thing about an event: the strongest stance it takes.
const STANCE_ORDER: Stance[] = ['denial', 'counterclaim', 'confirmation', 'claim', 'report'];

/**
 * One row per sentence of a report, with one stance. When two speakers of one sentence tell the
 * event differently ("rebels said they took it, while the army denied it"), each keeps a row for
 * its own part of the sentence.
 */
function uniqueSources(members: IncidentCandidate[]): IncidentSource[] {
  const bySentence = new Map<string, IncidentCandidate[]>();
  for (const x of members) {
    const key = `${x.article}|${x.start}|${x.end}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), x]);
  }
  const out: IncidentSource[] = [];
  for (const group of bySentence.values()) {
    const voices = new Map<string, IncidentCandidate[]>();
    for (const x of group) {
      // "an official" and "an official (to AFP)" are one voice.
      const k = (x.attribution ?? '').replace(/ \(to [^)]+\)$/u, '').toLowerCase();
      voices.set(k, [...(voices.get(k) ?? []), x]);
    }
    const split = voices.size > 1 && new Set(group.map((x) => x.stance)).size > 1;
    const rows = split ? [...voices.values()] : [group];
    for (const row of rows) {
      const lead = [...row].sort(
        (a, b) => STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance),
      )[0];
      const span = split
        ? { start: Math.min(...row.map((x) => x.scope.start)), end: Math.max(...row.map((x) => x.scope.end)) }
        : { start: lead.start, end: lead.end };
      const figures = uniqueBy(
        row.flatMap((x) => x.figures),
        (f) => `${f.what}|${f.value}|${f.qualifier}`,
      );
      out.push({
        article: lead.article,
        outlet: lead.outlet,
        attribution: lead.attribution,
        speakerSide: lead.speakerSide,
        stance: lead.stance,
        ...span,
        ...(figures.length ? { figures } : {}),
      });
    }
  }
  return out.sort((a, b) => cmp(a.article, b.article) || a.start - b.start);
}

const DISPUTES: ReadonlySet<Stance> = new Set(['denial', 'counterclaim']);

/**
 * Contested when one row tells the event and another disputes it (a denial or the other side's
 * version); denied when all dispute it; confirmed when a third party or the other side confirms
 * what another voice tells; reported otherwise.
 */
function statusOf(sources: IncidentSource[], agent: Side, type: IncidentType): IncidentStatus {
  const disputed = sources.some((s) => DISPUTES.has(s.stance));
  const told = sources.filter((s) => !DISPUTES.has(s.stance));
  if (disputed && told.length) return 'contested';
  if (disputed) return 'denied';
  const confirmations = told.filter((s) => s.stance === 'confirmation');
  const voices = new Set(told.map((s) => (s.attribution ?? s.outlet ?? s.article).toLowerCase()));
  // (The side that lost ground telling the other's gain, "army sources said rebels entered",
  // concedes it: a party's word, so a claim, but it confirms the capture.)
  const conceded = told.some(
    (s) =>
      s.stance !== 'report' &&
      !!s.speakerSide &&
      agent !== 'unknown' &&
      (type === 'advance' || s.stance === 'confirmation') &&
      !allied(s.speakerSide, agent),
  );
  if ((confirmations.length && voices.size >= 2) || conceded) return 'confirmed';
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
      if (q && on && distance(q, on) <= 25) {
        p = on;
        break;
      }
    }
  }
  p ??= representativePoint(place.geometry) ?? [0, 0];
  return { type: 'Point', coordinates: [roundDegrees(p[0]), roundDegrees(p[1])] };
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
