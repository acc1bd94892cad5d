// How far our zones agree with a control map published by others, settlement by settlement and
// day by day: the share of settlements both put on the same side, and a confusion table.
import { area, bbox, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ControlFeature } from '../../types/model.ts';
import { parseCamp } from '../sides.ts';
import { isDate } from '../claims/applyClaims.ts';
import { inForce } from '../zones/dayZones.ts';

export interface ScoredSettlement {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

export interface DayScore {
  /** A date of the reference map (a snapshot), scored against our latest zones on or before it. */
  date: string;
  /** Our zones' date used (the latest on or before `date`). */
  ours: string;
  /** Settlements inside both maps that day. */
  compared: number;
  /** Settlements inside the reference map that our zones leave out (outside our border). */
  outside: number;
  agree: number;
  /** agree / compared (0 when nothing was compared). */
  share: number;
  /** Settlements whose reference side differs from the reference's first snapshot (where the front moved). */
  moved: { compared: number; agree: number };
  /** reference side → our side → settlements ('none' where our zones leave it out). */
  confusion: Record<string, Record<string, number>>;
  /** Settlements we put on another side, for reading the errors. */
  disagree: { name: string; reference: string; ours: string }[];
}

interface Shape {
  controller: string;
  geometry: Polygon | MultiPolygon;
  box: [number, number, number, number];
  km2: number;
}

/** The polygons shown on `date`: zones written for it, and cells in force then. */
function shapes(features: ControlFeature[], date: string): Shape[] {
  return features
    .filter(
      (f) =>
        (f.properties.layer === 'zone' || f.properties.layer === 'cell') &&
        inForce(f.properties, date) &&
        (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'),
    )
    .map((f) => {
      const geometry = f.geometry as Polygon | MultiPolygon;
      return {
        controller: f.properties.controller,
        geometry,
        box: bbox(geometry) as [number, number, number, number],
        km2: area(geometry),
      };
    })
    .sort((a, b) => a.km2 - b.km2);
}

/** The side at a point: the smallest polygon holding it (published maps may overlap), or null. */
function sideAt(list: Shape[], lon: number, lat: number): string | null {
  for (const s of list)
    if (lon >= s.box[0] && lon <= s.box[2] && lat >= s.box[1] && lat <= s.box[3])
      if (booleanPointInPolygon([lon, lat], s.geometry)) return s.controller;
  return null;
}

function datesOf(features: ControlFeature[]): string[] {
  return [
    ...new Set(features.filter((f) => f.properties.layer === 'zone').map((f) => f.properties.date)),
  ].sort();
}

/**
 * Scores our control zones against a reference map (importControl's features): for each of the
 * reference's dates within our days, every settlement inside both maps is put on a side by each
 * (a contested zone is its own side), and the two are compared. Where reference polygons overlap
 * the smallest holding a settlement says who has it.
 *
 * @example scoreControl(ours, importControl(file, 'tracker', 'reference').features, settlements)[0].share; // 0.93
 */
export function scoreControl(
  ours: ControlFeature[],
  reference: ControlFeature[],
  settlements: ScoredSettlement[],
): DayScore[] {
  const ourDates = datesOf(ours);
  const refDates = datesOf(reference);
  if (!ourDates.length || !refDates.length) return [];
  const first = shapes(reference, refDates[0]);
  const out: DayScore[] = [];
  for (const date of refDates) {
    const use = ourDates.filter((d) => d <= date).pop();
    if (!use || date > ourDates[ourDates.length - 1]) continue;
    const ref = shapes(reference, date);
    const mine = shapes(ours, use);
    const score = emptyDayScore(date, use);
    for (const s of settlements) {
      const theirs = sideAt(ref, s.lon, s.lat);
      if (!theirs) continue;
      const ourSide = sideAt(mine, s.lon, s.lat) ?? 'none';
      const row = (score.confusion[theirs] ??= {});
      row[ourSide] = (row[ourSide] ?? 0) + 1;
      if (ourSide === 'none') {
        score.outside++;
        continue;
      }
      const same = ourSide === theirs;
      score.compared++;
      if (same) score.agree++;
      else score.disagree.push({ name: s.name, reference: theirs, ours: ourSide });
      const before = sideAt(first, s.lon, s.lat);
      if (before && before !== theirs) {
        score.moved.compared++;
        if (same) score.moved.agree++;
      }
    }
    score.share = score.compared ? score.agree / score.compared : 0;
    out.push(score);
  }
  return out;
}

/** One settlement's side on one day in a settlement reference. */
export interface SettlementSide {
  name: string;
  lon: number;
  lat: number;
  date: string;
  /** A camp ('opposition', 'government', 'sna', 'sdf') or 'contested'. */
  controller: string;
}

/**
 * A day-by-day settlement reference from parsed GeoJSON: Point features with `name`, and either
 * `controller` (or `side`, an alias such as "rebels", "regime") with `date`, or `sides`, an
 * object of date → controller. Malformed features are reported, never thrown.
 *
 * @example readSettlementReference({ type: 'FeatureCollection', features: [] }); // { entries: [], errors: [] }
 */
export function readSettlementReference(geojson: unknown): { entries: SettlementSide[]; errors: string[] } {
  const o = geojson as { type?: unknown; features?: unknown } | null;
  const list = Array.isArray(geojson)
    ? geojson
    : Array.isArray(o?.features)
      ? (o.features as unknown[])
      : null;
  if (!list) return { entries: [], errors: ['not GeoJSON: expected a FeatureCollection of Point features'] };
  const entries: SettlementSide[] = [];
  const errors: string[] = [];
  list.forEach((raw, i) => {
    const f = raw as {
      geometry?: { type?: unknown; coordinates?: unknown };
      properties?: Record<string, unknown>;
    };
    const p = f?.properties ?? {};
    const name = typeof p.name === 'string' ? p.name : `feature ${i}`;
    const c = f?.geometry?.coordinates;
    if (f?.geometry?.type !== 'Point' || !Array.isArray(c) || !c.every((v) => typeof v === 'number'))
      return void errors.push(`${name}: needs a Point geometry`);
    const sides: [unknown, unknown][] =
      p.sides && typeof p.sides === 'object' ? Object.entries(p.sides) : [[p.date, p.controller ?? p.side]];
    for (const [date, side] of sides) {
      const controller = side === 'contested' ? 'contested' : parseCamp(side);
      if (!isDate(date) || !controller) {
        errors.push(`${name}: needs a YYYY-MM-DD date and a known controller (got ${JSON.stringify(side)})`);
        continue;
      }
      entries.push({ name, lon: c[0] as number, lat: c[1] as number, date, controller });
    }
  });
  return { entries, errors };
}

/**
 * Scores our zones against a settlement reference: for each of its dates within our days, each
 * settlement's side in our latest zones on or before it. `moved` counts the settlements whose
 * reference side differs from the side our first (baseline) zones give them: where the front
 * moved.
 *
 * @example scoreSettlements(control, readSettlementReference(file).entries)[0].share; // 0.85
 */
export function scoreSettlements(ours: ControlFeature[], entries: SettlementSide[]): DayScore[] {
  const ourDates = datesOf(ours);
  if (!ourDates.length) return [];
  const first = shapes(ours, ourDates[0]);
  const out: DayScore[] = [];
  for (const date of [...new Set(entries.map((e) => e.date))].sort()) {
    const use = ourDates.filter((d) => d <= date).pop();
    if (!use) continue;
    const mine = shapes(ours, use);
    const score = emptyDayScore(date, use);
    for (const s of entries.filter((e) => e.date === date)) {
      const ourSide = sideAt(mine, s.lon, s.lat) ?? 'none';
      const row = (score.confusion[s.controller] ??= {});
      row[ourSide] = (row[ourSide] ?? 0) + 1;
      if (ourSide === 'none') {
        score.outside++;
        continue;
      }
      const same = ourSide === s.controller;
      score.compared++;
      if (same) score.agree++;
      else score.disagree.push({ name: s.name, reference: s.controller, ours: ourSide });
      const before = sideAt(first, s.lon, s.lat);
      if (before && before !== s.controller) {
        score.moved.compared++;
        if (same) score.moved.agree++;
      }
    }
    score.share = score.compared ? score.agree / score.compared : 0;
    out.push(score);
  }
  return out;
}

/** A day's score before any settlement is compared: our day `ours` read for the reference's `date`. */
function emptyDayScore(date: string, ours: string): DayScore {
  return {
    date,
    ours,
    compared: 0,
    outside: 0,
    agree: 0,
    share: 0,
    moved: { compared: 0, agree: 0 },
    confusion: {},
    disagree: [],
  };
}
