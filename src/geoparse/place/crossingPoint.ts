// Where two segments cross, computed exactly as Turf's clipper (polyclip-ts, on bignumber.js)
// computes it: each coordinate read as the decimal JavaScript prints for it, sums and products
// exact, each quotient rounded half away from zero to 20 decimal places. Doubles would differ
// from it in the last digit, and that digit decides how a crossing at 34.4340749999… is
// rounded for output: a line across an area at a few decimals lands on such halves often.
import type { Position } from 'geojson';

/** m × 10^-e */
export interface Dec {
  m: bigint;
  e: number;
}

const PLACES = 20;
const pow10 = (k: number): bigint => 10n ** BigInt(k);

function dec(x: number): Dec {
  const [digits, exp = '0'] = String(x).split('e');
  const [int, frac = ''] = digits.split('.');
  const e = frac.length - Number(exp);
  const m = BigInt(int + frac);
  return e >= 0 ? { m, e } : { m: m * pow10(-e), e: 0 };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const e = Math.max(a.e, b.e);
  return [a.m * pow10(e - a.e), b.m * pow10(e - b.e), e];
}

const plus = (a: Dec, b: Dec): Dec => {
  const [x, y, e] = align(a, b);
  return { m: x + y, e };
};
const minus = (a: Dec, b: Dec): Dec => {
  const [x, y, e] = align(a, b);
  return { m: x - y, e };
};
const times = (a: Dec, b: Dec): Dec => ({ m: a.m * b.m, e: a.e + b.e });

/** a / b to 20 decimal places, halves away from zero (bignumber.js's defaults). */
function div(a: Dec, b: Dec): Dec {
  const num = a.m * pow10(b.e + PLACES);
  const den = b.m * pow10(a.e);
  let q = num / den;
  const r = num % den;
  const abs = (v: bigint) => (v < 0n ? -v : v);
  if (2n * abs(r) >= abs(den)) q += num < 0n !== den < 0n ? -1n : 1n;
  return { m: q, e: PLACES };
}

function toNumber(a: Dec): number {
  const neg = a.m < 0n;
  const s = (neg ? -a.m : a.m).toString().padStart(a.e + 1, '0');
  const text = a.e ? `${s.slice(0, s.length - a.e)}.${s.slice(s.length - a.e)}` : s;
  return Number(neg ? `-${text}` : text);
}

const isZero = (a: Dec) => a.m === 0n;

/** The order of two decimals: < 0, 0 or > 0. */
export function compareExact(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A point as polyclip-ts holds it: decimals. */
export interface ExactPoint {
  x: Dec;
  y: Dec;
}

/** A position's coordinates as the decimals JavaScript prints for them. */
export const exactPoint = (p: Position): ExactPoint => ({ x: dec(p[0]), y: dec(p[1]) });

/**
 * polyclip-ts's orientation test, exactly: the sign of (ay − cy)(bx − cx) − (ax − cx)(by − cy);
 * 0 when a, b and c are in line.
 */
export function orientExact(a: ExactPoint, b: ExactPoint, c: ExactPoint): number {
  const area2 = minus(times(minus(a.y, c.y), minus(b.x, c.x)), times(minus(a.x, c.x), minus(b.y, c.y)));
  return area2.m === 0n ? 0 : area2.m > 0n ? 1 : -1;
}

/**
 * The point where segments a–b and c–d cross (they must cross), as polyclip-ts gives it: a
 * vertical or horizontal segment lends its coordinate as it is; otherwise the mean of the point
 * found along either segment. Each segment is taken from its left end.
 * @example crossingPoint([0, 0], [2, 2], [0, 2], [2, 0]).at // [1, 1]
 */
export function crossingPoint(
  a: Position,
  b: Position,
  c: Position,
  d: Position,
): { at: Position; exact: ExactPoint } {
  const [p1, r1] = leftFirst(a, b);
  const [p2, r2] = leftFirst(c, d);
  const pt1 = { x: dec(p1[0]), y: dec(p1[1]) };
  const pt2 = { x: dec(p2[0]), y: dec(p2[1]) };
  const v1 = { x: minus(dec(r1[0]), pt1.x), y: minus(dec(r1[1]), pt1.y) };
  const v2 = { x: minus(dec(r2[0]), pt2.x), y: minus(dec(r2[1]), pt2.y) };
  type P = { x: Dec; y: Dec };
  const point = (x: Dec, y: Dec) => ({ at: [toNumber(x), toNumber(y)], exact: { x, y } });
  const vertical = (pt: P, v: P, x: Dec) => point(x, plus(pt.y, times(div(v.y, v.x), minus(x, pt.x))));
  const horizontal = (pt: P, v: P, y: Dec) => point(plus(pt.x, times(div(v.x, v.y), minus(y, pt.y))), y);
  if (isZero(v1.x)) return vertical(pt2, v2, pt1.x);
  if (isZero(v2.x)) return vertical(pt1, v1, pt2.x);
  if (isZero(v1.y)) return horizontal(pt2, v2, pt1.y);
  if (isZero(v2.y)) return horizontal(pt1, v1, pt2.y);
  const cross = (u: P, w: P) => minus(times(u.x, w.y), times(u.y, w.x));
  const kross = cross(v1, v2);
  const ve = { x: minus(pt2.x, pt1.x), y: minus(pt2.y, pt1.y) };
  const d1 = div(cross(ve, v1), kross);
  const d2 = div(cross(ve, v2), kross);
  const two = { m: 2n, e: 0 };
  const x = div(plus(plus(pt1.x, times(d2, v1.x)), plus(pt2.x, times(d1, v2.x))), two);
  const y = div(plus(plus(pt1.y, times(d2, v1.y)), plus(pt2.y, times(d1, v2.y))), two);
  return point(x, y);
}

const leftFirst = (a: Position, b: Position): [Position, Position] =>
  a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? [a, b] : [b, a];
