// What incidents need to know about places: a point to put the marker on, how specific a place is
// (its extent), and whether one place lies within another (a neighbourhood in its city, "the city's
// western edge" of its city) so that reports naming either can be merged.
import type { Geometry, Position } from 'geojson';
import type { PlaceFeature } from '../../types/model.ts';
import { distance } from '../../geoparse/util/geodesy.ts'; // great-circle km, as Turf's

const KM_PER_DEG = 111.195;
/** A neighbourhood, landmark or relative area this close to a settlement lies within it. */
export const WITHIN_KM = 12;
/** Two point places this close are the same spot for merging. */
export const SAME_SPOT_KM = 3;
/** Places larger than this are too coarse to merge reports on. */
export const MAX_PARENT_KM2 = 2000;

function ringsOf(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates.slice(0, 1);
  if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p[0]).filter(Boolean);
  return [];
}

function linesOf(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

/**
 * The point that stands for a geometry: the point itself, the mean of a polygon's outer vertices, the
 * middle vertex of a line. Null for empty geometries.
 */
export function representativePoint(g: Geometry | null | undefined): Position | null {
  if (!g) return null;
  if (g.type === 'Point') return valid(g.coordinates) ? g.coordinates : null;
  if (POINTS.has(g)) return POINTS.get(g) ?? null;
  const p = computePoint(g);
  POINTS.set(g, p);
  return p;
}

// Geometries are immutable once geoparsed; a large polygon's mean is worth computing once.
const POINTS = new WeakMap<Geometry, Position | null>();

function computePoint(g: Geometry): Position | null {
  if (g.type === 'Point') return valid(g.coordinates) ? g.coordinates : null;
  const rings = ringsOf(g);
  if (rings.length) {
    const pts = rings.flatMap((r) => (r.length > 1 ? r.slice(0, -1) : r)).filter(valid);
    if (!pts.length) return null;
    return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
  }
  const lines = linesOf(g).filter((l) => l.length);
  if (lines.length) {
    const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
    return valid(longest[Math.floor(longest.length / 2)]) ? longest[Math.floor(longest.length / 2)] : null;
  }
  if (g.type === 'MultiPoint') return g.coordinates.find(valid) ?? null;
  if (g.type === 'GeometryCollection') {
    for (const part of g.geometries) {
      const p = representativePoint(part);
      if (p) return p;
    }
  }
  return null;
}

function valid(p: Position | undefined): p is Position {
  return !!p && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

function ringAreaKm2(ring: Position[]): number {
  if (ring.length < 3) return 0;
  const lat0 = (ring.reduce((s, p) => s + p[1], 0) / ring.length) * (Math.PI / 180);
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * Math.cos(lat0) * y2 - x2 * Math.cos(lat0) * y1;
  }
  return (Math.abs(sum) / 2) * KM_PER_DEG * KM_PER_DEG;
}

const POINT_EXTENT: Record<string, number> = {
  landmark: 1,
  neighbourhood: 4,
  settlement: 60,
  region: 300,
  road: 800,
  admin2: 3000,
  admin1: 15000,
  country: 500000,
};

/**
 * How much ground a place covers, in km²: polygon area when it has one, a typical size by kind
 * otherwise. Smaller means more specific.
 */
export function extentKm2(place: PlaceFeature): number {
  const cached = EXTENTS.get(place);
  if (cached !== undefined) return cached;
  const value = computeExtent(place);
  EXTENTS.set(place, value);
  return value;
}

// Places are immutable once geoparsed; areas of large polygons are worth computing once.
const EXTENTS = new WeakMap<PlaceFeature, number>();

function computeExtent(place: PlaceFeature): number {
  const kind = place.properties.kind;
  const rings = place.geometry ? ringsOf(place.geometry) : [];
  if (rings.length && kind !== 'road') {
    const area = rings.reduce((s, r) => s + ringAreaKm2(r), 0);
    if (area > 0) return area;
  }
  return POINT_EXTENT[kind] ?? 1000;
}

const CHILD_KINDS = new Set(['landmark', 'neighbourhood', 'region']);

/** Whether `child` lies within `parent` (never true for a place and itself). */
export function isWithin(child: PlaceFeature, parent: PlaceFeature): boolean {
  if (child.properties.id === parent.properties.id) return false;
  if (parent.properties.kind !== 'settlement' && parent.properties.kind !== 'neighbourhood') return false;
  if (!CHILD_KINDS.has(child.properties.kind)) return false;
  // "west of Aleppo" lies within (or by) Aleppo only, whatever else is near its centre.
  const base = child.properties.relativeTo?.placeId;
  if (base && base !== parent.properties.id) return false;
  const a = representativePoint(child.geometry);
  const b = representativePoint(parent.geometry);
  if (!a || !b) return false;
  const limit = parent.properties.kind === 'neighbourhood' ? SAME_SPOT_KM : WITHIN_KM;
  return distance(a, b) <= limit;
}

/**
 * Whether reports at these two places may tell the same event: the same place, one within the
 * other, or two small places a stone's throw apart. A place the gazetteer lacks stands
 * approximately at its anchor's point: it is that name only, however near the point lies ("the
 * fronts of A, B and C" with B and C put at A are three fronts).
 */
export function placesCompatible(a: PlaceFeature, b: PlaceFeature): boolean {
  if (a.properties.id === b.properties.id) return true;
  if (a.properties.precision === 'approximate' || b.properties.precision === 'approximate') return false;
  if (extentKm2(a) > MAX_PARENT_KM2 || extentKm2(b) > MAX_PARENT_KM2) return false;
  if (isWithin(a, b) || isWithin(b, a)) return true;
  if (a.properties.kind === 'road' || b.properties.kind === 'road') return false;
  const pa = representativePoint(a.geometry);
  const pb = representativePoint(b.geometry);
  return !!pa && !!pb && distance(pa, pb) <= SAME_SPOT_KM;
}

/** The point of a line nearest to `p` (for putting a road incident where the report places it). */
export function nearestOnLine(g: Geometry, p: Position): Position | null {
  let best: Position | null = null;
  let bestD = Infinity;
  const k = Math.cos((p[1] * Math.PI) / 180);
  for (const line of linesOf(g)) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [ax, ay] = [(line[i][0] - p[0]) * k, line[i][1] - p[1]];
      const [bx, by] = [(line[i + 1][0] - p[0]) * k, line[i + 1][1] - p[1]];
      const dx = bx - ax;
      const dy = by - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
      const d = Math.hypot(ax + t * dx, ay + t * dy);
      if (d < bestD) {
        bestD = d;
        best = [
          line[i][0] + t * (line[i + 1][0] - line[i][0]),
          line[i][1] + t * (line[i + 1][1] - line[i][1]),
        ];
      }
    }
  }
  return best;
}
