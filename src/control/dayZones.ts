// One day's map layers from the units' states: dissolved zones, front lines and a summary
// point. The cells are built once (createDayZones) and reused for every day.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type {
  ControlAxis,
  ControlChange,
  ControlClaimFigure,
  ControlFeature,
  ControlProps,
  ControlStatus,
  Side,
} from '../types/model.ts';
import type { ControlUnit } from './baseline.ts';
import type { DayState, UnitState } from './applyClaims.ts';
import type { Extent } from './extents.ts';
import { STATUS_RANK } from './claimOutcome.ts';
import { buildCells, type CellSet } from './voronoiCells.ts';
import { dissolve } from './dissolve.ts';
import { frontLines } from './frontLine.ts';

const NAMES: Record<string, string> = {
  opposition: 'Opposition',
  government: 'Government',
  sna: 'SNA (Turkish-backed)',
  sdf: 'SDF',
  contested: 'Contested',
};
const QUALIFIER: Record<ControlStatus, string> = {
  held: '',
  confirmed: ' (confirmed)',
  claimed: ' (claimed)',
  assessed: ' (assessed advance)',
  contested: '',
};

/** Map label for a zone: "Government", "Opposition (claimed)", "Opposition (assessed advance)", "Contested". */
export function zoneLabel(controller: string, status: ControlStatus): string {
  const name = NAMES[controller] ?? controller;
  return controller === 'contested' ? name : `${name}${QUALIFIER[status] ?? ''}`;
}

/** True for zones the app marks by pattern: anything not held as on the baseline or confirmed. */
export function isUncertain(status: ControlStatus): boolean {
  return status !== 'held' && status !== 'confirmed';
}

/** The territorial figures a day's features carry. */
export interface DayFigures {
  /** Figures reported up to the day, for its summary. */
  figures: ControlClaimFigure[];
  /** The figure for an extent, so zones and the summary list the same one. */
  figureOf(e: Extent): ControlClaimFigure;
}

const NO_FIGURES: DayFigures = {
  figures: [],
  figureOf: (e) => ({
    incident: e.incident,
    date: e.to,
    what: e.what,
    value: e.value,
    qualifier: e.qualifier,
    article: e.article,
  }),
};

function round(ring: Position[]): Position[] {
  return ring.map(([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
}

function union(lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort();
}

export interface DayZones {
  cells: CellSet;
  /** Units that have a cell, by cell index. */
  cellUnits: number[];
  /** The features of one day. */
  features(day: DayState, figures?: DayFigures): ControlFeature[];
  /**
   * The same for days given in date order: a zone whose cells and unit states are as on the
   * previous call keeps that call's geometry and properties (re-dated), and the front lines are
   * kept while no cell changes hands, so a day costs what changed on it, not every unit.
   */
  nextFeatures(day: DayState, figures?: DayFigures): ControlFeature[];
  /** km² of unit i's cell (0 for a city whose neighbourhoods stand for it). */
  areaOf(unit: number): number;
}

/**
 * Prepares cells for `units` inside `border`; cities that have neighbourhood units get no cell
 * of their own (their neighbourhoods stand for them).
 *
 * @example createDayZones(units, syria).features(days[0]).filter((f) => f.properties.layer === 'zone');
 */
export function createDayZones(units: ControlUnit[], border: Polygon | MultiPolygon): DayZones {
  const parents = new Set(units.map((u) => u.parent).filter(Boolean));
  const sited = units.map((_, i) => i).filter((i) => !parents.has(units[i].id));
  const sites: Position[] = sited.map((i) => [units[i].lon, units[i].lat]);
  const cells = cachedCells(sites, border);
  const cellUnits = cells.cells.map((c) => sited[c.site]);
  const area = new Float64Array(units.length);
  cells.cells.forEach((c, k) => (area[cellUnits[k]] += c.areaKm2));
  let previous: DayMemo | undefined;
  return {
    cells,
    cellUnits,
    features: (day, figures = NO_FIGURES) => dayFeatures(units, cells, cellUnits, day, figures),
    nextFeatures: (day, figures = NO_FIGURES) => {
      const memo: DayMemo = { zones: new Map(), fronts: undefined };
      const out = dayFeatures(units, cells, cellUnits, day, figures, previous, memo);
      previous = memo;
      return out;
    },
    areaOf: (i) => area[i] ?? 0,
  };
}

// The worker rebuilds control for every pasted article over the same baseline: keep the last
// cells (they depend only on the sites and the border) instead of clipping them again.
let lastCells: { border: Polygon | MultiPolygon; key: string; cells: CellSet } | undefined;

function cachedCells(sites: Position[], border: Polygon | MultiPolygon): CellSet {
  const key = sites.map(([x, y]) => `${x},${y}`).join(';');
  if (lastCells?.border === border && lastCells.key === key) return lastCells.cells;
  const cells = buildCells(sites, border);
  lastCells = { border, key, cells };
  return cells;
}

function changeOf(unit: ControlUnit, s: UnitState): ControlChange {
  return {
    unit: unit.id,
    name: unit.name,
    placeIds: s.placeIds,
    date: s.since,
    from: unit.controller,
    to: s.controller as Side | 'contested',
    status: s.status,
    incidents: s.basis,
  };
}

/** What a day's features were built from, for the next day's to reuse (nextFeatures). */
interface DayMemo {
  /** By zone key (controller|status): its cells, their units' states and its feature. */
  zones: Map<string, { members: number[]; states: UnitState[]; feature: ControlFeature }>;
  /** Each cell's controller and the front lines between them, rounded. */
  fronts:
    { controllers: string[]; lines: Map<string, { cells: number[]; coordinates: Position[][] }> } | undefined;
}

const sameList = (x: readonly unknown[], y: readonly unknown[]) =>
  x === y || (x.length === y.length && x.every((v, i) => v === y[i]));

/**
 * True when two states show the same on a zone and its changes: controller, status, basis,
 * places, since, axes (by content) and extents (the same objects).
 */
function sameState(a: UnitState, b: UnitState): boolean {
  if (a === b) return true;
  if (a.controller !== b.controller || a.status !== b.status || a.since !== b.since) return false;
  if (!sameList(a.basis, b.basis) || !sameList(a.placeIds, b.placeIds)) return false;
  if (!sameList(a.extents ?? [], b.extents ?? [])) return false;
  const [x, y] = [a.axes ?? [], b.axes ?? []];
  return (
    x.length === y.length &&
    x.every((axis, i) => axis === y[i] || JSON.stringify(axis) === JSON.stringify(y[i]))
  );
}

/** True when a zone made of `members` with these states shows exactly what `was` showed. */
function sameZone(
  was: { members: number[]; states: UnitState[] },
  members: number[],
  states: UnitState[],
): boolean {
  if (was.members.length !== members.length) return false;
  for (let i = 0; i < members.length; i++) {
    if (was.members[i] !== members[i]) return false;
    if (!sameState(was.states[i], states[i])) return false;
  }
  return true;
}

function dayFeatures(
  units: ControlUnit[],
  cells: CellSet,
  cellUnits: number[],
  day: DayState,
  figures: DayFigures,
  previous?: DayMemo,
  memo?: DayMemo,
): ControlFeature[] {
  // Groups by controller|status, numbered in the order of their first cell.
  const keys: string[] = [];
  const index = new Map<string, Map<string, number>>();
  const groupOf = cellUnits.map((u) => {
    const { controller, status } = day.states[u];
    let byStatus = index.get(controller);
    if (!byStatus) index.set(controller, (byStatus = new Map()));
    let g = byStatus.get(status);
    if (g === undefined) byStatus.set(status, (g = keys.push(`${controller}|${status}`) - 1));
    return g;
  });
  const members = keys.map(() => [] as number[]);
  groupOf.forEach((g, c) => members[g].push(c));
  // Zones that show what they showed on the previous day are taken over, not dissolved again.
  const kept = keys.map((key, g) => {
    const was = previous?.zones.get(key);
    return was &&
      sameZone(
        was,
        members[g],
        members[g].map((c) => day.states[cellUnits[c]]),
      )
      ? was
      : null;
  });
  const polysOf = dissolve(
    cells,
    groupOf.map((g) => (kept[g] ? -1 : g)),
  );
  const features: ControlFeature[] = [];
  const gains: Partial<Record<Side, number>> = {};
  let contestedKm2 = 0;
  for (let g = 0; g < keys.length; g++) {
    for (const c of members[g]) {
      const u = cellUnits[c];
      const to = day.states[u].controller;
      if (to === 'contested') contestedKm2 += cells.cells[c].areaKm2;
      else if (to !== units[u].controller) gains[to] = (gains[to] ?? 0) + cells.cells[c].areaKm2;
    }
    const was = kept[g];
    const feature: ControlFeature = was
      ? {
          type: 'Feature',
          properties: { ...was.feature.properties, date: day.date },
          geometry: was.feature.geometry,
        }
      : zoneFeature(units, cells, cellUnits, day, figures, keys[g], members[g], polysOf.get(g) ?? []);
    memo?.zones.set(keys[g], {
      members: members[g],
      states: members[g].map((c) => day.states[cellUnits[c]]),
      feature,
    });
    features.push(feature);
  }
  features.push(...frontFeatures(cells, cellUnits, day, previous, memo));
  features.push(summaryFeature(units, day, gains, contestedKm2, figures.figures));
  return features;
}

/** One zone: the group `key` (controller|status) of cells `members`, dissolved to `polys`. */
function zoneFeature(
  units: ControlUnit[],
  cells: CellSet,
  cellUnits: number[],
  day: DayState,
  figures: DayFigures,
  key: string,
  members: number[],
  polys: Position[][][],
): ControlFeature {
  const [controller, status] = key.split('|') as [Side | 'contested', ControlStatus];
  const inGroup = members.map((c) => cellUnits[c]);
  const changed = inGroup.filter(
    (u) =>
      units[u].kind !== 'ground' &&
      (day.states[u].controller !== units[u].controller || day.states[u].basis.length),
  );
  const areaKm2 = members.reduce((sum, c) => sum + cells.cells[c].areaKm2, 0);
  const props: ControlProps = {
    layer: 'zone',
    controller,
    date: day.date,
    status,
    basis: union(inGroup.map((u) => day.states[u].basis)),
    areaKm2: Math.round(areaKm2 * 10) / 10,
    hatch: isUncertain(status),
    label: zoneLabel(controller, status),
    changes: changed.map((u) => changeOf(units[u], day.states[u])),
    source: 'derived',
  };
  const states = inGroup.map((u) => day.states[u]);
  const axes = axesOf(states);
  if (axes.length) props.axes = axes;
  const extents = [...new Set(states.flatMap((st) => st.extents ?? []))];
  if (extents.length) props.figures = extents.map((e) => figures.figureOf(e));
  return {
    type: 'Feature',
    properties: props,
    geometry: { type: 'MultiPolygon', coordinates: polys.map((p) => p.map(round)) },
  };
}

/** The distinct axes behind a zone's assessed ground. */
function axesOf(states: UnitState[]): ControlAxis[] {
  const out = new Map<string, ControlAxis>();
  for (const s of states)
    for (const a of s.axes ?? []) {
      const key = `${a.from}|${a.to}|${a.days.join('|')}`;
      if (!out.has(key)) out.set(key, a);
    }
  return [...out.values()];
}

function frontFeatures(
  cells: CellSet,
  cellUnits: number[],
  day: DayState,
  previous?: DayMemo,
  memo?: DayMemo,
): ControlFeature[] {
  const out: ControlFeature[] = [];
  const controllers = cellUnits.map((u) => day.states[u].controller);
  const was = previous?.fronts;
  const same = was && was.controllers.every((k, c) => k === controllers[c]);
  const byController = same
    ? was.lines
    : new Map(
        [...frontLines(cells, controllers)].map(([pair, f]) => [
          pair,
          { cells: f.cells, coordinates: f.lines.map(round) },
        ]),
      );
  if (memo) memo.fronts = { controllers, lines: byController };
  for (const [pair, front] of byController) {
    const [a, b] = pair.split('|') as [Side | 'contested', Side | 'contested'];
    const sides = front.cells.map((c) => day.states[cellUnits[c]]);
    const status = sides.reduce<ControlStatus>(
      (w, s) => (STATUS_RANK[s.status] < STATUS_RANK[w] ? s.status : w),
      'held',
    );
    out.push({
      type: 'Feature',
      properties: {
        layer: 'frontline',
        controller: a === 'contested' || b === 'contested' ? 'contested' : a,
        between: [a, b],
        date: day.date,
        status,
        basis: union(sides.map((s) => s.basis)),
        hatch: isUncertain(status),
        label: `${NAMES[a] ?? a} / ${NAMES[b] ?? b}`,
        source: 'derived',
      },
      geometry: { type: 'MultiLineString', coordinates: front.coordinates },
    });
  }
  return out;
}

function summaryFeature(
  units: ControlUnit[],
  day: DayState,
  gains: Partial<Record<Side, number>>,
  contestedKm2: number,
  figures: ControlClaimFigure[],
): ControlFeature {
  const changedUnits = day.changes.map((c) => units.find((u) => u.id === c.unit)!).filter(Boolean);
  const at = changedUnits.length ? changedUnits : units.filter((u) => u.parent === undefined);
  const lon = at.reduce((s, u) => s + u.lon, 0) / at.length;
  const lat = at.reduce((s, u) => s + u.lat, 0) / at.length;
  const rounded = Object.fromEntries(
    Object.entries(gains).map(([k, v]) => [k, Math.round((v ?? 0) * 10) / 10]),
  );
  return {
    type: 'Feature',
    properties: {
      layer: 'summary',
      controller: 'unknown',
      date: day.date,
      status: 'held',
      basis: union(day.changes.map((c) => c.incidents)),
      label: day.changes.length ? `${day.changes.length} place(s) changed` : 'No change',
      changes: day.changes,
      gainsKm2: rounded,
      contestedKm2: Math.round(contestedKm2 * 10) / 10,
      figures,
      source: 'derived',
    },
    geometry: { type: 'Point', coordinates: [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5] },
  };
}

/**
 * The features a reader shows on `day`: those of the latest date on or before it (control is
 * written for the baseline and the days it changes only).
 *
 * @example featuresAsOf(control, '2024-11-28').every((f) => f.properties.date <= '2024-11-28'); // true
 */
export function featuresAsOf(features: ControlFeature[], day: string): ControlFeature[] {
  let best = '';
  for (const f of features) {
    const d = f.properties.date;
    if (d <= day && d > best) best = d;
  }
  return best ? features.filter((f) => f.properties.date === best) : [];
}
