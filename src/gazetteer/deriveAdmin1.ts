// Admin-1 polygons derived from data we may ship: each GeoNames place votes for the area its
// admin-1 code names; the Voronoi cell of every place goes to that area; the cells of one code
// are dissolved and clipped to the country border. Where places are dense the boundary falls
// between neighbouring towns of different areas, which is where real boundaries run; in empty
// desert it is only a guess.
import { Delaunay } from 'd3-delaunay';
import { bbox, bboxClip, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { ringArea } from './geometryUtils.ts';
import { pointInGeometry } from './pointInGeometry.ts';

export interface Seed {
  lon: number;
  lat: number;
  /** Admin-1 code the place belongs to, e.g. `SY.09`. */
  code: string;
}

/** Mean latitude scaling so Voronoi cells are built in (roughly) equal-distance space. */
function scaleFor(border: Polygon | MultiPolygon): number {
  const polys = border.type === 'Polygon' ? [border.coordinates] : border.coordinates;
  let sum = 0;
  let n = 0;
  for (const p of polys)
    for (const [, y] of p[0]) {
      sum += y;
      n++;
    }
  return Math.cos(((n ? sum / n : 0) * Math.PI) / 180);
}

/**
 * The union of convex cells as rings: an edge two cells of the union share appears once in
 * each direction and cancels; what is left is the union's boundary, chained into rings
 * (counter-clockwise outer rings, clockwise holes). Linear in the number of edges, where a
 * polygon union of thousands of cells is quadratic in practice.
 */
export function dissolveCells(cells: Position[][]): Position[][][] {
  const ids = new Map<string, number>();
  const points: Position[] = [];
  const vertex = (p: Position): number => {
    // Neighbouring cells share their vertices bit for bit, except where the bounding box cut
    // them: a key at 1e-9 of a unit joins both.
    const key = `${Math.round(p[0] * 1e9)},${Math.round(p[1] * 1e9)}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = points.push(p) - 1));
    return id;
  };
  const edges = new Map<string, [number, number]>();
  for (const cell of cells) {
    const ring = ringArea(cell) < 0 ? [...cell].reverse() : cell;
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = vertex(ring[i]);
      const b = vertex(ring[i + 1]);
      if (a === b) continue;
      const back = `${b}>${a}`;
      if (edges.has(back)) edges.delete(back);
      else edges.set(`${a}>${b}`, [a, b]);
    }
  }
  const from = new Map<number, number[]>();
  for (const [a, b] of edges.values()) {
    const list = from.get(a);
    if (list) list.push(b);
    else from.set(a, [b]);
  }
  const rings: Position[][] = [];
  for (const [start, outs] of from) {
    while (outs.length) {
      const ring: Position[] = [points[start]];
      let at = outs.pop()!;
      let guard = edges.size + 1;
      while (at !== start && guard-- > 0) {
        ring.push(points[at]);
        const next = from.get(at);
        if (!next?.length) break;
        at = next.pop()!;
      }
      if (at !== start || ring.length < 3) continue;
      ring.push(points[start]);
      rings.push(ring);
    }
  }
  const outers = rings.filter((r) => ringArea(r) > 0);
  const holes = rings.filter((r) => ringArea(r) < 0);
  const polys: Position[][][] = outers.map((r) => [r]);
  for (const h of holes) {
    const owner = polys.find((p) => pointInGeometry(h[0], { type: 'Polygon', coordinates: [p[0]] }));
    if (owner) owner.push(h);
  }
  return polys;
}

/** The part of an area inside a box (rings cut away entirely are dropped); null when none is. */
export function clipToBox(
  area: Feature<Polygon | MultiPolygon>,
  box: [number, number, number, number],
): Feature<Polygon | MultiPolygon> | null {
  const cut = bboxClip(area, box).geometry as Polygon | MultiPolygon;
  const ok = (r: Position[]) => r.length >= 4 && ringArea(r) !== 0;
  const parts: Position[][][] = cut.type === 'Polygon' ? [cut.coordinates] : cut.coordinates;
  const polys = parts.filter((p) => p.length > 0 && ok(p[0])).map((p) => p.filter(ok));
  if (polys.length === 0) return null;
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys } };
}

/**
 * One polygon per admin-1 code: the union of its seeds' Voronoi cells, clipped to `border`.
 * Codes with no seed get no polygon.
 * @example deriveAdmin1(syrianPlaces.map((p) => ({ lon: p.lon, lat: p.lat, code: p.admin1 })), syriaBorder)
 */
export function deriveAdmin1(
  seeds: Seed[],
  border: Polygon | MultiPolygon,
): Map<string, Polygon | MultiPolygon> {
  const k = scaleFor(border);
  const uniq = new Map<string, Seed>();
  for (const s of seeds) if (s.code) uniq.set(`${s.lon.toFixed(5)},${s.lat.toFixed(5)}`, s);
  const pts = [...uniq.values()];
  const out = new Map<string, Polygon | MultiPolygon>();
  if (pts.length === 0) return out;
  const delaunay = Delaunay.from(
    pts,
    (s) => s.lon * k,
    (s) => s.lat,
  );
  const ring = border.type === 'Polygon' ? [border.coordinates[0]] : border.coordinates.map((p) => p[0]);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of ring)
    for (const [x, y] of r) {
      x0 = Math.min(x0, x * k);
      x1 = Math.max(x1, x * k);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  const voronoi = delaunay.voronoi([x0 - 1, y0 - 1, x1 + 1, y1 + 1]);
  const cells = new Map<string, Position[][]>();
  pts.forEach((s, i) => {
    const cell = voronoi.cellPolygon(i);
    if (!cell) return;
    const list = cells.get(s.code) ?? [];
    list.push(cell.map(([x, y]) => [x / k, y]));
    cells.set(s.code, list);
  });
  const borderFeature: Feature<Polygon | MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: border,
  };
  for (const [code, list] of cells) {
    const polys = dissolveCells(list);
    if (polys.length === 0) continue;
    const merged: Feature<Polygon | MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry:
        polys.length === 1
          ? { type: 'Polygon', coordinates: polys[0] }
          : { type: 'MultiPolygon', coordinates: polys },
    };
    // The border cut to the area's box first: clipping against the whole border (thousands of
    // points) once per area costs seconds for a large country.
    const [bx0, by0, bx1, by1] = bbox(merged);
    const local = clipToBox(borderFeature, [bx0 - 0.01, by0 - 0.01, bx1 + 0.01, by1 + 0.01]);
    const clipped = local && intersect(featureCollection([merged, local]));
    if (clipped) out.set(code, clipped.geometry);
  }
  return out;
}
