// From baseline plus dated incidents to each unit's state on each day, with the changes of
// every day and the places each side was reported to take or reach (the objectives).
import type {
  ControlAxis,
  ControlChange,
  ControlStatus,
  IncidentFeature,
  PlaceFeature,
} from '../../types/model.ts';
import type { Extent } from './extents.ts';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import type { ControlUnit } from '../ground/baseline.ts';
import {
  CONTROL_TYPES,
  campsOf,
  claimStatus,
  combine,
  isPartialAdvance,
  outcome,
  progressOf,
  type Holder,
  type Outcome,
} from './claimOutcome.ts';
import { childrenOf, matchPlace, type UnitMatch } from './matchUnits.ts';
import type { Camp } from '../sides.ts';
import { indexMentions, namedPlaces } from './namedPlaces.ts';
import { lowerBound } from '../../gazetteer/lowerBound.ts';
import { addDays } from '../../types/days.ts';

export interface UnitState {
  controller: Holder;
  status: ControlStatus;
  /** The side that moved on it: who took it, or for a contested unit who challenges. */
  by?: Camp;
  /** For a contested unit: the side that held it before. */
  prior?: Camp;
  /** Incident ids behind this state (empty on the baseline). */
  basis: string[];
  /** Day this state began (the baseline date for baseline states). */
  since: string;
  /** Ids in places.geojson of the places whose incidents set this state. */
  placeIds: string[];
  /** Assessed ground: the axes of advance that took it in, and the extents that bounded them. */
  axes?: ControlAxis[];
  extents?: Extent[];
  /** Assessed because the side's parts of a city enclose it (assessCityPockets). */
  pocket?: boolean;
}

export interface DayState {
  date: string;
  /** Indexed like `units`. */
  states: UnitState[];
  /** What changed that day. */
  changes: ControlChange[];
}

/**
 * A place a side was reported to take, reach or approach on a day: where an axis of advance
 * ends (assessAdvances draws the ground between the side's line and it).
 */
export interface Objective {
  /** Index into `units`. */
  unit: number;
  date: string;
  side: Camp;
  incidents: string[];
  placeIds: string[];
  /** 'taken' (captured, entered), 'reached' (reached, encircled, contested), 'approached'. */
  reach: 'taken' | 'reached' | 'approached';
}

/**
 * A city its defenders were reported to leave ("troops withdrew from the city") or to lose
 * ("rebels captured the city", undisputed): assessAdvances hands what they still hold there to
 * the side that holds most of it.
 */
export interface CityFall {
  /** Id of the city's unit (the parent of its neighbourhoods). */
  city: string;
  date: string;
  /** The side that withdrew or lost it. */
  loser: Camp;
  incidents: string[];
}

export interface ClaimsResult {
  /** Baseline units plus any unit a report named. */
  units: ControlUnit[];
  days: DayState[];
  objectives: Objective[];
  /** Cities whose defenders withdrew or that fell, by day. */
  cityFalls: CityFall[];
  /** The day each counted incident counts from (eventDates). */
  dateOf: Map<IncidentFeature, string>;
}

export interface ClaimsInput {
  units: ControlUnit[];
  incidents: IncidentFeature[];
  places: PlaceFeature[];
  gazetteer: Gazetteer;
  baselineDate: string;
  inside: (lon: number, lat: number) => boolean;
  /** Each report's dateline by article id, when known (else its latest incident's day). */
  datelines?: Map<string, string | null>;
}

// A count or area over a place ("over 50 villages west of X") is a territorial figure (extents.ts),
// not a capture of the place it is counted in.
const VAGUE_WHAT = /villag|town|locat|positio|km|kilomet|mile|territor|area|neighbo|district|point/i;

/** Days after the baseline beyond which incidents are left out (one map per day is kept). */
const MAX_DAYS = 366;

// Answers of isDate by text: asked for every source of every incident (~120,000 at 10,000
// reports) about a few hundred distinct dates.
const dateAnswers = new Map<string, boolean>();

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || v.length !== 10) return false;
  let ok = dateAnswers.get(v);
  if (ok === undefined) {
    const d = new Date(`${v}T00:00:00Z`);
    ok = /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
    if (dateAnswers.size < 100_000) dateAnswers.set(v, ok);
  }
  return ok;
}

/**
 * The last of `days` (in date order, as applyClaims gives them) dated before `date`, or on it
 * with `onDay`; undefined when none is. A binary search: control asks it per advance and extent.
 *
 * @example lastDay(days, '2024-11-29')?.date; // '2024-11-28' when days run from the 27th
 */
export function lastDay(days: readonly DayState[], date: string, onDay = false): DayState | undefined {
  return days[lowerBound(days, onDay ? (d) => d.date <= date : (d) => d.date < date) - 1];
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  return addDays(date, 1);
}

interface Target {
  match: UnitMatch;
  /** The place in places.geojson this target comes from. */
  placeId: string;
  /** For places named inside the incident's claims: their own status. */
  namedStatus?: ControlStatus;
}

interface Event {
  incident: IncidentFeature;
  targets: Target[];
}

/** True when the incident counts ground taken (a territorial figure), in `territory` or `figures`. */
function countsGround(inc: IncidentFeature): boolean {
  const p = inc.properties;
  return Boolean(p.territory?.length) || p.figures.some((f) => VAGUE_WHAT.test(f.what));
}

/**
 * Replays the incidents day by day from the baseline date to the last dated incident.
 * Background incidents, and those on or before the baseline, are ignored; undated ones count
 * from the latest date of their reports (eventDates). Also lists each day's objectives: the
 * units a side took, reached or approached.
 *
 * @example applyClaims({ units, incidents, places, gazetteer, baselineDate: '2024-11-26', inside }).days.length; // 5 for 26–30 Nov
 */
export function applyClaims(input: ClaimsInput): ClaimsResult {
  const { baselineDate } = input;
  const units = [...input.units];
  const ctx = {
    units,
    places: new Map(input.places.map((p) => [p.properties.id, p])),
    gazetteer: input.gazetteer,
    inside: input.inside,
  };
  const current = input.incidents.filter((i) => !i.properties.background);
  const dateOf = eventDates(current, baselineDate);
  const dated = current
    .filter((i) => dateOf.has(i))
    .sort((a, b) => (dateOf.get(a)! < dateOf.get(b)! ? -1 : dateOf.get(a)! > dateOf.get(b)! ? 1 : 0));
  const mentions = indexMentions(input.places);
  const byDay = new Map<string, Event[]>();
  for (const incident of dated) {
    const date = dateOf.get(incident)!;
    if (!CONTROL_TYPES.has(incident.properties.type)) continue;
    const place = ctx.places.get(incident.properties.place);
    const targets: Target[] = [];
    const match = place ? matchPlace(place, ctx) : null;
    // "captured over 50 villages west of X": a count over an area is a figure, not geometry.
    if (match && !(countsGround(incident) && match.scope === 'area'))
      targets.push({ match, placeId: incident.properties.place });
    if (incident.properties.type !== 'armed-clash')
      for (const named of namedPlaces(incident, place, mentions)) {
        const m = matchPlace(named.place, ctx);
        if (m?.scope === 'unit')
          targets.push({
            match: { ...m, scope: 'named' },
            placeId: named.place.properties.id,
            namedStatus: named.status,
          });
      }
    if (targets.length) byDay.set(date, [...(byDay.get(date) ?? []), { incident, targets }]);
  }
  // A capture disputed when told, then told again by a later report that nothing disputes.
  const reportDay = reportDays(current, input.datelines);
  for (const [date, events] of [...byDay]) {
    for (const { incident, targets } of events) {
      const later = laterWord(incident, date, reportDay);
      if (later)
        byDay.set(later.date, [...(byDay.get(later.date) ?? []), { incident: later.incident, targets }]);
    }
  }
  const laterDays = [...byDay.keys()].sort();
  const lastDate = [dated.length ? dateOf.get(dated[dated.length - 1])! : baselineDate, ...laterDays]
    .sort()
    .pop()!;
  const index = new Map(units.map((u, i) => [u, i]));
  let states: UnitState[] = units.map((u) => ({
    controller: u.controller,
    status: 'held',
    basis: [],
    since: baselineDate,
    placeIds: [],
  }));
  const days: DayState[] = [];
  const objectives: Objective[] = [];
  const cityFalls: CityFall[] = [];
  for (let date = baselineDate; date <= lastDate; date = nextDay(date)) {
    const events = byDay.get(date) ?? [];
    for (const { incident, targets } of events) {
      const fall = cityFallOf(incident, targets, units, date);
      if (fall) cityFalls.push(fall);
    }
    const perUnit = new Map<number, { type: string; outcome: Outcome; id: string }[]>();
    const approached = new Map<number, { side: Camp; ids: string[] }>();
    for (const { incident, targets } of events)
      for (const { match, namedStatus } of targets)
        for (const unit of unitsFor(match, incident, states, index, units)) {
          const i = index.get(unit)!;
          const o = outcome(incident, states[i], match.scope, namedStatus);
          if (!o) {
            noteApproach(approached, incident, states[i], i);
            continue;
          }
          perUnit.set(i, [
            ...(perUnit.get(i) ?? []),
            { type: incident.properties.type, outcome: o, id: incident.properties.id },
          ]);
        }
    const next = states.slice();
    const changes: ControlChange[] = [];
    for (const [i, found] of perUnit) {
      const o = combine(found);
      if (!o) continue;
      const ids = [...new Set(found.map((f) => f.id))];
      const before = states[i];
      const placeIds = placeIdsFor(events, units[i]);
      const same = before.controller === o.controller && before.status === o.status;
      // An objective is where a side first gets to: not a part it had already reached.
      if (!same && o.by && before.controller !== o.by && before.by !== o.by)
        objectives.push({
          unit: i,
          date,
          side: o.by,
          incidents: ids,
          placeIds,
          reach: o.controller === 'contested' ? 'reached' : 'taken',
        });
      next[i] = same
        ? { ...before, basis: union(before.basis, ids), placeIds: union(before.placeIds, placeIds) }
        : stateOf(o, before, ids, date, placeIds);
      if (same) continue;
      changes.push({
        unit: units[i].id,
        name: units[i].name,
        placeIds,
        date,
        from: before.controller,
        to: o.controller,
        status: o.status,
        incidents: ids,
      });
    }
    for (const [i, { side, ids }] of approached)
      if (!perUnit.has(i))
        objectives.push({
          unit: i,
          date,
          side,
          incidents: ids,
          placeIds: placeIdsFor(events, units[i]),
          reach: 'approached',
        });
    states = next;
    days.push({ date, states, changes });
  }
  return { units, days, objectives, cityFalls, dateOf };
}

function stateOf(
  o: Outcome,
  before: UnitState,
  basis: string[],
  since: string,
  placeIds: string[],
): UnitState {
  const prior =
    o.controller !== 'contested'
      ? undefined
      : before.controller === 'contested'
        ? before.prior
        : before.controller;
  return {
    controller: o.controller,
    status: o.status,
    ...(o.by ? { by: o.by } : {}),
    ...(prior ? { prior } : {}),
    basis,
    since,
    placeIds,
  };
}

/**
 * The units an incident acts on: its match, and for a withdrawal from a city, also the parts of
 * the city the other side had already claimed or fought for ("withdraw from the areas the rebels
 * entered").
 */
function unitsFor(
  match: UnitMatch,
  incident: IncidentFeature,
  states: UnitState[],
  index: Map<ControlUnit, number>,
  units: ControlUnit[],
): ControlUnit[] {
  if (match.scope !== 'city' || incident.properties.type !== 'withdrawal') return match.units;
  const city = units.find((u) => u.id === match.units[0]?.parent);
  if (!city) return match.units;
  const sides = campsOf(incident);
  const entered = childrenOf(units, city).filter((u) => {
    const s = states[index.get(u)!];
    return s.by !== undefined && sides.includes(s.by) && s.controller !== city.controller;
  });
  return [...new Set([...match.units, ...entered])];
}

/** An advance that only approached a place (no state change): the place is still an objective. */
function noteApproach(
  approached: Map<number, { side: Camp; ids: string[] }>,
  incident: IncidentFeature,
  state: UnitState,
  i: number,
): void {
  const p = incident.properties;
  if (p.type !== 'advance' || p.progress !== 'approached') return;
  const side = campsOf(incident).find((c) => c !== state.controller);
  if (!side) return;
  const seen = approached.get(i);
  approached.set(i, { side, ids: union(seen?.ids ?? [], [p.id]) });
}

function placeIdsFor(events: Event[], unit: ControlUnit): string[] {
  const ids = events.flatMap((e) =>
    e.targets.filter((t) => t.match.units.includes(unit)).map((t) => t.placeId),
  );
  return [...new Set(ids)];
}

/**
 * A withdrawal of a city's defenders from the city ("troops withdrew from the city", "from the
 * areas the rebels entered"), or an undisputed capture of the city as a whole.
 */
function cityFallOf(
  incident: IncidentFeature,
  targets: Target[],
  units: ControlUnit[],
  date: string,
): CityFall | null {
  const p = incident.properties;
  const city = targets.find((t) => t.match.scope === 'city')?.match.units[0]?.parent;
  const cityUnit = city === undefined ? undefined : units.find((u) => u.id === city);
  if (!cityUnit) return null;
  let loser: Camp | undefined;
  if (p.type === 'withdrawal') loser = campsOf(incident)[0];
  else if (p.type === 'advance' && progressOf(incident) === 'captured' && !p.part) {
    const taker = campsOf(incident).find((c) => c !== cityUnit.controller);
    if (taker && claimStatus(incident, cityUnit.controller) !== 'contested') loser = cityUnit.controller;
  }
  return loser ? { city: cityUnit.id, date, loser, incidents: [p.id] } : null;
}

const AGAINST = new Set(['denial', 'counterclaim']);

/**
 * A disputed capture told again later: when every denial of a capture was said in reports of
 * its day (or earlier) and a report of a later day tells it again with nobody disputing it, the
 * capture stands from that later day, on the later report's word (claimed; confirmed when a
 * third party confirms it). Returns the incident as that later report tells it, and its day.
 *
 * @example laterWord(captureDeniedOnFridayToldAgainOnSaturday, '2024-11-29', reportDay); // { date: '2024-11-30', … }
 */
export function laterWord(
  incident: IncidentFeature,
  date: string,
  reportDay: Map<string, string>,
): { date: string; incident: IncidentFeature } | null {
  const p = incident.properties;
  if (p.type !== 'advance' || (p.status !== 'contested' && p.status !== 'denied')) return null;
  if (progressOf(incident) === 'approached' || isPartialAdvance(incident)) return null;
  const dayOf = (article: string) => reportDay.get(article) ?? date;
  const disputed = p.sources
    .filter((s) => AGAINST.has(s.stance))
    .map((s) => dayOf(s.article))
    .reduce((m, d) => (d > m ? d : m), date);
  const later = p.sources.filter((s) => !AGAINST.has(s.stance) && dayOf(s.article) > disputed);
  if (!later.length) return null;
  const day = later.map((s) => dayOf(s.article)).sort()[0];
  const sources = later.filter((s) => dayOf(s.article) === day);
  const status = sources.some((s) => s.stance === 'confirmation') ? 'confirmed' : 'reported';
  return {
    date: day,
    incident: { ...incident, properties: { ...p, date: day, status, sources } },
  };
}

/**
 * The day of each report: its dateline when given, else the latest date of the incidents it
 * tells (a report describes its present unless marked as background).
 */
export function reportDays(
  incidents: IncidentFeature[],
  datelines?: Map<string, string | null>,
): Map<string, string> {
  const latestByArticle = new Map<string, string>();
  for (const [article, d] of datelines ?? []) if (isDate(d)) latestByArticle.set(article, d);
  for (const i of incidents) {
    const d = i.properties.date;
    if (!isDate(d)) continue;
    for (const s of i.properties.sources)
      if (!isDate(datelines?.get(s.article)) && d > (latestByArticle.get(s.article) ?? ''))
        latestByArticle.set(s.article, d);
  }
  return latestByArticle;
}

/**
 * The day each incident counts from: its own date when after the baseline; for an undated one,
 * the latest date of the dated incidents told by the same reports (a report describes its
 * present unless marked as background). Incidents on or before the baseline, more than a
 * year after it, with a malformed date or with no dated companion get none.
 */
export function eventDates(incidents: IncidentFeature[], baselineDate: string): Map<IncidentFeature, string> {
  const latestByArticle = reportDays(incidents);
  const out = new Map<IncidentFeature, string>();
  const last = addDays(baselineDate, MAX_DAYS);
  for (const i of incidents) {
    const own = isDate(i.properties.date) ? i.properties.date : null;
    const date =
      own ??
      i.properties.sources
        .map((s) => latestByArticle.get(s.article) ?? '')
        .sort()
        .pop();
    if (date && date > baselineDate && date <= last) out.set(i, date);
  }
  return out;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
