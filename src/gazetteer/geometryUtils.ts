// Small geometry helpers shared by the builders: rounding, a representative point, areas.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInGeometry } from './pointInGeometry.ts';

/** Degrees to 5 decimals (about a metre): the precision every written coordinate has. */
export function roundDegrees(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}

/** [west, south, east, north] of rings ([Infinity, Infinity, -Infinity, -Infinity] when empty). */
export function boxOfRings(rings: Position[][]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings)
    for (const [x, y] of r) {
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  return b;
}

/** Rounds every coordinate to `digits` decimals and drops repeated points (keeps rings closed). */
export function roundGeometry<G extends Polygon | MultiPolygon>(g: G, digits: number): G {
  const f = 10 ** digits;
  const ring = (r: Position[]): Position[] => {
    const out: Position[] = [];
    for (const p of r) {
      const q = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    return out;
  };
  const poly = (rings: Position[][]): Position[][] => rings.map(ring).filter((r) => r.length >= 4);
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: poly(g.coordinates) } as G;
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map(poly).filter((p) => p.length > 0),
  } as G;
}

/** Planar signed area of a ring in square degrees (positive counter-clockwise). */
export function ringArea(r: Position[]): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
  return a / 2;
}

/** The largest polygon of an area (by planar area) and its centroid. */
function largestPart(g: Polygon | MultiPolygon): { rings: Position[][]; centroid: [number, number] | null } {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = polys[0];
  let bestArea = -1;
  for (const p of polys) {
    const a = Math.abs(ringArea(p[0]));
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  const outer = best[0];
  let cx = 0;
  let cy = 0;
  let a6 = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const cross = outer[j][0] * outer[i][1] - outer[i][0] * outer[j][1];
    cx += (outer[j][0] + outer[i][0]) * cross;
    cy += (outer[j][1] + outer[i][1]) * cross;
    a6 += cross * 3;
  }
  return { rings: best, centroid: a6 === 0 ? null : [cx / a6, cy / a6] };
}

/** The middle of the widest run inside a polygon along latitude y, or its first vertex when there is none. */
function widestRunAt(rings: Position[][], y: number): [number, number] {
  const xs: number[] = [];
  for (const r of rings)
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i];
      const [xj, yj] = r[j];
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  xs.sort((p, q) => p - q);
  let mid = rings[0][0][0];
  let width = -1;
  for (let k = 0; k + 1 < xs.length; k += 2)
    if (xs[k + 1] - xs[k] > width) [width, mid] = [xs[k + 1] - xs[k], (xs[k] + xs[k + 1]) / 2];
  return width >= 0 ? [mid, y] : [rings[0][0][0], rings[0][0][1]];
}

/**
 * A point inside the largest polygon: its centroid when that lies inside, else the middle of
 * the widest horizontal run through the polygon at the centroid's latitude.
 */
export function representativePoint(g: Polygon | MultiPolygon): [number, number] {
  const { rings, centroid } = largestPart(g);
  if (!centroid) return [rings[0][0][0], rings[0][0][1]];
  if (pointInGeometry(centroid, { type: 'Polygon', coordinates: rings })) return centroid;
  return widestRunAt(rings, centroid[1]);
}

/**
 * A point well inside the largest polygon, rounded to `digits` decimals: the representative
 * point when it stays inside once rounded, else the middle of the widest run at its latitude
 * (a centroid a hair from a concave edge can round to the outside).
 */
export function roundedInnerPoint(g: Polygon | MultiPolygon, digits = 4): [number, number] {
  const f = 10 ** digits;
  const round = (p: [number, number]): [number, number] => [
    Math.round(p[0] * f) / f,
    Math.round(p[1] * f) / f,
  ];
  const first = round(representativePoint(g));
  if (pointInGeometry(first, g)) return first;
  const { rings, centroid } = largestPart(g);
  return round(widestRunAt(rings, centroid?.[1] ?? rings[0][0][1]));
}
