// One point for any geometry: where the list flies to and where bounds tests look.
import type { Geometry } from 'geojson';
import { coordAll } from '@turf/turf';

/**
 * The point itself, or the centre of the bounding box of other geometries; null when empty.
 *
 * @example
 * representativePoint({ type: 'LineString', coordinates: [[0, 0], [2, 2]] }); // [1, 1]
 */
export function representativePoint(g: Geometry | null | undefined): [number, number] | null {
  if (!g) return null;
  if (g.type === 'Point') return [g.coordinates[0]!, g.coordinates[1]!];
  const pts = coordAll(g);
  if (!pts.length) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts)
    [w, s, e, n] = [Math.min(w, x!), Math.min(s, y!), Math.max(e, x!), Math.max(n, y!)];
  return [(w + e) / 2, (s + n) / 2];
}
