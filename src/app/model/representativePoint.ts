// One point for any geometry: where the list flies to and where bounds tests look.
import type { Geometry, Position } from 'geojson';

function firstPositions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(firstPositions);
  }
}

/**
 * The point itself, or the centre of the bounding box of other geometries; null when empty.
 *
 * @example
 * representativePoint({ type: 'LineString', coordinates: [[0, 0], [2, 2]] }); // [1, 1]
 */
export function representativePoint(g: Geometry | null | undefined): [number, number] | null {
  if (!g) return null;
  if (g.type === 'Point') return [g.coordinates[0]!, g.coordinates[1]!];
  const pts = firstPositions(g);
  if (!pts.length) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts)
    [w, s, e, n] = [Math.min(w, x!), Math.min(s, y!), Math.max(e, x!), Math.max(n, y!)];
  return [(w + e) / 2, (s + n) / 2];
}
