// One day's map layers from the units' states: dissolved zones, front lines and a summary
// point. The cells are built once (createDayZones) and reused for every day.
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type {
  ControlAxis,
  ControlClaimFigure,
  ControlFeature,
  ControlProps,
  ControlStatus,
  Side,
} from '../../types/model.ts';
import type { ControlUnit } from '../ground/baseline.ts';
import type { DayState, UnitState } from '../claims/applyClaims.ts';
import type { Extent } from '../claims/extents.ts';
import { buildCells, type CellSet } from '../ground/voronoiCells.ts';
import { polygonsOf } from './dissolve.ts';
import { chainLines } from './frontLine.ts';
import { roundDegrees } from '../../gazetteer/geometryUtils.ts';
import { lowerBound } from '../../gazetteer/lowerBound.ts';
import { decodeCells, encodeCells, KeyHash, type ControlMemo } from '../controlMemo.ts';

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

function insert(list: number[], c: number): void {
  list.splice(
    lowerBound(list, (d) => d < c),
    0,
    c,
  );
}

function remove(list: number[], c: number): void {
  const i = lowerBound(list, (d) => d < c);
  if (list[i] === c) list.splice(i, 1);
}

function union(lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort();
}

export interface DayZones {
  cells: CellSet;
  /** Units that have a cell, by cell index. */
  cellUnits: number[];
  /** The features of one day alone: its zones and summary with every cell, outline and front in force. */
  features(day: DayState, figures?: DayFigures): ControlFeature[];
  /**
   * The zones and summary of days given in date order: a zone whose cells and unit states are
   * as on the previous call keeps that call's properties (re-dated), so a day costs what changed
   * on it, not every unit. The cells', outlines' and fronts' intervals are kept for `intervals`.
   */
  nextFeatures(day: DayState, figures?: DayFigures): ControlFeature[];
  /**
   * After the last nextFeatures: each cell once per state, each zone outline and front edge once
   * per stretch of days, from the day it began until the day it ended (`until`, absent: still).
   */
  intervals(): ControlFeature[];
  /** km² of unit i's cell (0 for a city whose neighbourhoods stand for it). */
  areaOf(unit: number): number;
}

/**
 * Prepares cells for `units` inside `border`; cities that have neighbourhood units get no cell
 * of their own (their neighbourhoods stand for them).
 *
 * @example createDayZones(units, syria).features(days[0]).filter((f) => f.properties.layer === 'cell');
 */
export function createDayZones(
  units: ControlUnit[],
  border: Polygon | MultiPolygon,
  memo?: ControlMemo,
): DayZones {
  const parents = new Set(units.map((u) => u.parent).filter(Boolean));
  const sited = units.map((_, i) => i).filter((i) => !parents.has(units[i].id));
  const sites: Position[] = sited.map((i) => [units[i].lon, units[i].lat]);
  const cells = cachedCells(sites, border, memo);
  const cellUnits = cells.cells.map((c) => sited[c.site]);
  const area = new Float64Array(units.length);
  cells.cells.forEach((c, k) => (area[cellUnits[k]] += c.areaKm2));
  const edges = indexEdges(cells);
  const tracker = new ZoneTracker(units, cells, cellUnits, edges);
  return {
    cells,
    cellUnits,
    features: (day, figures = NO_FIGURES) => {
      const once = new ZoneTracker(units, cells, cellUnits, edges);
      return [...once.day(day, figures), ...once.intervals()];
    },
    nextFeatures: (day, figures = NO_FIGURES) => tracker.day(day, figures),
    intervals: () => tracker.intervals(),
    areaOf: (i) => area[i] ?? 0,
  };
}

// The worker rebuilds control for every pasted article over the same baseline: keep the last
// cells (they depend only on the sites and the border) instead of clipping them again.
let lastCells: { border: Polygon | MultiPolygon; key: string; cells: CellSet } | undefined;

function cachedCells(sites: Position[], border: Polygon | MultiPolygon, memo?: ControlMemo): CellSet {
  const key = sites.map(([x, y]) => `${x},${y}`).join(';');
  if (lastCells?.border === border && lastCells.key === key) return lastCells.cells;
  const cells = memo ? memoCells(memo, sites, border) : buildCells(sites, border);
  lastCells = { border, key, cells };
  return cells;
}

/** buildCells through the memo, keyed by the sites and every vertex of the border. */
function memoCells(memo: ControlMemo, sites: Position[], border: Polygon | MultiPolygon): CellSet {
  const h = new KeyHash('cells').number(sites.length);
  for (const [x, y] of sites) h.number(x).number(y);
  const polygons = border.type === 'Polygon' ? [border.coordinates] : border.coordinates;
  h.number(polygons.length);
  for (const rings of polygons) {
    h.number(rings.length);
    for (const ring of rings) {
      h.number(ring.length);
      for (const [x, y] of ring) h.number(x).number(y);
    }
  }
  const key = h.digest();
  const stored = memo.get(key);
  if (stored)
    try {
      return decodeCells(stored);
    } catch {
      // Numbers that do not make cells: computed again below, and stored anew.
    }
  const cells = buildCells(sites, border);
  memo.set(key, encodeCells(cells));
  return cells;
}

const sameList = (x: readonly unknown[], y: readonly unknown[]) =>
  x === y || (x.length === y.length && x.every((v, i) => v === y[i]));

/**
 * True when two states show the same on a zone, a cell and a front line: controller, status,
 * basis, places, since, axes (by content) and extents (the same objects).
 */
function sameState(a: UnitState, b: UnitState): boolean {
  if (a === b) return true;
  if (a.controller !== b.controller || a.status !== b.status || a.since !== b.since) return false;
  if (!sameList(a.basis, b.basis) || !sameList(a.placeIds, b.placeIds)) return false;
  if (!sameList(a.extents ?? [], b.extents ?? [])) return false;
  const [x, y] = [a.axes ?? [], b.axes ?? []];
  return x.length === y.length && x.every((axis, i) => axis === y[i] || axisText(axis) === axisText(y[i]));
}

// An axis's JSON, made once per axis object (states made on different days may carry axes
// equal by content).
const axisTexts = new WeakMap<ControlAxis, string>();

function axisText(axis: ControlAxis): string {
  let text = axisTexts.get(axis);
  if (text === undefined) axisTexts.set(axis, (text = JSON.stringify(axis)));
  return text;
}

/**
 * Every cell's directed edges numbered in cell order (edge ids), the order dissolve and
 * chainLines scan them in.
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

/** A zone (controller|status) as last written: its cells in order and what they show. */
interface Group {
  key: string;
  controller: Side | 'contested';
  status: ControlStatus;
  /** Cells, ascending. */
  members: number[];
  /** Members whose cell counts in the summary: contested, or held by another than on the baseline. */
  counted: number[];
  /**
   * The last sum of the counted cells' areas (countedSum): the running total it began from and
   * ended at; null once `counted` changes. A day whose total reaches the group unchanged and
   * whose cells are the same ends at the same sum, added in the same order.
   */
  sum: { from: number | undefined; to: number | undefined } | null;
  /** Where its label goes: the site of a member cell near the middle of its cells (kept while a member). */
  point: Position | null;
  pointCell: number;
  feature: ControlFeature | null;
}

/**
 * `from` plus the areas of the group's counted cells, added one by one in cell order (from
 * undefined: 0 first). The summary's gains and contested km² are such running totals over the
 * day's groups; a group whose cells did not change, reached by the same total as on the day it
 * was last summed, ends at the same figure, so it is not added again (every later day of a
 * year's map has thousands of counted cells).
 */
function countedSum(group: Group, from: number | undefined, cells: CellSet): number | undefined {
  if (group.sum && group.sum.from === from) return group.sum.to;
  let to = from;
  for (const c of group.counted) to = (to ?? 0) + cells.cells[c].areaKm2;
  group.sum = { from, to };
  return to;
}

/**
 * What an owner (a cell's state, an edge's zone or front) was from day to day: the day index
 * each began, and what it was (−1 or undefined: none). One list per cell or edge, in day order.
 */
type History<T> = { from: number; what: T }[];

/**
 * The days' zones and summaries from what changed since the day before: each cell keeps its
 * state and zone, each edge the zone it outlines and the front it lies on, so a day costs one
 * pass comparing states, then work only for the cells whose state changed and the zones they
 * belong to. A zone nothing touched is the previous day's feature re-dated. Every change of a
 * cell's state, an edge's zone or front is noted with its day, for `intervals`.
 */
class ZoneTracker {
  private cellState: (UnitState | undefined)[];
  private cellGroup: Int32Array;
  private edgeGroup: Int32Array;
  private edgePair: Int32Array;
  private groups: Group[] = [];
  private groupIds = new Map<string, number>();
  private pairs: { key: string }[] = [];
  private pairIds = new Map<string, number>();
  private unitById = new Map<string, ControlUnit>();
  /** The cells' vertices as written, one array each, shared by every feature drawn with them. */
  private rounded: Position[];
  private dates: string[] = [];
  private cellHistory: History<UnitState>[];
  private outlineHistory = new Map<number, History<number>>();
  private frontHistory = new Map<number, History<number>>();

  constructor(
    private units: ControlUnit[],
    private cells: CellSet,
    private cellUnits: number[],
    private edges: EdgeIndex,
  ) {
    this.cellState = new Array(cellUnits.length);
    this.cellHistory = cellUnits.map(() => []);
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
          sum: null,
          point: null,
          pointCell: -1,
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
      p = this.pairs.push({ key }) - 1;
      this.pairIds.set(key, p);
    }
    return p;
  }

  private controllerOf(c: number): string {
    return this.groups[this.cellGroup[c]].controller;
  }

  day(day: DayState, figures: DayFigures): ControlFeature[] {
    const { units, cells, cellUnits, edges, groups } = this;
    const today = this.dates.push(day.date) - 1;
    const C = cellUnits.length;
    // 1. Cells whose state shows something new.
    const changed: number[] = [];
    for (let c = 0; c < C; c++) {
      const s = day.states[cellUnits[c]];
      const was = this.cellState[c];
      if (s === was) continue;
      this.cellState[c] = s;
      if (!was || !sameState(was, s)) {
        changed.push(c);
        this.cellHistory[c].push({ from: today, what: s });
      }
    }
    const redraw = new Set<number>(); // groups whose properties are built again
    const regroup = new Set<number>(); // groups whose cells changed
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
        groups[from].sum = null;
      }
      regroup.add(g);
      insert(groups[g].members, c);
      if (s.controller === 'contested' || s.controller !== units[cellUnits[c]].controller) {
        insert(groups[g].counted, c);
        groups[g].sum = null;
      }
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
      if (this.edgeGroup[e] !== outline) {
        this.edgeGroup[e] = outline;
        noteChange(this.outlineHistory, e, today, outline);
      }
      if (y <= x) return;
      const [cx, cy] = [this.controllerOf(x), this.controllerOf(y)];
      const pair = cx === cy ? -1 : this.pairId(cx, cy);
      if (this.edgePair[e] !== pair) {
        this.edgePair[e] = pair;
        noteChange(this.frontHistory, e, today, pair);
      }
    };
    for (const c of moved)
      for (let e = start[c]; e < start[c + 1]; e++) {
        visit(e);
        const n = neighbour[e];
        if (n >= 0) for (let f = start[n]; f < start[n + 1]; f++) if (neighbour[f] === c) visit(f);
      }
    // 3. Zones, in the order of their first cell.
    for (const g of regroup)
      if (!groups[g].members.length) {
        groups[g].feature = null;
        groups[g].point = null;
      }
    const order = groups
      .map((_, g) => g)
      .filter((g) => groups[g].members.length)
      .sort((x, y) => groups[x].members[0] - groups[y].members[0]);
    const features: ControlFeature[] = [];
    const gains: Partial<Record<Side, number>> = {};
    let contestedKm2 = 0;
    for (const g of order) {
      const group = groups[g];
      if (group.counted.length) {
        if (group.controller === 'contested') contestedKm2 = countedSum(group, contestedKm2, cells)!;
        else gains[group.controller] = countedSum(group, gains[group.controller], cells);
      }
      if (!group.point || (regroup.has(g) && this.cellGroup[group.pointCell] !== g)) {
        group.pointCell = this.middleOf(group.members);
        const u = units[cellUnits[group.pointCell]];
        group.point = [roundDegrees(u.lon), roundDegrees(u.lat)];
        group.feature = null;
      }
      if (!group.feature || redraw.has(g) || regroup.has(g))
        group.feature = zoneFeature(cells, cellUnits, day, figures, group, group.point);
      else
        group.feature = {
          type: 'Feature',
          properties: { ...group.feature.properties, date: day.date },
          geometry: group.feature.geometry,
        };
      features.push(group.feature);
    }
    features.push(summaryFeature(units, this.unitById, day, gains, contestedKm2, figures.figures));
    return features;
  }

  /** The member cell whose site is nearest the area-weighted middle of the members' sites. */
  private middleOf(members: number[]): number {
    const { units, cellUnits, cells } = this;
    let [x, y, w] = [0, 0, 0];
    for (const c of members) {
      const u = units[cellUnits[c]];
      const a = cells.cells[c].areaKm2 || 1e-9;
      x += u.lon * a;
      y += u.lat * a;
      w += a;
    }
    [x, y] = [x / w, y / w];
    let best = members[0];
    let bestD = Infinity;
    for (const c of members) {
      const u = units[cellUnits[c]];
      const d = (u.lon - x) ** 2 + (u.lat - y) ** 2;
      if (d < bestD) [best, bestD] = [c, d];
    }
    return best;
  }

  /**
   * The ground no change touched, merged per state; each other cell once per state it was in;
   * then each zone outline and each front line once per
   * stretch of days its edges kept it (edges that began and ended it on the same days chained
   * into lines), in the days given so far.
   */
  intervals(): ControlFeature[] {
    const { units, cells, cellUnits, edges, dates, groups } = this;
    const untilOf = (list: { from: number }[], k: number) => list[k + 1]?.from;
    const timed = (p: ControlProps, from: number, until: number | undefined): ControlProps => {
      p.date = dates[from];
      if (until !== undefined) p.until = dates[until];
      return p;
    };
    const out: ControlFeature[] = [];
    // Ground no state change touched all along is written merged, one piece per state: most of
    // a map's ground never changes hands.
    const still = new Map<string, { state: UnitState; cells: number[] }>();
    const mergedOf = new Int32Array(cellUnits.length).fill(-1);
    this.cellHistory.forEach((history, c) => {
      if (history.length !== 1 || history[0].from !== 0) return;
      const s = history[0].what;
      const key = `${s.controller}|${s.status}|${s.basis.join(',')}`;
      let group = still.get(key);
      if (!group) still.set(key, (group = { state: s, cells: [] }));
      group.cells.push(c);
    });
    [...still.values()].forEach((g, k) => g.cells.forEach((c) => (mergedOf[c] = k)));
    [...still.values()].forEach(({ state: s, cells: members }, k) => {
      const boundary: [number, number][] = [];
      for (const c of members)
        for (const e of cells.cells[c].edges)
          if (e.neighbour < 0 || mergedOf[e.neighbour] !== k) boundary.push([e.a, e.b]);
      const parts = polygonsOf(boundary, cells.vertices, this.rounded);
      if (!parts.length) return;
      out.push({
        type: 'Feature',
        properties: timed(
          {
            layer: 'cell',
            controller: s.controller as Side | 'contested',
            date: '',
            status: s.status,
            basis: s.basis,
          },
          0,
          undefined,
        ),
        geometry:
          parts.length === 1
            ? { type: 'Polygon', coordinates: parts[0] }
            : { type: 'MultiPolygon', coordinates: parts },
      });
    });
    this.cellHistory.forEach((history, c) => {
      if (!history.length || mergedOf[c] >= 0) return;
      const parts = polygonsOf(
        cells.cells[c].edges.map((e): [number, number] => [e.a, e.b]),
        cells.vertices,
        this.rounded,
      );
      if (!parts.length) return;
      const geometry: Polygon | MultiPolygon =
        parts.length === 1
          ? { type: 'Polygon', coordinates: parts[0] }
          : { type: 'MultiPolygon', coordinates: parts };
      const unit = units[cellUnits[c]];
      history.forEach(({ from, what: s }, k) => {
        const props = timed(
          {
            layer: 'cell',
            controller: s.controller as Side | 'contested',
            date: '',
            status: s.status,
            basis: s.basis,
          },
          from,
          untilOf(history, k),
        );
        props.unit = unit.id;
        props.name = unit.name;
        if (s.axes?.length) props.axes = s.axes;
        out.push({ type: 'Feature', properties: props, geometry });
      });
    });
    const lines = (history: Map<number, History<number>>, feature: (owner: number) => ControlProps) => {
      // owner|from|until → edge ids, in edge order.
      const stretches = new Map<string, { owner: number; from: number; until?: number; edges: number[] }>();
      for (const e of [...history.keys()].sort((x, y) => x - y)) {
        const list = history.get(e)!;
        list.forEach(({ from, what: owner }, k) => {
          if (owner < 0) return;
          const until = untilOf(list, k);
          const key = `${owner}|${from}|${until ?? ''}`;
          let st = stretches.get(key);
          if (!st) stretches.set(key, (st = { owner, from, until, edges: [] }));
          st.edges.push(e);
        });
      }
      const sorted = [...stretches.values()].sort(
        (x, y) => x.from - y.from || (x.until ?? Infinity) - (y.until ?? Infinity) || x.owner - y.owner,
      );
      for (const st of sorted) {
        const chained = chainLines(
          st.edges.map((e): [number, number] => [edges.a[e], edges.b[e]]),
          this.rounded,
        );
        const geometry: LineString | MultiLineString =
          chained.length === 1
            ? { type: 'LineString', coordinates: chained[0] }
            : { type: 'MultiLineString', coordinates: chained };
        out.push({ type: 'Feature', properties: timed(feature(st.owner), st.from, st.until), geometry });
      }
    };
    lines(this.outlineHistory, (g) => ({
      layer: 'outline',
      controller: groups[g].controller,
      date: '',
      status: groups[g].status,
      basis: [],
    }));
    lines(this.frontHistory, (p) => {
      const [a, b] = this.pairs[p].key.split('|') as [Side | 'contested', Side | 'contested'];
      return {
        layer: 'front',
        controller: a === 'contested' || b === 'contested' ? 'contested' : a,
        between: [a, b],
        date: '',
        status: 'held',
        basis: [],
        label: `${NAMES[a] ?? a} / ${NAMES[b] ?? b}`,
      };
    });
    return out;
  }
}

/** Notes that edge `e` belongs to `owner` (−1: none) from day `today` on. */
function noteChange(history: Map<number, History<number>>, e: number, today: number, owner: number): void {
  let list = history.get(e);
  if (!list) history.set(e, (list = []));
  const last = list[list.length - 1];
  if (last?.from === today) {
    last.what = owner;
    if (list.length > 1 && list[list.length - 2].what === owner) list.pop();
  } else if (last ? last.what !== owner : owner >= 0) list.push({ from: today, what: owner });
}

/**
 * One zone of a day: its area, and the figures that bounded an assessed zone, at its label
 * `point`. What moved its ground (basis, axes) is on its cells, written once per state.
 */
function zoneFeature(
  cells: CellSet,
  cellUnits: number[],
  day: DayState,
  figures: DayFigures,
  group: Group,
  point: Position,
): ControlFeature {
  const { controller, status, members } = group;
  const extents = new Set<Extent>();
  let areaKm2 = 0;
  for (const c of members) {
    areaKm2 += cells.cells[c].areaKm2;
    const s = day.states[cellUnits[c]];
    if (s.extents) for (const e of s.extents) extents.add(e);
  }
  const props: ControlProps = {
    layer: 'zone',
    controller,
    date: day.date,
    status,
    basis: [],
    areaKm2: Math.round(areaKm2 * 10) / 10,
    hatch: isUncertain(status),
    label: zoneLabel(controller, status),
    source: 'derived',
  };
  if (extents.size) props.figures = [...extents].map((e) => figures.figureOf(e));
  return { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: point } };
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

/** True when a feature is shown on `date`: written for it, or (an interval layer) in force then. */
export function inForce(p: ControlProps, date: string): boolean {
  return p.until === undefined && !INTERVAL_LAYERS.has(p.layer)
    ? p.date === date
    : p.date <= date && (p.until === undefined || date < p.until);
}

const INTERVAL_LAYERS = new Set<string>(['cell', 'outline', 'front']);

/**
 * The features a reader shows on `day`: those written for the latest date on or before it
 * (control is written for the baseline and the days it changes only), and the cells, outlines
 * and fronts in force then.
 *
 * @example featuresAsOf(control, '2024-11-28').every((f) => f.properties.date <= '2024-11-28'); // true
 */
export function featuresAsOf(features: ControlFeature[], day: string): ControlFeature[] {
  let best = '';
  for (const f of features) {
    const d = f.properties.date;
    if (d <= day && d > best) best = d;
  }
  return best ? features.filter((f) => inForce(f.properties, best)) : [];
}
