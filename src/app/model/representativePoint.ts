// One point for any geometry: where the list flies to and where bounds tests look.
// Walks the coordinates itself: Turf's coordAll and bbox brought @turf/meta into the incident
// data worker and the page's first chunk.
import type { Geometry, Position } from 'geojson';

/** Calls f with every position of a geometry. */
export function eachPosition(g: Geometry, f: (p: Position) => void): void {
  if (g.type === 'Point') f(g.coordinates);
  else if (g.type === 'MultiPoint' || g.type === 'LineString') g.coordinates.forEach(f);
  else if (g.type === 'MultiLineString' || g.type === 'Polygon') for (const r of g.coordinates) r.forEach(f);
  else if (g.type === 'MultiPolygon') for (const p of g.coordinates) for (const r of p) r.forEach(f);
  else for (const x of g.geometries) eachPosition(x, f);
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
  const [w, s, e, n] = bounds(g);
  return w === Infinity ? null : [(w + e) / 2, (s + n) / 2];
}

/** [west, south, east, north] of every position of a geometry; Infinity and -Infinity when it has none. */
export function bounds(g: Geometry): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(g, ([x, y]) => {
    [w, s, e, n] = [Math.min(w, x!), Math.min(s, y!), Math.max(e, x!), Math.max(n, y!)];
  });
  return [w, s, e, n];
}
