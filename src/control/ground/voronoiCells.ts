// Voronoi cells of the control units, clipped to the border once per run. Cells keep shared
// vertex ids and each edge knows the cell across it, so a day's zones are dissolved by edge
// bookkeeping (dissolve.ts) instead of polygon unions.
import { Delaunay } from 'd3-delaunay';
import { area, booleanPointInPolygon, featureCollection, intersect, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { boundaryCrossings, clipToCell } from './clipToCell.ts';
import { boxOfRings } from '../../gazetteer/geometryUtils.ts';

export interface CellEdge {
  /** Vertex ids into CellSet.vertices. */
  a: number;
  b: number;
  /** Index of the cell across this edge, -1 on the border. */
  neighbour: number;
}

export interface Cell {
  /** Index of the site (unit) this cell belongs to. */
  site: number;
  /** Directed edges: outer rings counter-clockwise, holes clockwise. */
  edges: CellEdge[];
  areaKm2: number;
}

export interface CellSet {
  vertices: Position[];
  cells: Cell[];
}

// Voronoi distances in degrees of longitude shrink with latitude; scale x so cells are fair.
const MARGIN_DEG = 1;

function ringArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s / 2;
}

function segmentsCross(p: Position, q: Position, r: Position, s: Position): boolean {
  const d = (a: Position, b: Position, c: Position) =>
    (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  const d1 = d(r, s, p);
  const d2 = d(r, s, q);
  const d3 = d(p, q, r);
  const d4 = d(p, q, s);
  return d1 * d2 <= 0 && d3 * d4 <= 0;
}

/**
 * The border's edges in a grid of EDGE_CELL_DEG cells, each cell listing the edges whose box
 * overlaps it: `near(box)` gives every edge whose box may overlap a box, in border order.
 */
class BorderEdges {
  private cells = new Map<number, number[]>();

  constructor(readonly edges: [Position, Position][]) {
    edges.forEach(([p, q], i) => {
      const [x0, x1] = [Math.min(p[0], q[0]), Math.max(p[0], q[0])];
      const [y0, y1] = [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
      for (let cx = cellOf(x0); cx <= cellOf(x1); cx++)
        for (let cy = cellOf(y0); cy <= cellOf(y1); cy++) {
          const list = this.cells.get(keyOf(cx, cy));
          if (list) list.push(i);
          else this.cells.set(keyOf(cx, cy), [i]);
        }
    });
  }

  near([x0, y0, x1, y1]: number[]): number[] {
    const found = new Set<number>();
    for (let cx = cellOf(x0); cx <= cellOf(x1); cx++)
      for (let cy = cellOf(y0); cy <= cellOf(y1); cy++)
        for (const i of this.cells.get(keyOf(cx, cy)) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b);
  }
}

const EDGE_CELL_DEG = 0.25;
const cellOf = (v: number) => Math.floor(v / EDGE_CELL_DEG);
const keyOf = (cx: number, cy: number) => (cx + 4000) * 8000 + (cy + 4000);

/** True when a convex cell lies wholly inside the border: every vertex in, no border edge across. */
function whollyInside(
  ring: Position[],
  border: Feature<Polygon | MultiPolygon>,
  borderEdges: BorderEdges,
): boolean {
  const [x0, y0, x1, y1] = boxOfRings([ring]);
  const near = borderEdges.near([x0, y0, x1, y1]).filter((i) => {
    const [p, q] = borderEdges.edges[i];
    return !(
      Math.max(p[0], q[0]) < x0 ||
      Math.min(p[0], q[0]) > x1 ||
      Math.max(p[1], q[1]) < y0 ||
      Math.min(p[1], q[1]) > y1
    );
  });
  // No border edge near the cell: the border neither crosses it nor touches a vertex, so its
  // vertices lie all inside or all outside, and one tells.
  if (!near.length) return booleanPointInPolygon(ring[0], border);
  if (!ring.every((v) => booleanPointInPolygon(v, border))) return false;
  for (const k of near) {
    const [p, q] = borderEdges.edges[k];
    for (let i = 0; i + 1 < ring.length; i++) if (segmentsCross(ring[i], ring[i + 1], p, q)) return false;
  }
  return true;
}

/** Rings of a clipped piece, outers counter-clockwise and holes clockwise. */
function orientedRings(g: Polygon | MultiPolygon): Position[][] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: Position[][] = [];
  for (const poly of polys)
    poly.forEach((ring, k) => {
      const ccw = ringArea(ring) > 0;
      out.push(ccw === (k === 0) ? ring : [...ring].reverse());
    });
  return out;
}

/**
 * The border inside a convex cell by Sutherland–Hodgman when that is exact: every border
 * polygon without holes, crossing the cell boundary at most twice. Undefined otherwise, and an
 * empty MultiPolygon when the border misses the cell.
 */
function fastClip(cell: Position[], border: Polygon | MultiPolygon): MultiPolygon | undefined {
  const polys = border.type === 'Polygon' ? [border.coordinates] : border.coordinates;
  const parts: Position[][][] = [];
  for (const poly of polys) {
    if (poly.length > 1) return undefined;
    const crossings = boundaryCrossings(poly[0], cell);
    if (crossings > 2) return undefined;
    const piece = clipToCell(poly[0], cell);
    if (piece) parts.push([piece]);
  }
  return { type: 'MultiPolygon', coordinates: parts };
}

/**
 * Builds the cells of `sites` ([lon, lat]) inside `border`. Sites at the same position as an
 * earlier one get no cell.
 *
 * @example buildCells([[36.6, 35.9], [37.2, 36.2]], syria).cells.length; // 2
 */
export function buildCells(sites: Position[], border: Polygon | MultiPolygon): CellSet {
  const borderFeature: Feature<Polygon | MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: border,
  };
  const borderRings = border.type === 'Polygon' ? border.coordinates : border.coordinates.flat();
  const edgeList: [Position, Position][] = [];
  for (const r of borderRings) for (let i = 0; i + 1 < r.length; i++) edgeList.push([r[i], r[i + 1]]);
  const borderEdges = new BorderEdges(edgeList);
  const [bx0, by0, bx1, by1] = boxOfRings(borderRings);
  const k = Math.cos((((by0 + by1) / 2) * Math.PI) / 180);
  const delaunay = Delaunay.from(sites.map(([x, y]) => [x * k, y] as [number, number]));
  const voronoi = delaunay.voronoi([
    (bx0 - MARGIN_DEG) * k,
    by0 - MARGIN_DEG,
    (bx1 + MARGIN_DEG) * k,
    by1 + MARGIN_DEG,
  ]);

  const vertices: Position[] = [];
  const vertexIds = new Map<string, number>();
  const vid = (p: Position): number => {
    const key = `${Math.round(p[0] * 1e7)},${Math.round(p[1] * 1e7)}`;
    let id = vertexIds.get(key);
    if (id === undefined) {
      id = vertices.length;
      vertexIds.set(key, id);
      vertices.push([p[0], p[1]]);
    }
    return id;
  };
  const cells: Cell[] = [];
  // Directed edge a → b by number (vertex ids stay far below 2^26).
  const edgeKey = (a: number, b: number) => a * 67_108_864 + b;
  const owner = new Map<number, number>();
  for (let s = 0; s < sites.length; s++) {
    const raw = voronoi.cellPolygon(s);
    if (!raw) continue;
    let ring: Position[] = raw.map(([x, y]) => [x / k, y]);
    if (ringArea(ring) < 0) ring = ring.reverse();
    let rings: Position[][] = [ring];
    let km2: number;
    if (whollyInside(ring, borderFeature, borderEdges)) {
      km2 = area(polygon([ring])) / 1e6;
    } else {
      const clipped =
        fastClip(ring, border) ?? intersect(featureCollection([polygon([ring]), borderFeature]))?.geometry;
      if (!clipped) continue;
      rings = orientedRings(clipped);
      km2 = area(clipped) / 1e6;
    }
    const edges: CellEdge[] = [];
    for (const r of rings) {
      const ids = r.map(vid);
      for (let i = 0; i + 1 < ids.length; i++)
        if (ids[i] !== ids[i + 1]) edges.push({ a: ids[i], b: ids[i + 1], neighbour: -1 });
    }
    const c = cells.length;
    for (const e of edges) owner.set(edgeKey(e.a, e.b), c);
    cells.push({ site: s, edges, areaKm2: km2 });
  }
  for (const [c, cell] of cells.entries())
    for (const e of cell.edges) {
      const n = owner.get(edgeKey(e.b, e.a));
      e.neighbour = n === undefined || n === c ? -1 : n;
    }
  return { vertices, cells };
}
