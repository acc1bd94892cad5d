// Baseline + incidents → daily control zones, front lines and a per-day summary.
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { ControlFeature, IncidentFeature, PlaceFeature } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { BASELINE, baselineUnits, type BaselineData } from './ground/baseline.ts'; // who held what the day before
import { controlBorder } from './ground/border.ts'; // the outline zones are clipped to
import { applyClaims, nextDay, type ClaimsResult, type DayState } from './claims/applyClaims.ts'; // incidents → places taken, reached, contested per day
import { extentsOf, isSettlementCount, mappedFor, toClaimFigure, type Extent } from './claims/extents.ts'; // "400 km² in two days" → bounds
import { assessAdvances, corridorUnits, planAdvances } from './advances/assessAdvances.ts'; // ground between the line and the places taken
import { createDayZones } from './zones/dayZones.ts'; // states → zones, front lines, summary
import { applyOverrides } from './reference/applyOverrides.ts'; // an analyst's polygons win on their dates
import { changeOf, claimsElsewhere, elsewhereZones, type ClaimElsewhere } from './claims/claimsElsewhere.ts'; // other wars: places taken, no front line
import type { ControlMemo } from './controlMemo.ts'; // answers of the costliest steps kept between runs

export interface ControlInput {
  incidents: IncidentFeature[];
  places: PlaceFeature[];
  gazetteer: Gazetteer;
  /** Analyst polygons (see importControl) that override the derived zones on their dates. */
  overrides?: ControlFeature[];
  /** Another baseline (tests, other regions); defaults to data/control/baseline.json. */
  baseline?: BaselineData;
  /** Each report's dateline by article id (the day a report tells what it tells). */
  datelines?: Map<string, string | null>;
  /** Cells and advances' ground computed by an earlier run (the CLI's cache); the same output. */
  memo?: ControlMemo;
}

/**
 * Zones for the baseline date and every later day up to the last dated incident on which they
 * change (a day left out is as the latest day before it): per day, features of layer 'zone'
 * (one per controller and status: area, basis, axes and figures, at its label Point) and
 * 'summary' (one Point with the changes, gains and territorial figures); once for the days each
 * holds (`date` to `until`), layer 'cell' (a unit's ground in one state), 'outline' (a zone's
 * edges) and 'front' (the line between two controllers).
 *
 * @example buildControl({ incidents, places, gazetteer }).filter((f) => f.properties.date === '2024-11-29');
 */
export function buildControl(input: ControlInput): ControlFeature[] {
  const baseline = input.baseline ?? BASELINE;
  const units = baselineUnits(input.gazetteer, baseline);
  const border = controlBorder(input.gazetteer, units);
  const inside = (lon: number, lat: number) => booleanPointInPolygon([lon, lat], border.geometry);
  const claims = applyClaims({
    // Baseline towns on the border or the coast may fall just outside a coarse outline: their
    // cells are clipped, not dropped. Only places new to us must lie inside.
    units,
    incidents: input.incidents,
    places: input.places,
    gazetteer: input.gazetteer,
    baselineDate: baseline.date,
    inside,
    datelines: input.datelines,
  });
  const extents = extentsOf(input.incidents, claims.dateOf, input.places, input.gazetteer);
  const advances = planAdvances(claims, extents, baseline.date);
  const withGround = withUnits(claims, corridorUnits(advances, claims.units, input.gazetteer, inside));
  const zones = createDayZones(withGround.units, border.geometry, input.memo);
  const { days } = assessAdvances(withGround, advances, extents, zones.areaOf, input.memo);
  const figure = new Map<Extent, ReturnType<typeof toClaimFigure>>();
  const since = nextDay(baseline.date);
  for (const e of extents) {
    const mapped = mappedFor(e, days, withGround.units, zones.areaOf, since);
    const km2 = isSettlementCount(e)
      ? mappedFor(e, days, withGround.units, zones.areaOf, since, 'km2')
      : undefined;
    figure.set(e, toClaimFigure(e, mapped, km2));
  }
  // Only the baseline and the days something changed: a reader shows the latest state on or
  // before a day (the app's controlAsOf), so a day as it was the day before adds nothing but bytes.
  let figuresBefore = -1;
  const features = days.flatMap((day, k) => {
    const figures = extents.filter((e) => e.to <= day.date).map((e) => figure.get(e)!);
    const same = k > 0 && figures.length === figuresBefore && sameStates(days[k - 1], day);
    figuresBefore = figures.length;
    if (same) return [];
    return zones.nextFeatures(day, { figures, figureOf: (e) => figure.get(e)! });
  });
  // Cells, zone outlines and front lines are written once per stretch of days they hold, not
  // again on every date: a year of days costs the changes, not days × ground.
  const all = [
    ...zones.intervals(),
    ...withElsewhere(features, claimsElsewhere(input.incidents, input.places, inside)),
  ];
  return input.overrides?.length ? applyOverrides(all, input.overrides) : all;
}

/**
 * The region's features with the claims made outside it: every date of either is written with
 * the region's latest state on or before it and every claim in force, so a reader of one date
 * sees the whole map.
 */
function withElsewhere(features: ControlFeature[], claims: ClaimElsewhere[]): ControlFeature[] {
  if (!claims.length) return features;
  const byDate = new Map<string, ControlFeature[]>();
  for (const f of features) {
    const list = byDate.get(f.properties.date);
    if (list) list.push(f);
    else byDate.set(f.properties.date, [f]);
  }
  const regionDates = [...byDate.keys()].sort();
  const dates = [...new Set([...regionDates, ...claims.map((c) => c.date)])].sort();
  return dates.flatMap((date) => {
    const use = regionDates.filter((d) => d <= date).pop();
    const region = use ? byDate.get(use)! : [];
    const own = use === date;
    const today = claims.filter((c) => c.date === date).map(changeOf);
    const out = region
      .filter((f) => own || f.properties.layer !== 'summary')
      .map((f) => (own ? f : { ...f, properties: { ...f.properties, date } }));
    const summary = out.find((f) => f.properties.layer === 'summary');
    if (summary) {
      const changes = [...(summary.properties.changes ?? []), ...today];
      summary.properties = {
        ...summary.properties,
        changes,
        basis: [...new Set([...summary.properties.basis, ...today.flatMap((c) => c.incidents)])].sort(),
        label: changes.length ? `${changes.length} place(s) changed` : 'No change',
      };
    } else {
      const last = region.find((f) => f.properties.layer === 'summary');
      const at = claims
        .filter((c) => c.date === date)
        .map((c) => pointOnFeature(c.geometry).geometry.coordinates);
      out.push({
        type: 'Feature',
        properties: {
          layer: 'summary',
          controller: 'unknown',
          date,
          status: 'held',
          basis: [...new Set(today.flatMap((c) => c.incidents))].sort(),
          label: today.length ? `${today.length} place(s) changed` : 'No change',
          changes: today,
          gainsKm2: {},
          contestedKm2: 0,
          figures: last?.properties.figures ?? [],
          source: 'derived',
        },
        geometry: { type: 'Point', coordinates: at[0] ?? [0, 0] },
      });
    }
    return [...out, ...elsewhereZones(claims, date)];
  });
}

const sameList = (x: readonly string[], y: readonly string[]) =>
  x === y || (x.length === y.length && x.every((v, i) => v === y[i]));

/**
 * True when every unit of `day` is as it was on `before` — side, status, basis, places, how many
 * axes and extents (with as many figures reported, such a day adds nothing). Most states are the
 * same object as the day before.
 */
function sameStates(before: DayState, day: DayState): boolean {
  if (before.states.length !== day.states.length) return false;
  return day.states.every((s, i) => {
    const b = before.states[i];
    return (
      s === b ||
      (s.controller === b.controller &&
        s.status === b.status &&
        sameList(s.basis, b.basis) &&
        sameList(s.placeIds, b.placeIds) &&
        (s.axes?.length ?? 0) === (b.axes?.length ?? 0) &&
        (s.extents?.length ?? 0) === (b.extents?.length ?? 0))
    );
  });
}

/** The claims with more units, held as on the baseline every day. */
export function withUnits(claims: ClaimsResult, extra: ClaimsResult['units']): ClaimsResult {
  if (!extra.length) return claims;
  const base = claims.days[0]?.date ?? '';
  const held = extra.map((u) => ({
    controller: u.controller,
    status: 'held' as const,
    basis: [],
    since: base,
    placeIds: [],
  }));
  return {
    ...claims,
    units: [...claims.units, ...extra],
    days: claims.days.map((d) => ({ ...d, states: d.states.concat(held) })),
  };
}
