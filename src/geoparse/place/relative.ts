// Relative positions as geometry: "west of Aleppo" (a band beyond the city), "eastern Idlib"
// (the eastern part of the governorate polygon), "the city's western edge" (a band at the rim
// of the built-up area). Built with Turf; sizes scale with the base place. Cutting an area's part
// is clipLeftOf's exact half-plane cut, with Turf's intersect for what that cannot answer.
import { bbox, destination, featureCollection, intersect, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GazetteerEntry } from '../../types/model.ts';
import { directionName } from '../../words/directions.ts';
import { clipLeftOf } from './clipLeftOf.ts';

export type Relation = 'of' | 'part' | 'edge';

/** Rough radius of a settlement's built-up area in km, from its population. */
export function placeRadiusKm(e: GazetteerEntry): number {
  if (e.kind === 'neighbourhood' || e.kind === 'landmark') return 1.5;
  return Math.min(15, Math.max(1.5, 0.8 * Math.pow(Math.max(e.population, 1) / 1000, 0.4)));
}

function ring(center: Position, inner: number, outer: number, bearing: number, spread: number): Position[] {
  const pts: Position[] = [];
  const steps = 8;
  for (let k = 0; k <= steps; k++) {
    const b = bearing - spread + (2 * spread * k) / steps;
    pts.push(destination(center, outer, b).geometry.coordinates);
  }
  if (inner <= 0) pts.push(center);
  else {
    for (let k = steps; k >= 0; k--) {
      const b = bearing - spread + (2 * spread * k) / steps;
      pts.push(destination(center, inner, b).geometry.coordinates);
    }
  }
  pts.push(pts[0]);
  return pts;
}

/** The part of a polygon lying towards a bearing (its outer ~40 % along that direction). */
function partOf(geom: Polygon | MultiPolygon, bearing: number): Polygon | MultiPolygon | null {
  const [minX, minY, maxX, maxY] = bbox(geom);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const hx = (maxX - minX) / 2 || 1e-6;
  const hy = (maxY - minY) / 2 || 1e-6;
  const rad = (bearing * Math.PI) / 180;
  const d = [Math.sin(rad), Math.cos(rad)];
  const perp = [-d[1], d[0]];
  const t = 0.15;
  const L = 4;
  const corner = (a: number, b: number): Position => {
    const x = t * d[0] + a * perp[0] + b * d[0];
    const y = t * d[1] + a * perp[1] + b * d[1];
    return [cx + x * hx, cy + y * hy];
  };
  // The polygon's edge from corner(-L, 0) to corner(L, 0) is the only one near the area: its part
  // is the area's part left of the line from corner(L, 0) to corner(-L, 0) (towards the bearing).
  const fast = clipLeftOf(geom, corner(L, 0), corner(-L, 0));
  if (fast !== undefined) return fast;
  const clip = polygon([[corner(L, 0), corner(L, L), corner(-L, L), corner(-L, 0), corner(L, 0)]]);
  const base = { type: 'Feature' as const, properties: {}, geometry: geom };
  const cut = intersect(featureCollection([base, clip]));
  return cut ? cut.geometry : null;
}

/**
 * Geometry of an area relative to a place: beyond it ('of'), part of it ('part') or its rim
 * ('edge'), towards a compass bearing.
 */
export function relativeGeometry(
  base: GazetteerEntry,
  relation: Relation,
  bearing: number,
): Polygon | MultiPolygon {
  const center: Position = [base.lon, base.lat];
  const g = base.geometry;
  if (relation === 'part' && g && g.type !== 'LineString') {
    const cut = partOf(g, bearing);
    if (cut) return cut;
  }
  const r = g && g.type !== 'LineString' ? radiusOfBox(g) : placeRadiusKm(base);
  if (relation === 'of')
    return { type: 'Polygon', coordinates: [ring(center, r, r + Math.max(15, 2 * r), bearing, 45)] };
  if (relation === 'edge')
    return { type: 'Polygon', coordinates: [ring(center, r * 0.45, r * 1.05, bearing, 40)] };
  return { type: 'Polygon', coordinates: [ring(center, 0, r, bearing, 45)] };
}

function radiusOfBox(g: Polygon | MultiPolygon): number {
  const [minX, minY, maxX, maxY] = bbox(g);
  const lat = ((minY + maxY) / 2) * (Math.PI / 180);
  return (Math.max((maxX - minX) * Math.cos(lat), maxY - minY) * 111.2) / 2;
}

/** English name of a relative area: "west of Aleppo", "northwestern Syria", "western edge of Aleppo". */
export function relativeName(base: GazetteerEntry, relation: Relation, bearing: number): string {
  const dir = directionName(bearing);
  const adj = `${dir}ern`;
  if (relation === 'of') return `${dir} of ${base.name}`;
  if (relation === 'edge') return `${adj} edge of ${base.name}`;
  return `${adj} ${base.name}`;
}

/** The relation keyword used in `rel:<relation>:<base id>` ids. */
export function relationId(relation: Relation, bearing: number): string {
  const dir = directionName(bearing);
  return relation === 'of' ? `${dir}-of` : relation === 'edge' ? `${dir}-edge` : `${dir}-part`;
}
