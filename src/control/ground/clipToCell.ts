// Clips the border to one convex Voronoi cell (Sutherland–Hodgman). Far faster than a general
// polygon intersection; callers fall back to the general one when the border enters the cell
// more than once, where Sutherland–Hodgman would join the pieces with zero-width bridges.
import type { Position } from 'geojson';

function side(a: Position, b: Position, p: Position): number {
  return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
}

function cross(p: Position, q: Position, a: Position, b: Position): Position {
  const dpx = q[0] - p[0];
  const dpy = q[1] - p[1];
  const dax = b[0] - a[0];
  const day = b[1] - a[1];
  const t = (dax * (p[1] - a[1]) - day * (p[0] - a[0])) / (day * dpx - dax * dpy);
  return [p[0] + t * dpx, p[1] + t * dpy];
}

/**
 * The part of `subject` (a closed ring) inside `cell` (a closed, convex, counter-clockwise
 * ring), as a closed ring, or null when nothing is left.
 *
 * @example clipToCell(borderRing, cellRing); // [[lon, lat], …, first]
 */
export function clipToCell(subject: Position[], cell: Position[]): Position[] | null {
  let out = subject.slice(0, -1);
  for (let i = 0; i + 1 < cell.length && out.length; i++) {
    const [a, b] = [cell[i], cell[i + 1]];
    const input = out;
    out = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j];
      const q = input[(j + 1) % input.length];
      const pin = side(a, b, p) >= 0;
      const qin = side(a, b, q) >= 0;
      if (pin) out.push(p);
      if (pin !== qin) out.push(cross(p, q, a, b));
    }
  }
  if (out.length < 3) return null;
  return [...out, out[0]];
}

/** How many times a closed ring crosses the boundary of a closed convex ring. */
export function boundaryCrossings(ring: Position[], cell: Position[]): number {
  let n = 0;
  for (let j = 0; j + 1 < ring.length; j++) {
    const [p, q] = [ring[j], ring[j + 1]];
    for (let i = 0; i + 1 < cell.length; i++) {
      const [a, b] = [cell[i], cell[i + 1]];
      const s1 = side(a, b, p);
      const s2 = side(a, b, q);
      if (s1 >= 0 === s2 >= 0) continue;
      const s3 = side(p, q, a);
      const s4 = side(p, q, b);
      if (s3 >= 0 !== s4 >= 0) n++;
    }
  }
  return n;
}
