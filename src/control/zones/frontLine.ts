// The front line: every cell edge between units held by different controllers, chained into
// lines, one set of lines per pair of controllers.
import type { Position } from 'geojson';
import type { CellSet } from '../ground/voronoiCells.ts';

/**
 * Chains undirected segments (vertex id pairs) into polylines; segments in frontLines' order
 * (cell order) give its lines exactly.
 */
export function chainLines(segments: [number, number][], vertices: Position[]): Position[][] {
  const at = new Map<number, number[]>();
  const add = (v: number, i: number) => {
    const list = at.get(v);
    if (list) list.push(i);
    else at.set(v, [i]);
  };
  segments.forEach(([a, b], i) => {
    add(a, i);
    add(b, i);
  });
  const used = new Uint8Array(segments.length);
  const walk = (from: number, seg: number): number[] => {
    const path: number[] = [];
    let v = from;
    let s: number | undefined = seg;
    while (s !== undefined && !used[s]) {
      used[s] = 1;
      const [a, b] = segments[s];
      v = a === v ? b : a;
      path.push(v);
      s = (at.get(v) ?? []).find((n) => !used[n]);
    }
    return path;
  };
  const lines: Position[][] = [];
  // Start from line ends (vertices with one segment) first, then close remaining loops.
  const ends = [...at.keys()].filter((v) => at.get(v)!.length === 1);
  for (const v of [...ends, ...at.keys()])
    for (const s of at.get(v)!) {
      if (used[s]) continue;
      const ids = [v, ...walk(v, s)];
      if (ids.length >= 2) lines.push(ids.map((id) => vertices[id]));
    }
  return lines;
}

export interface Front {
  lines: Position[][];
  /** Cells on either side of the line. */
  cells: number[];
}

/**
 * Lines between cells of different keys, grouped by the unordered pair of keys (`a|b`, a < b),
 * with the cells along them. Cells whose key is null are skipped.
 *
 * @example frontLines(cells, keys).get('government|opposition')?.lines; // [[[lon, lat], …], …]
 */
export function frontLines(set: CellSet, keyOf: (string | null)[]): Map<string, Front> {
  const segs = new Map<string, { segments: [number, number][]; cells: Set<number> }>();
  set.cells.forEach((cell, c) => {
    const k = keyOf[c];
    if (k === null) return;
    for (const e of cell.edges) {
      if (e.neighbour <= c) continue;
      const n = keyOf[e.neighbour];
      if (n === null || n === k) continue;
      const pair = k < n ? `${k}|${n}` : `${n}|${k}`;
      let entry = segs.get(pair);
      if (!entry) segs.set(pair, (entry = { segments: [], cells: new Set() }));
      entry.segments.push([e.a, e.b]);
      entry.cells.add(c).add(e.neighbour);
    }
  });
  const out = new Map<string, Front>();
  for (const [pair, { segments, cells }] of segs)
    out.set(pair, { lines: chainLines(segments, set.vertices), cells: [...cells] });
  return out;
}
