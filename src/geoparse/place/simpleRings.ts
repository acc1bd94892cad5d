// An area's rings prepared for exact clipping (clipLeftOf): checked simple, oriented, and with
// their vertices as integers. Gazetteer areas are rounded to at most 5 decimals, so 1e5 × a
// coordinate is an integer below 2^25 and every orientation test between three vertices is a
// product of two such differences (< 2^52): exact in doubles, as Turf's clipper (polyclip-ts,
// with decimal arithmetic) sees it. Anything else — a finer coordinate, rings that touch or
// cross, a hole outside its polygon, parts inside one another — is left to Turf.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** One ring: its vertices once each (not closed), exterior counter-clockwise, holes clockwise. */
export interface SimpleRing {
  pts: Position[];
  /** 1e5 × the coordinates, interleaved x, y. */
  int: Float64Array;
}

/** A polygon: exterior ring first, then its holes. */
export type SimplePolygon = SimpleRing[];

const SCALE = 1e5;
const cache = new WeakMap<object, SimplePolygon[] | null>();

/** Twice the signed area of a, b, c from scaled integer coordinates (exact): > 0 counter-clockwise. */
export function orientInt(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/**
 * The rings of an area as simple, disjoint rings, or null when it is not such an area (or has
 * a coordinate finer than 5 decimals). Made once per geometry object.
 * @example simpleRings({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1], [0, 0]]] })![0][0].pts.length // 3
 */
export function simpleRings(geom: Polygon | MultiPolygon): SimplePolygon[] | null {
  let r = cache.get(geom);
  if (r === undefined) cache.set(geom, (r = prepare(geom)));
  return r;
}

function prepare(geom: Polygon | MultiPolygon): SimplePolygon[] | null {
  const polys: SimplePolygon[] = [];
  for (const p of geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates) {
    const poly: SimplePolygon = [];
    for (let k = 0; k < p.length; k++) {
      const ring = asRing(p[k], k === 0);
      if (!ring) return null;
      poly.push(ring);
    }
    if (!poly.length) return null;
    polys.push(poly);
  }
  return polys.length && noCrossings(polys) && nestedRight(polys) ? polys : null;
}

function asRing(coords: Position[], exterior: boolean): SimpleRing | null {
  const pts: Position[] = [];
  const xy: number[] = [];
  for (const p of coords) {
    const x = Math.round(p[0] * SCALE);
    const y = Math.round(p[1] * SCALE);
    if (x / SCALE !== p[0] || y / SCALE !== p[1]) return null;
    const n = xy.length;
    if (n && xy[n - 2] === x && xy[n - 1] === y) continue;
    pts.push(p);
    xy.push(x, y);
  }
  if (xy.length >= 4 && xy[0] === xy[xy.length - 2] && xy[1] === xy[xy.length - 1]) {
    pts.pop();
    xy.length -= 2;
  }
  if (pts.length < 3) return null;
  let area = 0;
  for (let i = 0, n = pts.length; i < n; i++) {
    const j = (i + 1) % n;
    area += (xy[2 * i] - xy[0]) * (xy[2 * j + 1] - xy[1]) - (xy[2 * j] - xy[0]) * (xy[2 * i + 1] - xy[1]);
  }
  if (area === 0) return null;
  if (area > 0 !== exterior) {
    pts.reverse();
    const rev: number[] = [];
    for (let i = xy.length - 2; i >= 0; i -= 2) rev.push(xy[i], xy[i + 1]);
    return { pts, int: Float64Array.from(rev) };
  }
  return { pts, int: Float64Array.from(xy) };
}

interface Edge {
  ring: SimpleRing;
  i: number;
  n: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * True when no two edges meet except consecutive edges of a ring at their shared vertex, and no
 * ring turns back on itself. A sweep over x: each edge is tested against the edges whose x
 * extent it overlaps.
 */
function noCrossings(polys: SimplePolygon[]): boolean {
  const edges: Edge[] = [];
  for (const poly of polys)
    for (const ring of poly) {
      const n = ring.pts.length;
      const a = ring.int;
      for (let i = 0; i < n; i++) {
        const j = (i + 1) % n;
        const [x0, x1] = a[2 * i] < a[2 * j] ? [a[2 * i], a[2 * j]] : [a[2 * j], a[2 * i]];
        const [y0, y1] =
          a[2 * i + 1] < a[2 * j + 1] ? [a[2 * i + 1], a[2 * j + 1]] : [a[2 * j + 1], a[2 * i + 1]];
        edges.push({ ring, i, n, x0, x1, y0, y1 });
      }
    }
  edges.sort((p, q) => p.x0 - q.x0);
  let active: Edge[] = [];
  for (const e of edges) {
    if (active.length > 32) active = active.filter((o) => o.x1 >= e.x0);
    for (const o of active) {
      if (o.x1 < e.x0 || o.y1 < e.y0 || e.y1 < o.y0) continue;
      if (meet(e, o)) return false;
    }
    active.push(e);
  }
  return true;
}

/** Whether two edges meet other than as consecutive edges of one ring at their shared vertex. */
function meet(e: Edge, o: Edge): boolean {
  const [ax, ay, bx, by] = ends(e);
  const [cx, cy, dx, dy] = ends(o);
  if (e.ring === o.ring && (o.i === (e.i + 1) % e.n || e.i === (o.i + 1) % o.n)) {
    // Consecutive: they share one vertex, and meet elsewhere only when the ring folds back.
    const [before, after] = o.i === (e.i + 1) % e.n ? [e, o] : [o, e];
    const [px, py, sx, sy] = ends(before);
    const [, , tx, ty] = ends(after);
    return orientInt(px, py, sx, sy, tx, ty) === 0 && (tx - sx) * (px - sx) + (ty - sy) * (py - sy) > 0;
  }
  const d1 = Math.sign(orientInt(ax, ay, bx, by, cx, cy));
  const d2 = Math.sign(orientInt(ax, ay, bx, by, dx, dy));
  const d3 = Math.sign(orientInt(cx, cy, dx, dy, ax, ay));
  const d4 = Math.sign(orientInt(cx, cy, dx, dy, bx, by));
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  const on = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.min(px, qx) <= rx && rx <= Math.max(px, qx) && Math.min(py, qy) <= ry && ry <= Math.max(py, qy);
  return (
    (d1 === 0 && on(ax, ay, bx, by, cx, cy)) ||
    (d2 === 0 && on(ax, ay, bx, by, dx, dy)) ||
    (d3 === 0 && on(cx, cy, dx, dy, ax, ay)) ||
    (d4 === 0 && on(cx, cy, dx, dy, bx, by))
  );
}

function ends(e: Edge): [number, number, number, number] {
  const a = e.ring.int;
  const j = (e.i + 1) % e.n;
  return [a[2 * e.i], a[2 * e.i + 1], a[2 * j], a[2 * j + 1]];
}

/** Exact: whether a vertex (scaled) lies inside a ring (no edge passes through it: checked before). */
export function insideInt(ring: SimpleRing, x: number, y: number): boolean {
  const a = ring.int;
  const n = ring.pts.length;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const [xi, yi, xj, yj] = [a[2 * i], a[2 * i + 1], a[2 * j], a[2 * j + 1]];
    if (yi > y !== yj > y && orientInt(xj, yj, xi, yi, x, y) > 0 === yi > yj) inside = !inside;
  }
  return inside;
}

/**
 * Holes inside their exterior and not inside one another; each polygon outside every other, or
 * inside one of its holes (an island in a lake).
 */
function nestedRight(polys: SimplePolygon[]): boolean {
  const first = (r: SimpleRing): [number, number] => [r.int[0], r.int[1]];
  for (const poly of polys)
    for (let k = 1; k < poly.length; k++) {
      if (!insideInt(poly[0], ...first(poly[k]))) return false;
      for (let m = 1; m < poly.length; m++)
        if (m !== k && insideInt(poly[m], ...first(poly[k]))) return false;
    }
  for (const p of polys)
    for (const q of polys)
      if (p !== q && insideInt(q[0], ...first(p[0])) && !q.slice(1).some((h) => insideInt(h, ...first(p[0]))))
        return false;
  return true;
}
