// Point-in-polygon by ray casting, with holes; small and allocation-free so the gazetteer
// can answer "which governorate is this in" without pulling Turf into the worker.
import type { Geometry, Position } from 'geojson';

function inRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(x: number, y: number, rings: Position[][]): boolean {
  if (!rings.length || !inRing(x, y, rings[0])) return false;
  for (let k = 1; k < rings.length; k++) if (inRing(x, y, rings[k])) return false;
  return true;
}

/** True when [lon, lat] lies inside a Polygon or MultiPolygon (false for other geometries). */
export function pointInGeometry(point: Position, geometry: Geometry): boolean {
  const [x, y] = point;
  if (geometry.type === 'Polygon') return inPolygon(x, y, geometry.coordinates);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.some((p) => inPolygon(x, y, p));
  return false;
}
