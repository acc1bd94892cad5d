// Assessed advances, as analysts draw them: the ground between a side's line and the places it
// was reported to take or reach is assessed as its own, the front moving from the line to each
// objective between the first day of the advance and the day the objective was reported. How
// broad the advance was comes from the reported extents ("400 km² in two days", "about 70
// villages" as the ground they hold), which it aims at and never exceeds; with no extent only a
// narrow corridor along the way is assessed.
import { booleanPointInPolygon } from '@turf/turf';
import type { ControlAxis, ControlChange } from '../../types/model.ts';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { distanceKm, nearestUnit, UnitFinder, type ControlUnit } from '../ground/baseline.ts';
import {
  lastDay,
  nextDay,
  type CityFall,
  type ClaimsResult,
  type DayState,
  type Objective,
  type UnitState,
} from '../claims/applyClaims.ts';
import { areaTarget, countOf, type Extent } from '../claims/extents.ts';
import { campsOf } from '../claims/claimOutcome.ts';
import { nameKey } from '../ground/nameKey.ts';
import { gridKey } from '../ground/gridKey.ts';
import { PointGrid, type PointSubset } from '../ground/pointGrid.ts';
import type { Camp } from '../sides.ts';
import { addDays, dayNumber, dayOfNumber, daysBetween } from '../../types/days.ts';
import { KeyHash, type ControlMemo } from '../controlMemo.ts';

/** How far either side of the way from the line to an objective ground is assessed with no extent (km). */
export const NARROW_KM = 3;
/** How far an extent can widen it (km); the ground between the line and the objectives bounds it too. */
export const WIDEST_KM = 25;
const STEP_KM = 0.5;
/**
 * The ground between a side's line and its objectives takes in the line's units up to this many
 * times further from an objective than its nearest one (so a broad advance fans out from a
 * stretch of the front).
 */
export const FRONT_REACH = 2;
/** Objectives further than this from the side's line get no corridor: the claim stands alone. */
export const LONGEST_AXIS_KM = 40;
/** An approach ("advanced on the town") assesses the way only this far toward the town. */
const APPROACH_REACH = 0.7;
/** Spacing of the unnamed ground points laid in corridors so area can be assessed finely (km). */
export const GROUND_KM = 2.5;
/** Ground points also lie this far beyond the ground between, so its cells end there (km). */
const FRINGE_KM = 2 * GROUND_KM;
/** Days an advance may run before its objective; activity gaps up to a day keep one advance. */
const LONGEST_ADVANCE_DAYS = 7;

export interface Axis {
  side: Camp;
  objective: Objective;
  /** First day of the advance. */
  start: string;
  /**
   * The side's units on the day before the advance began, nearest the objective first, with
   * their distance to it (km), up to FRONT_REACH times the nearest. The first starts the axis.
   */
  front: { unit: number; km: number }[];
  lengthKm: number;
  /** How far along the way to the objective the assessment reaches (1: up to it). */
  reach: number;
}

/** One advance: a side's axes that began on one day. */
export interface Advance {
  side: Camp;
  start: string;
  axes: Axis[];
  /**
   * How far beyond the ground between its line and its objectives it may be assessed (km):
   * NARROW_KM, or as far as a reported area needs (its bound spread along the ways), up to
   * WIDEST_KM.
   */
  reachKm: number;
}

/** Units that get a cell: not a city whose neighbourhoods stand for it. */
function cellUnitsOf(units: ControlUnit[]): boolean[] {
  const parents = new Set(units.map((u) => u.parent).filter(Boolean));
  return units.map((u) => !parents.has(u.id));
}

type XY = [number, number];

/** Plane km coordinates around a unit (fine over the tens of km of an advance). */
function planeOf(o: ControlUnit): (lon: number, lat: number) => XY {
  const k = Math.cos((o.lat * Math.PI) / 180) * 111.32;
  return (lon, lat) => [(lon - o.lon) * k, (lat - o.lat) * 110.57];
}

function cross(o: XY, a: XY, b: XY): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Convex hull, counter-clockwise (monotone chain); fewer than three points stay as they are. */
function hullOf(points: XY[]): XY[] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const half = (list: XY[]) => {
    const out: XY[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2], out[out.length - 1], p) <= 0) out.pop();
      out.push(p);
    }
    return out.slice(0, -1);
  };
  return [...half(pts), ...half([...pts].reverse())];
}

function segmentDistance(p: XY, a: XY, b: XY): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Distance from a point to a convex hull (0 inside). */
function hullDistance(p: XY, hull: XY[]): number {
  if (hull.length === 1) return Math.hypot(p[0] - hull[0][0], p[1] - hull[0][1]);
  if (hull.length === 2) return segmentDistance(p, hull[0], hull[1]);
  // Inside (left of every edge, counter-clockwise) is 0 with no distance measured.
  let inside = true;
  for (let i = 0; i < hull.length && inside; i++)
    inside = !(cross(hull[i], hull[(i + 1) % hull.length], p) < 0);
  if (inside) return 0;
  let d = Infinity;
  for (let i = 0; i < hull.length; i++)
    d = Math.min(d, segmentDistance(p, hull[i], hull[(i + 1) % hull.length]));
  return d;
}

/**
 * The ground between an advance's line and its objectives: the hull of the objectives and the
 * front units facing them, in a plane around the first objective, with the ways (nearest front
 * unit → objective) that ground is assessed outward from.
 */
interface Region {
  plane: (lon: number, lat: number) => XY;
  hull: XY[];
  ways: [XY, XY][];
  /** The advance's reachKm. */
  reach: number;
  /** The plane box of the hull's points. */
  box: [number, number, number, number];
}

function regionOf(advance: Advance, units: ControlUnit[]): Region {
  const origin = units[advance.axes[0].objective.unit];
  const plane = planeOf(origin);
  const at = (i: number) => plane(units[i].lon, units[i].lat);
  const pts: XY[] = [];
  const ways: [XY, XY][] = [];
  for (const a of advance.axes) {
    pts.push(at(a.objective.unit), ...a.front.map((f) => at(f.unit)));
    ways.push([at(a.front[0].unit), at(a.objective.unit)]);
  }
  const box: Region['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts) {
    [box[0], box[1]] = [Math.min(box[0], x), Math.min(box[1], y)];
    [box[2], box[3]] = [Math.max(box[2], x), Math.max(box[3], y)];
  }
  return { plane, hull: hullOf(pts), ways, reach: advance.reachKm, box };
}

/**
 * Slack (km) on a region's box: a point this far outside the box is farther than the distance
 * asked from the hull whatever the rounding of hullDistance, so skipping it changes no answer.
 */
const BOX_SLACK_KM = 1e-6;

/** True when a point lies in the ground between (within the advance's reach + `margin` of the hull). */
function inRegion(region: Region, lon: number, lat: number, margin = 0): boolean {
  return toHull(region, region.plane(lon, lat), margin) <= region.reach + margin;
}

/**
 * A plane point's distance to the region's hull when it may lie within the reach + `margin` of
 * it, Infinity when it lies outside the hull's box grown by that much.
 */
function toHull(region: Region, p: XY, margin: number): number {
  const d = region.reach + margin + BOX_SLACK_KM;
  const [x0, y0, x1, y1] = region.box;
  // Nearer than d to the hull means inside its box grown by d: most points are far, and fail here.
  if (p[0] < x0 - d || p[0] > x1 + d || p[1] < y0 - d || p[1] > y1 + d) return Infinity;
  return hullDistance(p, region.hull);
}

/**
 * The lon/lat box (west, south, east, north) holding every point inRegion(region, …, margin)
 * accepts: the plane box grown by the reach, mapped back (plane coordinates grow with lon and
 * lat), and a hair wider for rounding.
 */
function regionBox(region: Region, units: ControlUnit[], advance: Advance, margin: number): Box {
  const o = units[advance.axes[0].objective.unit];
  const d = region.reach + margin + BOX_SLACK_KM;
  const k = Math.cos((o.lat * Math.PI) / 180) * 111.32;
  const [x0, y0, x1, y1] = region.box;
  const eps = 1e-7;
  return [
    o.lon + (x0 - d) / k - eps,
    o.lat + (y0 - d) / 110.57 - eps,
    o.lon + (x1 + d) / k + eps,
    o.lat + (y1 + d) / 110.57 + eps,
  ];
}

type Box = [number, number, number, number];

/**
 * Lon/lat boxes found by a point: a grid of CELL_DEG cells, each listing the boxes that overlap
 * it. `at(lon, lat)` gives every box that may hold the point (a superset, in index order).
 */
class BoxIndex {
  static CELL_DEG = 0.1;
  private cells = new Map<number, number[]>();

  constructor(boxes: Box[]) {
    const c = BoxIndex.CELL_DEG;
    boxes.forEach(([x0, y0, x1, y1], i) => {
      for (let cx = Math.floor(x0 / c); cx <= Math.floor(x1 / c); cx++)
        for (let cy = Math.floor(y0 / c); cy <= Math.floor(y1 / c); cy++) {
          const key = gridKey(cx, cy);
          const list = this.cells.get(key);
          if (list) list.push(i);
          else this.cells.set(key, [i]);
        }
    });
  }

  at(lon: number, lat: number): readonly number[] {
    const c = BoxIndex.CELL_DEG;
    return this.cells.get(gridKey(Math.floor(lon / c), Math.floor(lat / c))) ?? [];
  }
}

/**
 * A side's line on a day — its units with a cell — as a subset of the units' grid, made when
 * first asked and kept while the next advance of that side starts from the same line.
 */
class LineGrids {
  private last = new Map<Camp, PointSubset>();

  constructor(
    private units: ControlUnit[],
    private withCell: boolean[],
    private grid: PointGrid,
  ) {}

  of(side: Camp, day: DayState): PointSubset {
    const keep = new Uint8Array(this.units.length);
    for (let i = 0; i < keep.length; i++)
      if (this.withCell[i] && day.states[i].controller === side) keep[i] = 1;
    const kept = this.last.get(side);
    if (kept && kept.keep.every((v, i) => v === keep[i])) return kept;
    const line = this.grid.subset(keep);
    this.last.set(side, line);
    return line;
  }
}

/**
 * True when a point outside the hull lies past the objective of its nearest way (beyond the
 * places taken, seen from the line, within 45° of the way's heading): an advance widens
 * sideways, it does not overshoot. A point further along than the objective but further still
 * to the side (a village abreast of the town taken, a little ahead of it) is widening.
 */
function pastObjective(region: Region, p: XY, hullKm: number): boolean {
  if (hullKm === 0) return false;
  let best = Infinity;
  let past = false;
  for (const [a, b] of region.ways) {
    const km = segmentDistance(p, a, b);
    if (km >= best) continue;
    best = km;
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const len = Math.hypot(dx, dy) || 1;
    const ahead = ((p[0] - b[0]) * dx + (p[1] - b[1]) * dy) / len;
    const aside = Math.abs((p[0] - b[0]) * dy - (p[1] - b[1]) * dx) / len;
    past = ahead > 0 && ahead >= aside;
  }
  return past;
}

/** The extents a side's advance over [start, last] is measured against. */
function applyingExtents(extents: Extent[], side: Camp, start: string, last: string): Extent[] {
  return extents.filter((e) => e.side === side && (e.from ?? start) <= last && e.to >= start);
}

/**
 * How far an advance may be assessed beyond the hull of its line and objectives: NARROW_KM, or
 * for a reported area (or count of settlements, as the area they hold: areaTarget) the strip its
 * bound makes along the ways (bound over their length), up to WIDEST_KM.
 */
function reachOf(axes: Axis[], extents: Extent[], side: Camp, start: string): number {
  const last = axes.reduce((m, a) => (a.objective.date > m ? a.objective.date : m), start);
  const areas = applyingExtents(extents, side, start, last).flatMap((e) => areaTarget(e) ?? []);
  if (!areas.length) return NARROW_KM;
  const length = axes.reduce((s, a) => s + a.lengthKm, 0);
  const want = Math.max(...areas.map((a) => a.bound)) / Math.max(length, GROUND_KM);
  return Math.min(WIDEST_KM, Math.max(NARROW_KM, want));
}

/**
 * How far a point lies from the side's line toward an objective: 0 on the line, 1 at the
 * objective (its distance to the line, `toLine`, over that plus its distance to the objective).
 */
function progress(toLine: number, objective: XY, p: XY): number {
  const toObjective = Math.hypot(p[0] - objective[0], p[1] - objective[1]);
  return toLine / (toLine + toObjective || 1);
}

/**
 * Whether any lon/lat point lies nearer than `km` (control's distanceKm) to a point, among
 * points added as they come: a grid of cells at least `km` wide, only the 3×3 around the point
 * tested (the same answer as testing every point). `maxLat` bounds the latitudes asked about.
 */
class NearAny {
  private cells = new Map<string, { lon: number; lat: number }[]>();
  private ch: number;
  private cw: number;

  constructor(
    private km: number,
    maxLat: number,
  ) {
    this.ch = (km / 110.57) * 1.01;
    const lat = Math.min(89, Math.abs(maxLat) + this.ch);
    this.cw = (km / (111.32 * Math.cos((lat * Math.PI) / 180))) * 1.01;
  }

  private key(lon: number, lat: number, dx = 0, dy = 0): string {
    return `${Math.floor(lon / this.cw) + dx},${Math.floor(lat / this.ch) + dy}`;
  }

  add(p: { lon: number; lat: number }): void {
    const k = this.key(p.lon, p.lat);
    const list = this.cells.get(k);
    if (list) list.push(p);
    else this.cells.set(k, [p]);
  }

  near(lon: number, lat: number): boolean {
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        const list = this.cells.get(this.key(lon, lat, dx, dy));
        if (list?.some((u) => distanceKm(lon, lat, u.lon, u.lat) < this.km)) return true;
      }
    return false;
  }
}

/** Days each side was active (an objective, an advance, an extent's period). */
function activeDays(claims: ClaimsResult, extents: Extent[]): Map<Camp, Set<string>> {
  const out = new Map<Camp, Set<string>>();
  const add = (side: Camp | undefined, from: string, to = from) => {
    if (!side) return;
    let s = out.get(side);
    if (!s) out.set(side, (s = new Set()));
    for (let d = from, n = 0; d <= to && n <= LONGEST_ADVANCE_DAYS; d = nextDay(d), n++) s.add(d);
  };
  for (const o of claims.objectives) add(o.side, o.date);
  // Every advance counts, even one over a whole province ("launched an offensive on Wednesday").
  for (const [inc, date] of claims.dateOf) {
    if (inc.properties.type !== 'advance') continue;
    const range = inc.properties.dateRange;
    add(campsOf(inc)[0], range?.[0] ?? date, date);
  }
  for (const e of extents) add(e.side, e.from ?? e.to, e.to);
  return out;
}

/** First day of the advance that reached `date`: walk back over the days the side was active. */
function advanceStart(active: Set<string> | undefined, date: string, baselineDate: string): string {
  let start = date;
  for (;;) {
    const prev = [addDays(start, -1), addDays(start, -2)].find(
      (d) => active?.has(d) && d > baselineDate && daysBetween(d, date) < LONGEST_ADVANCE_DAYS,
    );
    if (!prev) return start;
    start = prev;
  }
}

/**
 * The advances: for each objective, an axis from the side's line on the day before its advance
 * began (its units nearest the objective); axes of one side that began on one day form one
 * advance. Objectives too far from the line, or on it, get none; inside a city, one axis per city
 * and day, to the part nearest the line, carrying every part's incidents (the claims say which
 * parts changed hands).
 *
 * @example planAdvances(claims, extents, '2024-11-26')[0].axes.map((a) => claims.units[a.objective.unit].name); // ['Rashidin', 'Saraqib']
 */
export function planAdvances(claims: ClaimsResult, extents: Extent[], baselineDate: string): Advance[] {
  const { units, days } = claims;
  const withCell = cellUnitsOf(units);
  const active = activeDays(claims, extents);
  const dayIndex = new Map(days.map((d, i) => [d.date, i]));
  const axes: Axis[] = [];
  for (const objective of claims.objectives) {
    const start = advanceStart(active.get(objective.side), objective.date, baselineDate);
    const before = days[Math.max(0, (dayIndex.get(start) ?? 0) - 1)];
    const target = units[objective.unit];
    const held: { unit: number; km: number }[] = [];
    units.forEach((u, i) => {
      if (withCell[i] && before.states[i].controller === objective.side)
        held.push({ unit: i, km: distanceKm(u.lon, u.lat, target.lon, target.lat) });
    });
    held.sort((a, b) => a.km - b.km);
    const lengthKm = held[0]?.km ?? Infinity;
    if (lengthKm > LONGEST_AXIS_KM || lengthKm < GROUND_KM) continue;
    const axis: Axis = {
      side: objective.side,
      objective,
      start,
      front: held.filter((h) => h.km <= FRONT_REACH * lengthKm),
      lengthKm,
      reach: objective.reach === 'approached' ? APPROACH_REACH : 1,
    };
    const city = target.parent;
    const twin = city
      ? axes.findIndex(
          (a) =>
            units[a.objective.unit].parent === city &&
            a.side === axis.side &&
            a.objective.date === objective.date,
        )
      : -1;
    if (twin < 0) {
      axes.push(axis);
      continue;
    }
    const other = axes[twin];
    const keep = axis.lengthKm < other.lengthKm ? axis : other;
    axes[twin] = {
      ...keep,
      objective: {
        ...keep.objective,
        incidents: [...new Set([...other.objective.incidents, ...objective.incidents])],
        placeIds: [...new Set([...other.objective.placeIds, ...objective.placeIds])],
      },
    };
  }
  const advances = new Map<string, Advance>();
  for (const a of axes) {
    const key = `${a.start}|${a.side}`;
    const adv = advances.get(key);
    if (adv) adv.axes.push(a);
    else advances.set(key, { side: a.side, start: a.start, axes: [a], reachKm: NARROW_KM });
  }
  return [...advances.keys()]
    .sort()
    .map((k) => advances.get(k)!)
    .map((a) => ({ ...a, reachKm: reachOf(a.axes, extents, a.side, a.start) }));
}

/**
 * Points to assess ground by, in the ground between each advance's line and objectives (and a
 * fringe around it): the gazetteer's settlements there that are not units yet (named, so a day's
 * changes can list them), and unnamed ground points on a hexagonal grid. Each is held on the
 * baseline by whoever held the nearest unit.
 *
 * @example corridorUnits(advances, claims.units, gazetteer, inside).length; // a few hundred
 */
export function corridorUnits(
  advances: Advance[],
  units: ControlUnit[],
  gazetteer: Gazetteer,
  inside: (lon: number, lat: number) => boolean,
): ControlUnit[] {
  if (!advances.length) return [];
  const regions = advances.map((a) => regionOf(a, units));
  const [x0, y0, x1, y1] = bbox(advances, units);
  // Only the regions whose box holds a point are asked about it (the same answer as asking all).
  const index = new BoxIndex(regions.map((r, k) => regionBox(r, units, advances[k], FRINGE_KM)));
  const fits = (lon: number, lat: number) =>
    lon >= x0 &&
    lon <= x1 &&
    lat >= y0 &&
    lat <= y1 &&
    index.at(lon, lat).some((k) => inRegion(regions[k], lon, lat, FRINGE_KM)) &&
    inside(lon, lat);
  const added: ControlUnit[] = [];
  // Is a unit (of the baseline, or added here) nearer than half a ground step?
  const taken = new NearAny(GROUND_KM / 2, Math.max(Math.abs(y0), Math.abs(y1)));
  for (const u of units) taken.add(u);
  const near = (lon: number, lat: number) => taken.near(lon, lat);
  const add = (u: ControlUnit) => {
    added.push(u);
    taken.add(u);
  };
  const finder = new UnitFinder(units);
  for (const e of gazetteer.inBox(x0, y0, x1, y1, 'settlement')) {
    if (!fits(e.lon, e.lat) || near(e.lon, e.lat)) continue;
    const like = finder.nearest(e.lon, e.lat)!;
    add({
      id: e.id,
      name: e.name,
      kind: 'settlement',
      lon: e.lon,
      lat: e.lat,
      keys: [...new Set([e.name, e.names.en, ...e.aliases].map(nameKey).filter(Boolean))],
      controller: like.controller,
      basis: `in the way of an advance; held on the baseline date by the controller of ${like.name}`,
      fromReport: true,
    });
  }
  const dy = (GROUND_KM * Math.sqrt(3)) / 2 / 110.57;
  const dx = GROUND_KM / (111.32 * Math.cos((((y0 + y1) / 2) * Math.PI) / 180));
  for (let row = 0, lat = y0; lat <= y1; row++, lat = y0 + row * dy)
    for (let lon = x0 + (row % 2 ? dx / 2 : 0); lon <= x1; lon += dx) {
      if (!fits(lon, lat) || near(lon, lat)) continue;
      const like = finder.nearest(lon, lat)!;
      const [x, y] = [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
      add({
        id: `ctl:ground:${x},${y}`,
        name: `ground near ${like.name}`,
        kind: 'ground',
        lon: x,
        lat: y,
        keys: [],
        controller: like.controller,
        basis: `ground point; held on the baseline date by the controller of ${like.name}`,
      });
    }
  return added;
}

function bbox(advances: Advance[], units: ControlUnit[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const pad = Math.max(...advances.map((adv) => adv.reachKm)) + FRINGE_KM;
  for (const a of advances.flatMap((adv) => adv.axes))
    for (const u of [units[a.objective.unit], ...a.front.map((f) => units[f.unit])]) {
      const padX = pad / (111.32 * Math.cos((u.lat * Math.PI) / 180));
      x0 = Math.min(x0, u.lon - padX);
      x1 = Math.max(x1, u.lon + padX);
      y0 = Math.min(y0, u.lat - pad / 110.57);
      y1 = Math.max(y1, u.lat + pad / 110.57);
    }
  return [x0, y0, x1, y1];
}

/** A candidate unit of an advance: its distance from the nearest way, and the day the front reaches it. */
interface Reach {
  km: number;
  day: string;
  axis: Axis;
}

export interface Assessment {
  days: DayState[];
  /** Per advance: how far from its ways ground was assessed (km), and the extents that set it. */
  advances: { advance: Advance; widthKm: number; extents: Extent[] }[];
}

/** The day the front, moving evenly from the line to the objective, reaches progress t. */
function dayReached(axis: Axis, t: number): string {
  const n = daysBetween(axis.start, axis.objective.date) + 1;
  const k = Math.max(1, Math.ceil((t / axis.reach) * n - 1e-9));
  return addDays(axis.start, Math.min(n, k) - 1);
}

/**
 * Adds assessed ground to the claims' day states. For each advance, ground of the sides it took
 * its objectives from, between its line and its objectives, is assessed outward from the ways
 * (nearest front unit → objective) up to a width: the one that brings the ground taken over each
 * extent's period closest to its area without exceeding any extent, NARROW_KM when none applies.
 * Only ground still as on the baseline is assessed; a claim about a unit wins. `areaOf(i)` is
 * the km² of unit i's cell.
 *
 * @example assessAdvances(claims, advances, extents, zones.areaOf).days[3].states; // with assessed ground
 */
export function assessAdvances(
  claims: ClaimsResult,
  advances: Advance[],
  extents: Extent[],
  areaOf: (unit: number) => number,
  memo?: ControlMemo,
): Assessment {
  const { units } = claims;
  let days = claims.days;
  const withCell = cellUnitsOf(units);
  const out: Assessment['advances'] = [];
  // Days' state lists copied here belong to this loop alone (the claims' days are never written).
  const owned = new WeakSet<UnitState[]>();
  const points = new PointGrid(units, 0.05);
  const lines = new LineGrids(units, withCell, points);
  const unitsKey = memo ? unitsKeyOf(units, withCell) : '';
  for (const advance of advances) {
    const { side, start } = advance;
    const last = advance.axes.reduce((m, a) => (a.objective.date > m ? a.objective.date : m), start);
    const reaches = memo
      ? memoCandidates(memo, unitsKey, units, withCell, advance, days, points, lines)
      : candidates(units, withCell, advance, days, points, lines);
    const applying = applyingExtents(extents, side, start, last);
    const widthKm = applying.length ? fitWidth(days, units, reaches, applying, start, areaOf) : NARROW_KM;
    days = applyWidth(days, units, reaches, widthKm, side, applying, owned);
    out.push({ advance, widthKm, extents: applying });
  }
  const inCities = assessCityPockets(assessCityParts(days, units, extents), units);
  return { days: assessFallenCities(inCities, units, claims.cityFalls ?? []), advances: out };
}

/**
 * A city whose defenders withdrew, or that fell, while another side held most of it: the parts
 * the defenders still held as on the baseline are assessed as that side's from that day (the
 * reports tell of no pocket holding out; a later claim about a part wins). Parts held by a third
 * side stay as they are. "Most" is more than half of the parts either of the two holds or both
 * contest.
 *
 * @example assessFallenCities(days, units, [{ city: 'geonames:170063', date: '2024-11-30', loser: 'government', incidents: ['inc-w'] }]);
 */
export function assessFallenCities(days: DayState[], units: ControlUnit[], falls: CityFall[]): DayState[] {
  const partsOf = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (u.parent === undefined) return;
    const list = partsOf.get(u.parent);
    if (list) list.push(i);
    else partsOf.set(u.parent, [i]);
  });
  const dayIndex = new Map<string, number>();
  days.forEach((day, k) => {
    if (!dayIndex.has(day.date)) dayIndex.set(day.date, k);
  });
  for (const fall of falls) {
    const d = dayIndex.get(fall.date) ?? -1;
    if (d < 0) continue;
    const parts = partsOf.get(fall.city) ?? [];
    const day = days[d];
    const bySide = new Map<Camp, number[]>();
    let contested = 0;
    for (const i of parts) {
      const c = day.states[i].controller;
      if (c === 'contested') contested++;
      else if (c !== fall.loser) bySide.set(c, [...(bySide.get(c) ?? []), i]);
    }
    const [taker, held] = [...bySide].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (!taker || !held) continue;
    const loser = parts.filter((i) => day.states[i].controller === fall.loser).length;
    if (held.length * 2 <= held.length + loser + contested) continue;
    const basis = [...new Set([...fall.incidents, ...held.flatMap((i) => day.states[i].basis)])].sort();
    days = days.map((later, k) => {
      if (k < d) return later;
      let states = later.states;
      let changes = later.changes;
      for (const i of parts) {
        const s = states[i];
        if (s.status !== 'held' || s.controller !== fall.loser) continue;
        if (states === later.states) [states, changes] = [later.states.slice(), later.changes.slice()];
        states[i] = {
          controller: taker,
          status: 'assessed',
          by: taker,
          basis,
          since: fall.date,
          placeIds: [],
        };
        if (k === d) changes.push(assessedChange(units[i], fall.date, taker, basis));
      }
      return states === later.states ? later : { ...later, states, changes };
    });
  }
  return days;
}

/**
 * "Took five neighbourhoods of the city": a count of a city's neighbourhoods taken by a day,
 * where the reports name fewer, assesses the rest as the city's parts still held by the other
 * side nearest the taker's ground that day, up to the count.
 *
 * @example assessCityParts(days, units, extents); // three more western neighbourhoods assessed on 29 Nov
 */
export function assessCityParts(days: DayState[], units: ControlUnit[], extents: Extent[]): DayState[] {
  const byId = new Map(units.map((u, i) => [u.id, i]));
  for (const e of extents) {
    if (e.unit !== 'places' || !/neighbo|district|quarter/i.test(e.what)) continue;
    for (const cityId of e.withinIds) {
      const city = byId.get(cityId);
      if (city === undefined) continue;
      const parts = units.flatMap((u, i) => (u.parent === cityId ? [i] : []));
      const d = days.findIndex((day) => day.date === e.to);
      if (!parts.length || d < 0) continue;
      const day = days[d];
      const taken = parts.filter((i) => day.states[i].controller === e.side).length;
      const wanted = Math.max(0, Math.floor(e.value) - taken);
      if (!wanted) continue;
      const mine = units.filter(
        (_, i) => day.states[i].controller === e.side && units[i].parent !== undefined,
      );
      const line = mine.length ? mine : units.filter((_, i) => day.states[i].controller === e.side);
      const near = (i: number) => nearestUnit(line, units[i].lon, units[i].lat);
      const picked = parts
        .filter((i) => open(day.states[i], e.side))
        .map((i) => {
          const n = near(i);
          return { i, km: n ? distanceKm(units[i].lon, units[i].lat, n.lon, n.lat) : Infinity };
        })
        .sort((a, b) => a.km - b.km)
        .slice(0, wanted)
        .map((x) => x.i);
      days = days.map((later, k) => {
        if (k < d) return later;
        // A day none of the picked parts is open on stays as it is (copying every later day's
        // states made a year of days cost days × units per count).
        if (!picked.some((i) => open(later.states[i], e.side))) return later;
        const states = later.states.slice();
        const changes = [...later.changes];
        for (const i of picked) {
          if (!open(states[i], e.side)) continue;
          states[i] = {
            controller: e.side,
            status: 'assessed',
            by: e.side,
            basis: [e.incident],
            since: e.to,
            placeIds: [],
            extents: [e],
          };
          if (k === d) changes.push(assessedChange(units[i], e.to, e.side, [e.incident]));
        }
        return { ...later, states, changes };
      });
    }
  }
  return days;
}

/** How far outside the hull of a side's parts of a city a part still counts as enclosed (km). */
const POCKET_MARGIN_KM = 0.5;

/**
 * Parts of a city enclosed by parts a side took: each day, the parts of a city still as on the
 * baseline, held by a side it took other parts from, that lie within the hull of the parts it
 * holds there (three or more, taken or assessed, within POCKET_MARGIN_KM) are assessed as its own
 * from that day. Analysts do not leave the other side in pockets between the quarters it lost.
 *
 * @example assessCityPockets(days, units); // the quarters between the western edge and the centre on 30 Nov
 */
export function assessCityPockets(days: DayState[], units: ControlUnit[]): DayState[] {
  const cities = [...new Set(units.flatMap((u) => (u.parent ? [u.parent] : [])))];
  if (!cities.length) return days;
  const parts = cities.map((c) => units.flatMap((u, i) => (u.parent === c ? [i] : [])));
  let prev: DayState | undefined;
  return days.map((day) => {
    let states = day.states;
    let changes = day.changes;
    const set = (i: number, s: UnitState, change: boolean) => {
      if (states === day.states) [states, changes] = [day.states.slice(), day.changes.slice()];
      states[i] = s;
      if (change) changes.push(assessedChange(units[i], day.date, s.controller as Camp, s.basis));
    };
    for (const list of parts) {
      // A pocket assessed the day before stays so while no claim moves it.
      if (prev)
        for (const i of list) {
          const before = prev.states[i];
          if (before.pocket && open(states[i], before.controller as Camp)) set(i, before, false);
        }
      const bySide = new Map<Camp, number[]>();
      for (const i of list) {
        const s = states[i];
        if (s.controller === 'contested' || s.controller === units[i].controller) continue;
        bySide.set(s.controller as Camp, [...(bySide.get(s.controller as Camp) ?? []), i]);
      }
      for (const [side, held] of bySide) {
        if (held.length < 3) continue;
        const plane = planeOf(units[held[0]]);
        const hull = hullOf(held.map((i) => plane(units[i].lon, units[i].lat)));
        const losers = new Set(held.map((i) => units[i].controller));
        const basis = [...new Set(held.flatMap((i) => states[i].basis))].sort();
        for (const i of list) {
          if (!losers.has(units[i].controller) || !open(states[i], side)) continue;
          if (hullDistance(plane(units[i].lon, units[i].lat), hull) > POCKET_MARGIN_KM) continue;
          const pocket: UnitState = {
            controller: side,
            status: 'assessed',
            by: side,
            basis,
            since: day.date,
            placeIds: [],
            pocket: true,
          };
          set(i, pocket, true);
        }
      }
    }
    prev = states === day.states ? day : { ...day, states, changes };
    return prev;
  });
}

/** What candidates reads of the units: where each is, its kind, holder and whether it has a cell. */
export function unitsKeyOf(units: ControlUnit[], withCell: boolean[]): string {
  const h = new KeyHash('units');
  units.forEach((u, i) => h.number(u.lon).number(u.lat).text(u.kind).text(u.controller).number(+withCell[i]));
  return h.digest();
}

/** The day whose states an advance starts from: the last before it began (days are in date order). */
function dayBefore(days: DayState[], advance: Advance): DayState {
  return lastDay(days, advance.start) ?? days[0];
}

/**
 * The memo key of an advance's candidate ground: all candidates reads — the units (`unitsKey`:
 * unitsKeyOf), the advance (side, start, reach, and each axis's objective, days, front and
 * length) and which units with a cell the side held on `before`, the day before the advance
 * began (its line).
 *
 * @example reachKey(unitsKeyOf(units, withCell), withCell, advance, days[2]); // 16 hex digits
 */
export function reachKey(unitsKey: string, withCell: boolean[], advance: Advance, before: DayState): string {
  const h = new KeyHash('reaches')
    .text(unitsKey)
    .text(advance.side)
    .text(advance.start)
    .number(advance.reachKm)
    .number(advance.axes.length);
  for (const a of advance.axes) {
    h.number(a.objective.unit).text(a.objective.date).text(a.start).number(a.reach).number(a.lengthKm);
    h.number(a.front.length);
    for (const f of a.front) h.number(f.unit).number(f.km);
  }
  // The line as runs of consecutive unit indices (first, length): units come by region and
  // kind, so a side's units lie in long runs, and a few hundred advances each hashing every one
  // of ~30,000 units cost more than the answers they looked up.
  let runs = 0;
  for (let i = 0; i < withCell.length;) {
    if (!(withCell[i] && before.states[i].controller === advance.side)) {
      i++;
      continue;
    }
    const first = i;
    while (i < withCell.length && withCell[i] && before.states[i].controller === advance.side) i++;
    h.int(first).int(i - first);
    runs++;
  }
  return h.int(runs).digest();
}

/** candidates through the memo, under reachKey. */
function memoCandidates(
  memo: ControlMemo,
  unitsKey: string,
  units: ControlUnit[],
  withCell: boolean[],
  advance: Advance,
  days: DayState[],
  points: PointGrid,
  lines: LineGrids,
): Map<number, Reach> {
  const key = reachKey(unitsKey, withCell, advance, dayBefore(days, advance));
  const stored = memo.get(key);
  const fromMemo = stored && readReaches(stored, units.length, advance);
  if (fromMemo) return fromMemo;
  const out = candidates(units, withCell, advance, days, points, lines);
  // In the map's order: applyWidth takes the units in it.
  const value = new Float64Array(out.size * 4);
  let k = 0;
  for (const [i, r] of out) {
    [value[k], value[k + 1], value[k + 2], value[k + 3]] = [
      i,
      r.km,
      dayNumber(r.day),
      advance.axes.indexOf(r.axis),
    ];
    k += 4;
  }
  memo.set(key, value);
  return out;
}

/** Reaches stored by memoCandidates, or null when the numbers cannot be them (computed again). */
function readReaches(v: Float64Array, units: number, advance: Advance): Map<number, Reach> | null {
  if (v.length % 4) return null;
  const out = new Map<number, Reach>();
  for (let k = 0; k < v.length; k += 4) {
    const [i, km, day, a] = [v[k], v[k + 1], v[k + 2], v[k + 3]];
    if (!Number.isInteger(i) || i < 0 || i >= units || out.has(i)) return null;
    if (!Number.isInteger(day) || !(km >= 0) || !advance.axes[a]) return null;
    out.set(i, { km, day: dayOfNumber(day), axis: advance.axes[a] });
  }
  return out;
}

function candidates(
  units: ControlUnit[],
  withCell: boolean[],
  advance: Advance,
  days: DayState[],
  points: PointGrid,
  lines: LineGrids,
): Map<number, Reach> {
  const region = regionOf(advance, units);
  const at = (u: ControlUnit) => region.plane(u.lon, u.lat);
  // The distance in the region's plane from a point to the side's line (its units with a cell
  // on the day before the advance began): the least over every such unit, found in the units'
  // grid through the cells that hold some of them. The plane is lon/lat scaled by constants, so a degree of either is at
  // least this many km.
  const o = units[advance.axes[0].objective.unit];
  const kmPerDeg = Math.min(Math.cos((o.lat * Math.PI) / 180) * 111.32, 110.57);
  let line: PointSubset | undefined;
  const toLineOf = (u: ControlUnit, p: XY) => {
    line ??= lines.of(advance.side, dayBefore(days, advance));
    const km = (i: number) => {
      const q = at(units[i]);
      return Math.hypot(p[0] - q[0], p[1] - q[1]);
    };
    return points.least(u.lon, u.lat, kmPerDeg, km, line);
  };
  const objectives = new Set(advance.axes.map((a) => a.objective.unit));
  // Only ground of the sides the objectives were taken from.
  const losers = new Set(advance.axes.map((a) => units[a.objective.unit].controller));
  const out = new Map<number, Reach>();
  // Only units in the region's box can be in it: the others are not asked (in unit order, as all were).
  for (const i of points.within(regionBox(region, units, advance, 0))) {
    const u = units[i];
    if (!withCell[i] || u.kind === 'neighbourhood' || objectives.has(i) || !losers.has(u.controller))
      continue;
    const p = at(u);
    const hullKm = toHull(region, p, 0);
    if (!(hullKm <= region.reach) || pastObjective(region, p, hullKm)) continue;
    let best: Reach | null = null;
    let toLine: number | undefined;
    advance.axes.forEach((axis, k) => {
      const km = segmentDistance(p, region.ways[k][0], region.ways[k][1]);
      // An advance fans out no wider to either side than it is long, unless the ground it was
      // reported to take needs more (its reach, from the figures).
      if ((best && km >= best.km) || km > Math.max(NARROW_KM, axis.lengthKm, region.reach)) return;
      toLine ??= toLineOf(u, p);
      const t = progress(toLine, region.ways[k][1], p);
      if (t <= axis.reach) best = { km, day: dayReached(axis, t), axis };
    });
    if (best) out.set(i, best);
  }
  return out;
}

/** True when a unit is still as on the baseline and held by another side. */
function open(state: UnitState, side: Camp): boolean {
  return state.status === 'held' && state.controller !== side && state.controller !== 'contested';
}

/** What the zones would show for an extent at a width (as mappedFor, before the assessment is applied). */
function measure(
  days: DayState[],
  units: ControlUnit[],
  reaches: Map<number, Reach>,
  widthKm: number,
  e: Extent,
  start: string,
  areaOf: (i: number) => number,
): number {
  const from = e.from ?? start;
  const before = lastDay(days, from) ?? days[0];
  const at = lastDay(days, e.to, true);
  if (!at) return 0;
  let sum = 0;
  units.forEach((u, i) => {
    if (before.states[i].controller === e.side) return;
    if (e.within.length && !e.within.some((g) => booleanPointInPolygon([u.lon, u.lat], g))) return;
    const claimed = at.states[i].controller === e.side;
    const r = reaches.get(i);
    const assessed =
      !claimed && r && r.km <= widthKm && r.day <= e.to && r.day >= from && open(at.states[i], e.side);
    if (!claimed && !assessed) return;
    sum += areaTarget(e) ? areaOf(i) : countOf(e, u, areaOf(i));
  });
  return sum;
}

function fitWidth(
  days: DayState[],
  units: ControlUnit[],
  reaches: Map<number, Reach>,
  extents: Extent[],
  start: string,
  areaOf: (i: number) => number,
): number {
  const floor = extents.map((e) => measure(days, units, reaches, 0, e, start, areaOf));
  const targets = extents.map(areaTarget);
  let best = 0;
  let bestErr = Infinity;
  for (let w = 0; w <= WIDEST_KM + 1e-9; w += STEP_KM) {
    const m = extents.map((e) => measure(days, units, reaches, w, e, start, areaOf));
    if (m.some((v, k) => v > Math.max(targets[k]?.bound ?? extents[k].bound, floor[k]))) break;
    // Areas and counts of settlements (as the area they hold) are aimed at; counts of a city's
    // parts only bound here (assessCityParts takes them).
    const err = targets.reduce((s, t, k) => s + (t ? Math.abs(m[k] - t.value) / t.value : 0), 0);
    if (err < bestErr - 1e-9) [best, bestErr] = [w, err];
  }
  return best;
}

function applyWidth(
  days: DayState[],
  units: ControlUnit[],
  reaches: Map<number, Reach>,
  widthKm: number,
  side: Camp,
  extents: Extent[],
  owned: WeakSet<UnitState[]>,
): DayState[] {
  const taken = [...reaches].filter(([, r]) => r.km <= widthKm);
  if (!taken.length) return days;
  const extentIds = [...new Set(extents.map((e) => e.incident))];
  const axisFor = new Map<Axis, ControlAxis>();
  const basisFor = new Map<Axis, string[]>();
  // A day this advance leaves as it was is kept as it is; a day's lists are copied on its first
  // change in this assessment only, then written in place (`owned`): copying every later day's
  // states once per advance made the pass advances × days × units.
  // By the day the front reaches them (stable: the units a day reaches stay in the map's order,
  // the order of that day's changes), so a day looks only at the units reached by then.
  taken.sort((a, b) => (a[1].day < b[1].day ? -1 : a[1].day > b[1].day ? 1 : 0));
  // Every later day looks at every unit reached by then (days × units reached: the pass's cost),
  // so what it reads of each is laid out flat: the unit, whether it is a place a change names,
  // its state once made. A cell's assessed state is the same every day from the day the front
  // reaches it: made once and shared by those days, so the zones see an unchanged cell as the
  // same object.
  const n = taken.length;
  const unitAt = new Int32Array(n);
  const named = new Uint8Array(n);
  const stateAt: (UnitState | undefined)[] = new Array<UnitState | undefined>(n).fill(undefined);
  for (let t = 0; t < n; t++) {
    unitAt[t] = taken[t][0];
    named[t] = units[taken[t][0]].kind !== 'ground' ? 1 : 0;
  }
  const stateOf = (t: number): UnitState => {
    let state = stateAt[t];
    if (state) return state;
    const r = taken[t][1];
    let axis = axisFor.get(r.axis);
    if (!axis) axisFor.set(r.axis, (axis = axisOf(r.axis, units)));
    let shared = basisFor.get(r.axis);
    if (!shared) basisFor.set(r.axis, (shared = [...new Set([...r.axis.objective.incidents, ...extentIds])]));
    state = {
      controller: side,
      status: 'assessed',
      by: side,
      basis: [...shared],
      since: r.day,
      placeIds: [],
      axes: [axis],
      extents,
    };
    return (stateAt[t] = state);
  };
  let reached = 0;
  return days.map((day) => {
    let states = day.states;
    let changes = day.changes;
    let copied = owned.has(states);
    const inPlace = copied;
    while (reached < n && taken[reached][1].day <= day.date) reached++;
    for (let t = 0; t < reached; t++) {
      const i = unitAt[t];
      const s = states[i];
      // open(s, side), inline: a unit still as on the baseline and held by another side.
      if (s.status !== 'held' || s.controller === side || s.controller === 'contested') continue;
      if (!copied) {
        [states, changes, copied] = [day.states.slice(), day.changes.slice(), true];
        owned.add(states);
      }
      const state = stateOf(t);
      states[i] = state;
      if (named[t] && taken[t][1].day === day.date)
        changes.push(assessedChange(units[i], day.date, side, state.basis));
    }
    return copied && !inPlace ? { ...day, states, changes } : day;
  });
}

function axisOf(a: Axis, units: ControlUnit[]): ControlAxis {
  return {
    from: units[a.front[0].unit].name,
    to: units[a.objective.unit].name,
    placeIds: a.objective.placeIds,
    side: a.side,
    days: [a.start, a.objective.date],
    incidents: a.objective.incidents,
  };
}

/** The change of a unit assessed as `to`'s from `date`, on the strength of `incidents`. */
function assessedChange(unit: ControlUnit, date: string, to: Camp, incidents: string[]): ControlChange {
  return {
    unit: unit.id,
    name: unit.name,
    placeIds: [],
    date,
    from: unit.controller,
    to,
    status: 'assessed',
    incidents,
  };
}
