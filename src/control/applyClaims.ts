// From baseline plus dated incidents to each unit's state on each day, with the changes of
// every day and the vague claims kept as figures.
import type {
  ControlChange,
  ControlClaimFigure,
  ControlStatus,
  IncidentFeature,
  PlaceFeature,
} from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { ControlUnit } from './baseline.ts';
import { CONTROL_TYPES, combine, outcome, type Holder, type Outcome } from './claimOutcome.ts';
import { matchPlace, type UnitMatch } from './matchUnits.ts';
import { indexMentions, namedPlaces } from './namedPlaces.ts';

export interface UnitState {
  controller: Holder;
  status: ControlStatus;
  /** Incident ids behind this state (empty on the baseline). */
  basis: string[];
  /** Day this state began (the baseline date for baseline states). */
  since: string;
  /** Ids in places.geojson of the places whose incidents set this state. */
  placeIds: string[];
}

export interface DayState {
  date: string;
  /** Indexed like `units`. */
  states: UnitState[];
  /** What changed that day. */
  changes: ControlChange[];
  /** Vague claims reported up to and including that day. */
  figures: ControlClaimFigure[];
}

export interface ClaimsResult {
  /** Baseline units plus any unit a report named. */
  units: ControlUnit[];
  days: DayState[];
}

export interface ClaimsInput {
  units: ControlUnit[];
  incidents: IncidentFeature[];
  places: PlaceFeature[];
  gazetteer: Gazetteer;
  baselineDate: string;
  inside: (lon: number, lat: number) => boolean;
}

// Counts of villages, locations or area: reported as figures, never turned into geometry.
const VAGUE_WHAT = /villag|town|locat|positio|km|kilomet|mile|territor|area|neighbo|district|point/i;

/** Days after the baseline beyond which incidents are left out (one map per day is kept). */
const MAX_DAYS = 366;

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
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

function vagueFigures(inc: IncidentFeature, date: string): ControlClaimFigure[] {
  const p = inc.properties;
  return [...p.figures, ...(p.territory ?? [])]
    .filter((f) => VAGUE_WHAT.test(f.what))
    .map((f) => ({
      incident: p.id,
      date,
      what: f.what,
      value: f.value,
      qualifier: f.qualifier,
      article: f.article,
    }));
}

/**
 * Replays the incidents day by day from the baseline date to the last dated incident.
 * Background incidents, and those on or before the baseline, are ignored; undated ones count
 * from the latest date of their reports (eventDates).
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
  const figuresByDay = new Map<string, ControlClaimFigure[]>();
  for (const incident of dated) {
    const date = dateOf.get(incident)!;
    const figures = vagueFigures(incident, date);
    if (figures.length) figuresByDay.set(date, [...(figuresByDay.get(date) ?? []), ...figures]);
    if (!CONTROL_TYPES.has(incident.properties.type)) continue;
    const place = ctx.places.get(incident.properties.place);
    const targets: Target[] = [];
    const match = place ? matchPlace(place, ctx) : null;
    // "captured over 50 villages west of X": a count over an area is a figure, not geometry.
    if (match && !(figures.length && match.scope === 'area'))
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
  const lastDate = dated.length ? dateOf.get(dated[dated.length - 1])! : baselineDate;
  const index = new Map(units.map((u, i) => [u, i]));
  let states: UnitState[] = units.map((u) => ({
    controller: u.controller,
    status: 'assessed',
    basis: [],
    since: baselineDate,
    placeIds: [],
  }));
  const days: DayState[] = [];
  let figures: ControlClaimFigure[] = [];
  for (let date = baselineDate; date <= lastDate; date = nextDay(date)) {
    figures = [...figures, ...(figuresByDay.get(date) ?? [])];
    const perUnit = new Map<number, { type: string; outcome: Outcome; id: string }[]>();
    for (const { incident, targets } of byDay.get(date) ?? [])
      for (const { match, namedStatus } of targets)
        for (const unit of match.units) {
          const i = index.get(unit)!;
          const o = outcome(incident, states[i].controller, match.scope, namedStatus);
          if (!o) continue;
          perUnit.set(i, [
            ...(perUnit.get(i) ?? []),
            { type: incident.properties.type, outcome: o, id: incident.properties.id },
          ]);
        }
    const next = [...states];
    const changes: ControlChange[] = [];
    for (const [i, found] of perUnit) {
      const o = combine(found);
      if (!o) continue;
      const ids = [...new Set(found.map((f) => f.id))];
      const before = states[i];
      const same = before.controller === o.controller && before.status === o.status;
      const placeIds = placeIdsFor(byDay.get(date) ?? [], units[i]);
      next[i] = same
        ? { ...before, basis: union(before.basis, ids), placeIds: union(before.placeIds, placeIds) }
        : { ...o, basis: ids, since: date, placeIds };
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
    states = next;
    days.push({ date, states, changes, figures });
  }
  return { units, days };
}

function placeIdsFor(events: Event[], unit: ControlUnit): string[] {
  const ids = events.flatMap((e) =>
    e.targets.filter((t) => t.match.units.includes(unit)).map((t) => t.placeId),
  );
  return [...new Set(ids)];
}

/**
 * The day each incident counts from: its own date when after the baseline; for an undated one,
 * the latest date of the dated incidents told by the same reports (a report describes its
 * present unless marked as background). Incidents on or before the baseline, more than a
 * year after it, with a malformed date or with no dated companion get none.
 */
export function eventDates(incidents: IncidentFeature[], baselineDate: string): Map<IncidentFeature, string> {
  const latestByArticle = new Map<string, string>();
  for (const i of incidents) {
    const d = i.properties.date;
    if (!isDate(d)) continue;
    for (const s of i.properties.sources)
      if (d > (latestByArticle.get(s.article) ?? '')) latestByArticle.set(s.article, d);
  }
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
