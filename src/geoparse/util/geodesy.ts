// Turf's great-circle distance and point-to-line distance, computed with the same floating-point
// operations in the same order (so the same figures to the last bit, as the tests check) but
// without Turf's per-call features, option objects and copies: resolution asks for them
// thousands of times per report.
import type { LineString, Position } from 'geojson';

const EARTH_RADIUS = 63710088e-1;
const KILOMETERS = EARTH_RADIUS / 1e3;
const DEGREES = 360 / (2 * Math.PI);

// `degrees % 360` is `degrees` itself (exactly, -0 included) inside (-360, 360): the remainder, a
// call out of the compiled code, only for angles outside it (NaN too).
const toRadians = (degrees: number): number =>
  ((degrees > -360 && degrees < 360 ? degrees : degrees % 360) * Math.PI) / 180;
const toDegrees = (radians: number): number => ((radians % (2 * Math.PI)) * 180) / Math.PI;

/** Central angle between two [lon, lat] points in radians (haversine, as Turf's `distance`). */
function angle(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return angleCos(lon1, lat1, cosOfLatitude(lat1), lon2, lat2, cosOfLatitude(lat2));
}

/** `angle` given the cosine of each latitude (`cosOfLatitude`). */
function angleCos(
  lon1: number,
  lat1: number,
  cosLat1: number,
  lon2: number,
  lat2: number,
  cosLat2: number,
): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a = Math.pow(Math.sin(dLat / 2), 2) + Math.pow(Math.sin(dLon / 2), 2) * cosLat1 * cosLat2;
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/**
 * Great-circle distance in km between two [lon, lat] positions; equals Turf's `distance(a, b)`.
 * @example distance([37.16, 36.2], [36.63, 35.93]) // ≈ 56 (Aleppo to Idlib)
 */
export function distance(from: Position, to: Position): number {
  return distanceKm(from[0], from[1], to[0], to[1]);
}

/** `distance([lon1, lat1], [lon2, lat2])` without the two positions, for loops over flat columns. */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return angle(lon1, lat1, lon2, lat2) * KILOMETERS;
}

/** The cosine of a latitude in degrees, as `distanceKm` computes it (for `distanceKmCos`). */
export function cosOfLatitude(lat: number): number {
  return Math.cos(toRadians(lat));
}

/**
 * `distanceKm(lon1, lat1, lon2, lat2)` given each latitude's `cosOfLatitude`, for a loop that
 * measures one point against many: the same operations in the same order, so the same result to
 * the last bit, with two cosines fewer per pair.
 */
export function distanceKmCos(
  lon1: number,
  lat1: number,
  cosLat1: number,
  lon2: number,
  lat2: number,
  cosLat2: number,
): number {
  return angleCos(lon1, lat1, cosLat1, lon2, lat2, cosLat2) * KILOMETERS;
}

type Vec = [number, number, number];

const dot = (u: Vec, v: Vec): number => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
const cross = (u: Vec, v: Vec): Vec => [
  u[1] * v[2] - u[2] * v[1],
  u[2] * v[0] - u[0] * v[2],
  u[0] * v[1] - u[1] * v[0],
];
function normalize(v: Vec): Vec {
  const mag = Math.sqrt(Math.pow(v[0], 2) + Math.pow(v[1], 2) + Math.pow(v[2], 2));
  return [v[0] / mag, v[1] / mag, v[2] / mag];
}
function toVector(p: Position): Vec {
  const lat = toRadians(p[1]);
  const lng = toRadians(p[0]);
  return [Math.cos(lat) * Math.cos(lng), Math.cos(lat) * Math.sin(lng), Math.sin(lat)];
}
function toLngLat(v: Vec): Position {
  const z = Math.min(Math.max(v[2], -1), 1);
  return [toDegrees(Math.atan2(v[1], v[0])), toDegrees(Math.asin(z))];
}

/** The point of the great-circle segment a–b nearest to c (Turf's `nearestPointOnSegment`). */
function nearestOnSegment(a: Position, b: Position, c: Position): Position {
  const A = toVector(a);
  const B = toVector(b);
  const C = toVector(c);
  const segmentAxis = cross(A, B);
  if (segmentAxis[0] === 0 && segmentAxis[1] === 0 && segmentAxis[2] === 0) return dot(A, B) > 0 ? b : c;
  const targetAxis = cross(segmentAxis, C);
  if (targetAxis[0] === 0 && targetAxis[1] === 0 && targetAxis[2] === 0) return b;
  const I1 = normalize(cross(targetAxis, segmentAxis));
  const I2: Vec = [-I1[0], -I1[1], -I1[2]];
  const I = dot(C, I1) > dot(C, I2) ? I1 : I2;
  const axis = normalize(segmentAxis);
  if (dot(cross(A, I), axis) >= 0 && dot(cross(I, B), axis) >= 0) return toLngLat(I);
  return dot(A, C) > dot(B, C) ? a : b;
}

/** Distance in degrees of arc from p to the segment a–b (Turf's geodesic `distanceToSegment`). */
function segmentDegrees(p: Position, a: Position, b: Position): number {
  let at: Position;
  if (b[0] === p[0] && b[1] === p[1]) at = b;
  else if (a[0] === p[0] && a[1] === p[1]) at = a;
  else at = nearestOnSegment(a, b, p);
  const d = angle(p[0], p[1], at[0], at[1]) * DEGREES;
  // Turf keeps its starting Infinity unless the distance is smaller (so NaN reads as Infinity).
  return d < Infinity ? d : Infinity;
}

/**
 * Shortest distance in km from a [lon, lat] position to a line; equals Turf's
 * `pointToLineDistance(p, line)` (geodesic method).
 */
export function pointToLineDistance(p: Position, line: LineString): number {
  let best = Infinity;
  const c = line.coordinates;
  for (let i = 0; i + 1 < c.length; i++) {
    const d = segmentDegrees(p, c[i], c[i + 1]);
    if (d < best) best = d;
  }
  if (!(best >= 0)) throw new Error('length must be a positive number');
  return (best / DEGREES) * KILOMETERS;
}
