// Dissolves cells into one MultiPolygon per group by dropping the edges two cells of the same
// group share and chaining the rest into rings: linear in the number of edges, no unions.
import type { Position } from 'geojson';
import type { CellSet } from '../ground/voronoiCells.ts';
import { boxOfRings } from '../../gazetteer/geometryUtils.ts';

function ringArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s / 2;
}

function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Chains directed boundary edges (vertex id pairs) into closed rings of vertex ids. */
function chain(edges: [number, number][]): number[][] {
  const out = new Map<number, number[]>();
  edges.forEach(([a], i) => {
    const list = out.get(a);
    if (list) list.push(i);
    else out.set(a, [i]);
  });
  const used = new Uint8Array(edges.length);
  const rings: number[][] = [];
  for (let start = 0; start < edges.length; start++) {
    if (used[start]) continue;
    const ids: number[] = [edges[start][0]];
    let e = start;
    while (!used[e]) {
      used[e] = 1;
      const b = edges[e][1];
      ids.push(b);
      const next = (out.get(b) ?? []).find((n) => !used[n]);
      if (next === undefined) break;
      e = next;
    }
    if (ids.length >= 4 && ids[0] === ids[ids.length - 1])
      for (const part of splitPinches(ids)) rings.push(part);
  }
  return rings;
}

/**
 * Splits a closed ring (vertex ids, first = last) that passes through a vertex twice — two
 * cells of a group meeting only at a corner — into simple rings, as GeoJSON requires.
 */
function splitPinches(ids: number[]): number[][] {
  const out: number[][] = [];
  const stack: number[] = [];
  const at = new Map<number, number>();
  for (const v of ids.slice(0, -1)) {
    const seen = at.get(v);
    if (seen !== undefined) {
      const loop = stack.splice(seen);
      for (const w of loop) at.delete(w);
      if (loop.length >= 3) out.push([...loop, v]);
    }
    at.set(v, stack.length);
    stack.push(v);
  }
  if (stack.length >= 3) out.push([...stack, stack[0]]);
  return out;
}

/** Outer rings (counter-clockwise) with the holes (clockwise) that fall inside them, by ring index. */
function assemble(rings: Position[][]): number[][] {
  const areas = rings.map(ringArea);
  const outers = rings
    .map((ring, i) => ({ ring, area: areas[i], box: boxOfRings([ring]), parts: [i] }))
    .filter((o) => o.area > 0);
  rings.forEach((hole, i) => {
    if (!(areas[i] < 0)) return;
    const [x, y] = hole[0];
    const host = outers
      .filter((o) => within(o.box, x, y) && inRing(hole[0], o.ring))
      .sort((a, b) => a.area - b.area)[0];
    host?.parts.push(i);
  });
  return outers.map((o) => o.parts);
}

/**
 * False only where inRing is false for certain: a point below, above or (by more than rounding)
 * beside a ring's box crosses none of its edges, or an even number of them.
 */
function within(box: [number, number, number, number], x: number, y: number): boolean {
  const slack = 1e-9 * (1 + Math.abs(x));
  return y >= box[1] && y <= box[3] && x >= box[0] - slack && x <= box[2] + slack;
}

/**
 * One MultiPolygon (coordinates) per group; `groupOf[c]` is the group of cell c, -1 to leave
 * it out. Groups with no cells are absent from the result.
 *
 * @example dissolve(cells, cells.cells.map((c) => (c.site < 10 ? 0 : 1))).get(0); // [[[…]]]
 */
export function dissolve(set: CellSet, groupOf: number[]): Map<number, Position[][][]> {
  const edgesByGroup = new Map<number, [number, number][]>();
  set.cells.forEach((cell, c) => {
    const g = groupOf[c];
    if (g < 0) return;
    let list = edgesByGroup.get(g);
    if (!list) edgesByGroup.set(g, (list = []));
    for (const e of cell.edges) if (e.neighbour < 0 || groupOf[e.neighbour] !== g) list.push([e.a, e.b]);
  });
  const result = new Map<number, Position[][][]>();
  for (const [g, edges] of edgesByGroup) result.set(g, polygonsOf(edges, set.vertices));
  return result;
}

/**
 * The MultiPolygon (coordinates) bounded by directed edges (vertex id pairs) — one group's
 * boundary as dissolve lists it: edges in cell order give dissolve's polygons exactly. Rings
 * are found with `vertices` and written with `out` (the same vertices rounded, say), by id.
 *
 * @example polygonsOf([[0, 1], [1, 2], [2, 0]], [[0, 0], [1, 0], [0, 1]]); // [[[[0, 0], [1, 0], [0, 1], [0, 0]]]]
 */
export function polygonsOf(
  edges: [number, number][],
  vertices: Position[],
  out: Position[] = vertices,
): Position[][][] {
  const ids = chain(edges);
  const rings = ids.map((ring) => ring.map((v) => vertices[v]));
  return assemble(rings).map((parts) =>
    parts.map((i) => (out === vertices ? rings[i] : ids[i].map((v) => out[v]))),
  );
}
