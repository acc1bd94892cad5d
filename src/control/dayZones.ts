// One day's map layers from the units' states: dissolved zones, front lines and a summary
// point. The cells are built once (createDayZones) and reused for every day.
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
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
import { polygonsOf } from './dissolve.ts';
import { chainLines } from './frontLine.ts';
import { roundDegrees } from '../gazetteer/geometryUtils.ts';

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

/** A vertex as written: degrees to 5 decimals (about a metre). */
function round([x, y]: Position): Position {
  return [roundDegrees(x), roundDegrees(y)];
}

/** Where `c` is or would go in an ascending list. */
function lowerBound(list: number[], c: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insert(list: number[], c: number): void {
  list.splice(lowerBound(list, c), 0, c);
}

function remove(list: number[], c: number): void {
  const i = lowerBound(list, c);
  if (list[i] === c) list.splice(i, 1);
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
  const edges = indexEdges(cells);
  const tracker = new ZoneTracker(units, cells, cellUnits, edges);
  return {
    cells,
    cellUnits,
    features: (day, figures = NO_FIGURES) =>
      new ZoneTracker(units, cells, cellUnits, edges).day(day, figures),
    nextFeatures: (day, figures = NO_FIGURES) => tracker.day(day, figures),
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

const sameList = (x: readonly unknown[], y: readonly unknown[]) =>
  x === y || (x.length === y.length && x.every((v, i) => v === y[i]));

/**
 * True when two states show the same on a zone, its changes and a front line: controller,
 * status, basis, places, since, axes (by content) and extents (the same objects).
 */
function sameState(a: UnitState, b: UnitState): boolean {
  if (a === b) return true;
  if (a.controller !== b.controller || a.status !== b.status || a.since !== b.since) return false;
  if (!sameList(a.basis, b.basis) || !sameList(a.placeIds, b.placeIds)) return false;
  if (!sameList(a.extents ?? [], b.extents ?? [])) return false;
  const [x, y] = [a.axes ?? [], b.axes ?? []];
  return x.length === y.length && x.every((axis, i) => axis === y[i] || axisText(axis) === axisText(y[i]));
}

// An axis's JSON, made once per axis object (assessed states are rebuilt each day with axes
// equal to the day before's).
const axisTexts = new WeakMap<ControlAxis, string>();

function axisText(axis: ControlAxis): string {
  let text = axisTexts.get(axis);
  if (text === undefined) axisTexts.set(axis, (text = JSON.stringify(axis)));
  return text;
}

/**
 * Every cell's directed edges numbered in cell order (edge ids), the order dissolve and
 * frontLines scan them in: a group's boundary or a pair's front, sorted by id, is the list they
 * would have built.
 */
interface EdgeIndex {
  /** Edge ids of cell c: start[c] … start[c + 1] − 1. */
  start: Int32Array;
  cell: Int32Array;
  neighbour: Int32Array;
  a: Int32Array;
  b: Int32Array;
}

function indexEdges(cells: CellSet): EdgeIndex {
  const n = cells.cells.reduce((sum, c) => sum + c.edges.length, 0);
  const ix: EdgeIndex = {
    start: new Int32Array(cells.cells.length + 1),
    cell: new Int32Array(n),
    neighbour: new Int32Array(n),
    a: new Int32Array(n),
    b: new Int32Array(n),
  };
  let e = 0;
  cells.cells.forEach((cell, c) => {
    ix.start[c] = e;
    for (const edge of cell.edges) {
      ix.cell[e] = c;
      ix.neighbour[e] = edge.neighbour;
      ix.a[e] = edge.a;
      ix.b[e] = edge.b;
      e++;
    }
  });
  ix.start[cells.cells.length] = e;
  return ix;
}

/** A zone (controller|status) as last written: its cells in order and what they drew. */
interface Group {
  key: string;
  controller: Side | 'contested';
  status: ControlStatus;
  /** Cells, ascending. */
  members: number[];
  /** Members whose cell counts in the summary: contested, or held by another than on the baseline. */
  counted: number[];
  /** Edge ids on its outline (an edge whose neighbour is in another group or outside). */
  outline: Set<number>;
  geometry: MultiPolygon | null;
  feature: ControlFeature | null;
}

/** A front line between two controllers as last written. */
interface Pair {
  key: string;
  /** Edge ids (each edge once, from its lower cell) between cells of the two controllers. */
  segments: Set<number>;
  /** The same, ascending (rebuilt when they change). */
  sorted: number[];
  geometry: MultiLineString | null;
  feature: ControlFeature | null;
}

/**
 * The day's features built from what changed since the day before: each cell keeps its state,
 * zone and outline edges, each front its edges, so a day costs one pass comparing states, then
 * work only for the cells whose state changed and the zones and fronts they belong to. A zone
 * or front nothing touched is the previous day's feature re-dated (the same geometry object).
 * The features are those dayFeatures built for each day from scratch, in the same order.
 */
class ZoneTracker {
  private cellState: (UnitState | undefined)[];
  private cellGroup: Int32Array;
  private edgeGroup: Int32Array;
  private edgePair: Int32Array;
  private groups: Group[] = [];
  private groupIds = new Map<string, number>();
  private pairs: Pair[] = [];
  private pairIds = new Map<string, number>();
  private unitById = new Map<string, ControlUnit>();
  /** The cells' vertices as written, one array each, shared by every feature drawn with them. */
  private rounded: Position[];

  constructor(
    private units: ControlUnit[],
    private cells: CellSet,
    private cellUnits: number[],
    private edges: EdgeIndex,
  ) {
    this.cellState = new Array(cellUnits.length);
    this.cellGroup = new Int32Array(cellUnits.length).fill(-1);
    this.edgeGroup = new Int32Array(edges.cell.length).fill(-1);
    this.edgePair = new Int32Array(edges.cell.length).fill(-1);
    for (const u of units) if (!this.unitById.has(u.id)) this.unitById.set(u.id, u);
    this.rounded = cells.vertices.map(round);
  }

  private groupId(controller: string, status: ControlStatus): number {
    const key = `${controller}|${status}`;
    let g = this.groupIds.get(key);
    if (g === undefined) {
      g =
        this.groups.push({
          key,
          controller: controller as Side | 'contested',
          status,
          members: [],
          counted: [],
          outline: new Set(),
          geometry: null,
          feature: null,
        }) - 1;
      this.groupIds.set(key, g);
    }
    return g;
  }

  private pairId(x: string, y: string): number {
    const key = x < y ? `${x}|${y}` : `${y}|${x}`;
    let p = this.pairIds.get(key);
    if (p === undefined) {
      p = this.pairs.push({ key, segments: new Set(), sorted: [], geometry: null, feature: null }) - 1;
      this.pairIds.set(key, p);
    }
    return p;
  }

  private controllerOf(c: number): string {
    return this.groups[this.cellGroup[c]].controller;
  }

  day(day: DayState, figures: DayFigures): ControlFeature[] {
    const { units, cells, cellUnits, edges, groups, pairs } = this;
    const C = cellUnits.length;
    // 1. Cells whose state shows something new.
    const changed: number[] = [];
    for (let c = 0; c < C; c++) {
      const s = day.states[cellUnits[c]];
      const was = this.cellState[c];
      if (s === was) continue;
      this.cellState[c] = s;
      if (!was || !sameState(was, s)) changed.push(c);
    }
    const redraw = new Set<number>(); // groups whose properties are built again
    const regroup = new Set<number>(); // groups whose cells changed
    const reshape = new Set<number>(); // groups whose outline changed
    const refront = new Set<number>(); // pairs whose cells' states changed
    const reline = new Set<number>(); // pairs whose edges changed
    const moved: number[] = [];
    for (const c of changed) {
      const s = this.cellState[c]!;
      const g = this.groupId(s.controller, s.status);
      redraw.add(g);
      const from = this.cellGroup[c];
      if (g === from) continue;
      if (from >= 0) {
        regroup.add(from);
        remove(groups[from].members, c);
        remove(groups[from].counted, c);
      }
      regroup.add(g);
      insert(groups[g].members, c);
      if (s.controller === 'contested' || s.controller !== units[cellUnits[c]].controller)
        insert(groups[g].counted, c);
      this.cellGroup[c] = g;
      moved.push(c);
    }
    // 2. The outline and front edges of moved cells, on both sides of each edge.
    const { start, neighbour } = edges;
    const visit = (e: number) => {
      const x = edges.cell[e];
      const y = neighbour[e];
      const gx = this.cellGroup[x];
      const outline = y < 0 || this.cellGroup[y] !== gx ? gx : -1;
      if (moveEdge(e, this.edgeGroup, outline, (g) => groups[g].outline, reshape))
        this.edgeGroup[e] = outline;
      if (y <= x) return;
      const [cx, cy] = [this.controllerOf(x), this.controllerOf(y)];
      const pair = cx === cy ? -1 : this.pairId(cx, cy);
      if (moveEdge(e, this.edgePair, pair, (p) => pairs[p].segments, reline)) this.edgePair[e] = pair;
    };
    for (const c of moved)
      for (let e = start[c]; e < start[c + 1]; e++) {
        visit(e);
        const n = neighbour[e];
        if (n >= 0) for (let f = start[n]; f < start[n + 1]; f++) if (neighbour[f] === c) visit(f);
      }
    // A front's status and basis come from the cells along it.
    for (const c of changed)
      for (let e = start[c]; e < start[c + 1]; e++) {
        const n = neighbour[e];
        if (n < 0) continue;
        const [cx, cy] = [this.controllerOf(c), this.controllerOf(n)];
        if (cx !== cy) refront.add(this.pairId(cx, cy));
      }
    // 3. Groups left without cells are drawn again from scratch if they come back.
    for (const g of regroup)
      if (!groups[g].members.length) {
        groups[g].feature = null;
        groups[g].geometry = null;
      }
    // 4. Zones, in the order of their first cell.
    const order = groups
      .map((_, g) => g)
      .filter((g) => groups[g].members.length)
      .sort((x, y) => groups[x].members[0] - groups[y].members[0]);
    const features: ControlFeature[] = [];
    const gains: Partial<Record<Side, number>> = {};
    let contestedKm2 = 0;
    for (const g of order) {
      const group = groups[g];
      for (const c of group.counted) {
        if (group.controller === 'contested') contestedKm2 += cells.cells[c].areaKm2;
        else gains[group.controller] = (gains[group.controller] ?? 0) + cells.cells[c].areaKm2;
      }
      if (!group.feature || reshape.has(g) || !group.geometry) {
        const boundary = [...group.outline]
          .sort((x, y) => x - y)
          .map((e): [number, number] => [edges.a[e], edges.b[e]]);
        group.geometry = {
          type: 'MultiPolygon',
          coordinates: polygonsOf(boundary, cells.vertices, this.rounded),
        };
        group.feature = null;
      }
      if (!group.feature || redraw.has(g) || regroup.has(g))
        group.feature = zoneFeature(units, cells, cellUnits, day, figures, group, group.geometry);
      else
        group.feature = {
          type: 'Feature',
          properties: { ...group.feature.properties, date: day.date },
          geometry: group.geometry,
        };
      features.push(group.feature);
    }
    // 5. Front lines, in the order of their first edge.
    const fronts = pairs.map((_, p) => p).filter((p) => pairs[p].segments.size);
    for (const p of reline) {
      const pair = pairs[p];
      pair.sorted = [...pair.segments].sort((x, y) => x - y);
      pair.geometry = null;
      pair.feature = null;
    }
    fronts.sort((x, y) => pairs[x].sorted[0] - pairs[y].sorted[0]);
    for (const p of fronts) {
      const pair = pairs[p];
      if (!pair.geometry) {
        const segments = pair.sorted.map((e): [number, number] => [edges.a[e], edges.b[e]]);
        pair.geometry = {
          type: 'MultiLineString',
          coordinates: chainLines(segments, this.rounded),
        };
      }
      pair.feature =
        pair.feature && !refront.has(p)
          ? {
              type: 'Feature',
              properties: { ...pair.feature.properties, date: day.date },
              geometry: pair.geometry,
            }
          : frontFeature(pair, this.cellStates(pair), day.date);
      features.push(pair.feature);
    }
    features.push(summaryFeature(units, this.unitById, day, gains, contestedKm2, figures.figures));
    return features;
  }

  /** The states of the cells on either side of a front. */
  private cellStates(pair: Pair): UnitState[] {
    const on = new Set<number>();
    for (const e of pair.sorted) on.add(this.edges.cell[e]).add(this.edges.neighbour[e]);
    return [...on].map((c) => this.cellState[c]!);
  }
}

/** One zone: a group's cells with the day's states, drawn as `geometry`. */
function zoneFeature(
  units: ControlUnit[],
  cells: CellSet,
  cellUnits: number[],
  day: DayState,
  figures: DayFigures,
  group: Group,
  geometry: MultiPolygon,
): ControlFeature {
  const { controller, status, members } = group;
  const basis = new Set<string>();
  const changes: ControlChange[] = [];
  const extents = new Set<Extent>();
  const axes = new Map<string, ControlAxis>();
  let areaKm2 = 0;
  for (const c of members) {
    const u = cellUnits[c];
    const s = day.states[u];
    areaKm2 += cells.cells[c].areaKm2;
    for (const b of s.basis) basis.add(b);
    if (units[u].kind !== 'ground' && (s.controller !== units[u].controller || s.basis.length))
      changes.push(changeOf(units[u], s));
    if (s.axes)
      for (const a of s.axes) {
        const key = `${a.from}|${a.to}|${a.days.join('|')}`;
        if (!axes.has(key)) axes.set(key, a);
      }
    if (s.extents) for (const e of s.extents) extents.add(e);
  }
  const props: ControlProps = {
    layer: 'zone',
    controller,
    date: day.date,
    status,
    basis: [...basis].sort(),
    areaKm2: Math.round(areaKm2 * 10) / 10,
    hatch: isUncertain(status),
    label: zoneLabel(controller, status),
    changes,
    source: 'derived',
  };
  if (axes.size) props.axes = [...axes.values()];
  if (extents.size) props.figures = [...extents].map((e) => figures.figureOf(e));
  return { type: 'Feature', properties: props, geometry };
}

/** One front line between the two controllers of `pair`, its status the weakest of the cells along it. */
function frontFeature(pair: Pair, sides: UnitState[], date: string): ControlFeature {
  const [a, b] = pair.key.split('|') as [Side | 'contested', Side | 'contested'];
  const status = sides.reduce<ControlStatus>(
    (w, s) => (STATUS_RANK[s.status] < STATUS_RANK[w] ? s.status : w),
    'held',
  );
  return {
    type: 'Feature',
    properties: {
      layer: 'frontline',
      controller: a === 'contested' || b === 'contested' ? 'contested' : a,
      between: [a, b],
      date,
      status,
      basis: union(sides.map((s) => s.basis)),
      hatch: isUncertain(status),
      label: `${NAMES[a] ?? a} / ${NAMES[b] ?? b}`,
      source: 'derived',
    },
    geometry: pair.geometry!,
  };
}

function summaryFeature(
  units: ControlUnit[],
  unitById: Map<string, ControlUnit>,
  day: DayState,
  gains: Partial<Record<Side, number>>,
  contestedKm2: number,
  figures: ControlClaimFigure[],
): ControlFeature {
  const changedUnits = day.changes.map((c) => unitById.get(c.unit)!).filter(Boolean);
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
    geometry: { type: 'Point', coordinates: [roundDegrees(lon), roundDegrees(lat)] },
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

/**
 * Moves edge `e` from the set of the owner `owners[e]` names to the set of `to` (−1: none),
 * noting both owners as touched. False when it already belongs to `to`.
 */
function moveEdge(
  e: number,
  owners: ArrayLike<number>,
  to: number,
  setOf: (owner: number) => Set<number>,
  touched: Set<number>,
): boolean {
  const from = owners[e];
  if (from === to) return false;
  if (from >= 0) {
    setOf(from).delete(e);
    touched.add(from);
  }
  if (to >= 0) {
    setOf(to).add(e);
    touched.add(to);
  }
  return true;
}
