// The part of an area on the left of a directed line ("northern Syria" is the part of Syria
// north of a line across it), computed directly: each ring is cut where it crosses the line and
// the pieces are joined along it. The result is what Turf's `intersect` gives for the area and
// any polygon whose only edge near the area is that line — the same rings, vertices, order and
// start points (polyclip-ts's output form, below) — in well under a millisecond where Turf's
// general sweep takes 20–130 ms for a country (most of a one-report ingest's geoparse time).
// Turf's output form, reproduced here:
//   - rings start at their lowest of the leftmost vertices; exteriors run counter-clockwise,
//     holes clockwise;
//   - a vertex on the straight line through its neighbours is dropped (decided exactly: polyclip
//     reads coordinates as decimals; for gazetteer vertices that is integer arithmetic);
//   - polygons come in the order of their exteriors' first vertices (x, then y), holes likewise.
// Where an exact answer would need more than doubles give (a vertex within rounding of the
// line, a crossing that lines up with its neighbours), or the area is not simple rings
// (simpleRings.ts), clipLeftOf answers undefined and the caller asks Turf.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { compareExact, crossingPoint, exactPoint, orientExact, type ExactPoint } from './crossingPoint.ts';
import { orientInt, simpleRings, type SimplePolygon, type SimpleRing } from './simpleRings.ts';

/** Thrown when doubles cannot decide a test exactly; clipLeftOf then answers undefined. */
class TooClose extends Error {}

/**
 * A point of an output ring: an area vertex, with its coordinates × 1e5 (integers), or a
 * crossing (ix, iy NaN) with its exact decimals.
 */
interface Vertex {
  p: Position;
  ix: number;
  iy: number;
  exact?: ExactPoint;
}

/** Stretch of a ring inside the half-plane: entry crossing, vertices, exit crossing. */
interface Chain {
  pts: Vertex[];
  entry: number;
  exit: number;
  next?: Chain;
  used?: boolean;
}

/**
 * The part of `geom` left of the line from `from` to `to`; null when nothing of it is there;
 * undefined when the exact method cannot answer (then ask Turf's `intersect`).
 * @example clipLeftOf(square, [-5, 0.5], [5, 0.5]) // the square's half north of y = 0.5
 */
export function clipLeftOf(
  geom: Polygon | MultiPolygon,
  from: Position,
  to: Position,
): Polygon | MultiPolygon | null | undefined {
  const polys = simpleRings(geom);
  if (!polys) return undefined;
  try {
    const out: Vertex[][][] = [];
    for (const poly of polys) out.push(...clipPolygon(poly, new Line(from, to)));
    const canonical = out
      .map((rings) => rings.map((r, k) => canonicalRing(r, k === 0)))
      .filter((rings): rings is Vertex[][] => rings[0] !== null)
      .map(([exterior, ...holes]) => [
        exterior,
        ...holes.filter((r): r is Vertex[] => r !== null).sort(byStart),
      ]);
    canonical.sort((a, b) => byStart(a[0], b[0]));
    const coordinates = canonical.map((rings) => rings.map((r) => r.map((v) => [v.p[0], v.p[1]])));
    if (!coordinates.length) return null;
    return coordinates.length === 1
      ? { type: 'Polygon', coordinates: coordinates[0] }
      : { type: 'MultiPolygon', coordinates };
  } catch (err) {
    if (err instanceof TooClose) return undefined;
    throw err;
  }
}

/**
 * Points in polyclip-ts's sweep order: x, then y, on exact decimals (two crossings on a line
 * a hair off the vertical may print alike yet differ in their 20th decimal).
 */
function compareVertices(a: Vertex, b: Vertex): number {
  if (a.p[0] !== b.p[0]) return a.p[0] - b.p[0];
  if (!Number.isNaN(a.ix + b.ix)) return a.iy - b.iy;
  const [x, y] = [a.exact ?? exactPoint(a.p), b.exact ?? exactPoint(b.p)];
  return compareExact(x.x, y.x) || compareExact(x.y, y.y);
}

/** Rings (or polygons, by their exteriors) in the order of their first vertices. */
const byStart = (a: Vertex[], b: Vertex[]) => compareVertices(a[0], b[0]);

/** The line, with a side test that refuses to guess within rounding error. */
class Line {
  readonly dx: number;
  readonly dy: number;
  constructor(
    readonly from: Position,
    readonly to: Position,
  ) {
    this.dx = to[0] - from[0];
    this.dy = to[1] - from[1];
  }
  /** 1 left of the line, -1 right of it. */
  side(p: Position): number {
    const a = this.dx * (p[1] - this.from[1]);
    const b = this.dy * (p[0] - this.from[0]);
    if (Math.abs(a - b) <= 1e-14 * (Math.abs(a) + Math.abs(b))) throw new TooClose();
    return a > b ? 1 : -1;
  }
  /** Position along the line. */
  at(p: Position): number {
    return (p[0] - this.from[0]) * this.dx + (p[1] - this.from[1]) * this.dy;
  }
}

const vertex = (ring: SimpleRing, i: number): Vertex => ({
  p: ring.pts[i],
  ix: ring.int[2 * i],
  iy: ring.int[2 * i + 1],
});

/** One polygon's pieces left of the line, each as [exterior, ...holes]. */
function clipPolygon(poly: SimplePolygon, line: Line): Vertex[][][] {
  const sides = poly.map((r) => r.pts.map((p) => line.side(p)));
  const whole = (k: number) => poly[k].pts.map((_, i) => vertex(poly[k], i));
  if (sides[0].every((s) => s > 0)) return [poly.map((_, k) => whole(k))];
  if (sides[0].every((s) => s < 0)) return [];
  const chains: Chain[] = [];
  const keptHoles: Vertex[][] = [];
  for (let k = 0; k < poly.length; k++) {
    if (sides[k].every((s) => s > 0)) keptHoles.push(whole(k));
    else if (sides[k].some((s) => s > 0)) chains.push(...chainsOf(poly[k], sides[k], line));
  }
  // Along the line (the inside on its left), the stretches inside the polygon run from an exit to
  // the next entry: sorted by position, crossings alternate exit, entry, exit, entry …
  const ends = chains.flatMap((c) => [
    { at: c.exit, chain: c, exit: true },
    { at: c.entry, chain: c, exit: false },
  ]);
  ends.sort((a, b) => a.at - b.at);
  for (let i = 0; i < ends.length; i += 2) {
    const [a, b] = [ends[i], ends[i + 1]];
    if (!a.exit || b.exit || a.at === b.at || (i > 0 && ends[i - 1].at === a.at)) throw new TooClose();
    a.chain.next = b.chain;
  }
  const pieces: Vertex[][][] = [];
  for (const start of chains) {
    if (start.used) continue;
    const ring: Vertex[] = [];
    for (let c: Chain | undefined = start; c && !c.used; c = c.next) {
      c.used = true;
      ring.push(...c.pts);
    }
    pieces.push([ring]);
  }
  for (const hole of keptHoles) {
    const home = pieces.length === 1 ? pieces[0] : pieces.find((piece) => inside(piece[0], hole[0].p));
    if (!home) throw new TooClose();
    home.push(hole);
  }
  return pieces;
}

/** The stretches of a ring (which crosses the line) on its left, each between two crossings. */
function chainsOf(ring: SimpleRing, sides: number[], line: Line): Chain[] {
  const n = sides.length;
  const start = sides.findIndex((s, i) => s > 0 && sides[(i + n - 1) % n] < 0);
  const chains: Chain[] = [];
  let chain: Vertex[] = [];
  for (let step = 0; step < n; step++) {
    const i = (start + step) % n;
    const j = (i + 1) % n;
    if (sides[i] < 0) continue;
    if (!chain.length) chain.push(crossing(ring.pts[(i + n - 1) % n], ring.pts[i], line));
    chain.push(vertex(ring, i));
    if (sides[j] < 0) {
      chain.push(crossing(ring.pts[i], ring.pts[j], line));
      chains.push({ pts: chain, entry: line.at(chain[0].p), exit: line.at(chain[chain.length - 1].p) });
      chain = [];
    }
  }
  return chains;
}

/** Where an edge crosses the line (as Turf's clipper computes it). */
function crossing(p: Position, q: Position, line: Line): Vertex {
  const { at, exact } = crossingPoint(line.from, line.to, p, q);
  return { p: at, ix: NaN, iy: NaN, exact };
}

/**
 * The sign of the turn a → b → c (> 0 counter-clockwise, 0 in line), decided as polyclip-ts
 * decides it: on the vertices' decimals and the crossings' 20-place decimals.
 */
function orient(a: Vertex, b: Vertex, c: Vertex): number {
  if (!Number.isNaN(a.ix + b.ix + c.ix)) return Math.sign(orientInt(a.ix, a.iy, b.ix, b.iy, c.ix, c.iy));
  const l = (b.p[0] - a.p[0]) * (c.p[1] - a.p[1]);
  const r = (b.p[1] - a.p[1]) * (c.p[0] - a.p[0]);
  if (Math.abs(l - r) > 1e-14 * (Math.abs(l) + Math.abs(r))) return Math.sign(l - r);
  const ex = (v: Vertex) => v.exact ?? exactPoint(v.p);
  // polyclip's (ay − cy)(bx − cx) − (ax − cx)(by − cy) has the sign of the turn c → b → a.
  return -orientExact(ex(a), ex(b), ex(c));
}

/** Whether a point lies inside a ring (crossing number; refused when an edge passes too near). */
function inside(ring: Vertex[], p: Position): boolean {
  const q: Vertex = { p, ix: NaN, iy: NaN };
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[j], ring[i]];
    if (a.p[1] > p[1] !== b.p[1] > p[1] && orient(a, b, q) > 0 === b.p[1] > a.p[1]) odd = !odd;
  }
  return odd;
}

/**
 * A ring in Turf's output form: from its lowest leftmost vertex, vertices in line with their
 * neighbours dropped (in counter-clockwise order, as polyclip walks a ring), then exteriors
 * counter-clockwise and holes clockwise, closed. Null when nothing is left of it.
 */
function canonicalRing(ring: Vertex[], exterior: boolean): Vertex[] | null {
  const ccw = exterior ? ring : [...ring].reverse();
  let s = 0;
  for (let i = 1; i < ccw.length; i++) if (compareVertices(ccw[i], ccw[s]) < 0) s = i;
  const q = [...ccw.slice(s), ...ccw.slice(0, s)];
  const kept = [q[0]];
  let prev = q[0];
  for (let i = 1; i < q.length; i++) {
    const next = q[(i + 1) % q.length];
    if (orient(q[i], prev, next) === 0) continue;
    kept.push(q[i]);
    prev = q[i];
  }
  if (kept.length === 1) return null;
  if (orient(kept[0], prev, kept[1]) === 0) kept.shift();
  kept.push(kept[0]);
  if (!exterior) kept.reverse();
  return kept;
}
