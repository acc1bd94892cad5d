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

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

interface Event {
  incident: IncidentFeature;
  match: UnitMatch;
}

function vagueFigures(inc: IncidentFeature): ControlClaimFigure[] {
  const p = inc.properties;
  return p.figures
    .filter((f) => VAGUE_WHAT.test(f.what))
    .map((f) => ({
      incident: p.id,
      date: p.date ?? '',
      what: f.what,
      value: f.value,
      qualifier: f.qualifier,
      article: f.article,
    }));
}

/**
 * Replays the incidents day by day from the baseline date to the last dated incident.
 * Background and undated incidents, and those on or before the baseline, are ignored.
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
  const dated = input.incidents
    .filter((i) => !i.properties.background && i.properties.date && i.properties.date > baselineDate)
    .sort((a, b) =>
      a.properties.date! < b.properties.date! ? -1 : a.properties.date! > b.properties.date! ? 1 : 0,
    );
  const byDay = new Map<string, Event[]>();
  const figuresByDay = new Map<string, ControlClaimFigure[]>();
  for (const incident of dated) {
    const date = incident.properties.date!;
    const figures = vagueFigures(incident);
    if (figures.length) figuresByDay.set(date, [...(figuresByDay.get(date) ?? []), ...figures]);
    if (!CONTROL_TYPES.has(incident.properties.type)) continue;
    const place = ctx.places.get(incident.properties.place);
    const match = place ? matchPlace(place, ctx) : null;
    // "captured over 50 villages around X": a count over an area is a figure, not geometry.
    if (!match || (figures.length && match.scope !== 'unit')) continue;
    byDay.set(date, [...(byDay.get(date) ?? []), { incident, match }]);
  }
  const lastDate = dated.length ? dated[dated.length - 1].properties.date! : baselineDate;
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
    for (const { incident, match } of byDay.get(date) ?? []) {
      for (const unit of match.units) {
        const i = index.get(unit)!;
        const o = outcome(incident, states[i].controller, match.scope);
        if (!o) continue;
        perUnit.set(i, [
          ...(perUnit.get(i) ?? []),
          { type: incident.properties.type, outcome: o, id: incident.properties.id },
        ]);
      }
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
  return [
    ...new Set(events.filter((e) => e.match.units.includes(unit)).map((e) => e.incident.properties.place)),
  ];
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
