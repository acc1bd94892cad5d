// How far a gold or expected point lies from the place an output mapped, by the rules both
// scorers use (bench:geoparse on the corpora, score:testsets on our own reports): the geometry
// rule (0 km inside a mapped area, a line's nearest vertex, else the place's one point) and the
// point rule (the distance to the place's one point: a point, an area's representative point
// inside its largest part, a line's middle vertex).
import type { Geometry, Position } from 'geojson';
import { coordAll } from '@turf/turf';
import { pointInGeometry } from '../../src/gazetteer/pointInGeometry.ts';
import { representativePoint } from '../../src/gazetteer/geometryUtils.ts';
import { distanceKm as greatCircleKm } from '../../src/gazetteer/Gazetteer.ts';

/** Great-circle km (haversine, sphere of radius 6371 km) between lon/lat points: the gazetteer's. */
export { greatCircleKm };

/** The point a feature stands for: its point, an area's representative point, a line's middle. */
export function featurePoint(g: Geometry): Position | null {
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return representativePoint(g);
  const pts = coordAll(g);
  return pts.length ? pts[Math.floor(pts.length / 2)] : null;
}

/** km from an expected point to a feature: 0 inside its area, the nearest vertex of a line. */
export function distanceKm(at: [number, number], g: Geometry | null): number {
  if (!g) return Infinity;
  if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && pointInGeometry(at, g)) return 0;
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    let best = Infinity;
    for (const p of coordAll(g)) best = Math.min(best, greatCircleKm(at[0], at[1], p[0], p[1]));
    return best;
  }
  const p = featurePoint(g);
  return p ? greatCircleKm(at[0], at[1], p[0], p[1]) : Infinity;
}
