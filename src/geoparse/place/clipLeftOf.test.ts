import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { featureCollection, intersect, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { clipLeftOf } from './clipLeftOf.ts';
import { crossingPoint } from './crossingPoint.ts';

/** What Turf's intersect gives for the area and a large polygon whose edge nearest it is from → to. */
function turfLeftOf(geom: Polygon | MultiPolygon, from: Position, to: Position) {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const far = (p: Position): Position => [p[0] - dy, p[1] + dx];
  const clip = polygon([[from, to, far(to), far(from), from]]);
  return (
    intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: geom }, clip]))?.geometry ??
    null
  );
}

const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const square = (x: number, y: number, s: number): Position[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

// Lines across the shapes below, at the angles relative.ts uses: one exactly level, others a
// hair off the axes (sin and cos of 90° and 180° in doubles), others diagonal.
const lines: [Position, Position][] = [0, 45, 90, 135, 180, 225, 270, 315, 17].map((bearing) => {
  const r = (bearing * Math.PI) / 180;
  const [d, perp] = [
    [Math.sin(r), Math.cos(r)],
    [-Math.cos(r), Math.sin(r)],
  ];
  const at = (a: number): Position => [
    5.03 + (0.15 * d[0] + a * perp[0]) * 4.97,
    3.11 + (0.15 * d[1] + a * perp[1]) * 2.93,
  ];
  return [at(40), at(-40)];
});

/**
 * The same polygons, rings and vertices in the same order, coordinates equal to 1e-12: Turf
 * computes a crossing on the piece of the line left by the crossings it found before (in its
 * sweep's order), which can move the last binary digit, and nothing a written (5-decimal)
 * coordinate shows.
 */
function expectSameRings(ours: unknown, turf: unknown) {
  if (typeof ours === 'number' && typeof turf === 'number') {
    expect(Math.abs(ours - turf)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(turf)));
  } else if (Array.isArray(ours) && Array.isArray(turf)) {
    expect(ours.length).toBe(turf.length);
    ours.forEach((o, i) => expectSameRings(o, turf[i]));
  } else if (ours && turf && typeof ours === 'object' && typeof turf === 'object') {
    expect(Object.keys(ours)).toEqual(Object.keys(turf));
    for (const k of Object.keys(turf))
      expectSameRings(ours[k as keyof typeof ours], turf[k as keyof typeof turf]);
  } else expect(ours).toBe(turf);
}

function expectSameAsTurf(geom: Polygon | MultiPolygon) {
  for (const [from, to] of lines) {
    const ours = clipLeftOf(geom, from, to);
    expect(ours).not.toBeUndefined();
    expect(ours).toEqual(turfLeftOf(geom, from, to));
  }
}

describe('clipLeftOf', () => {
  it('cuts a square in two along a level line, the north half on the left of an eastward line', () => {
    const half = clipLeftOf(poly(square(0, 0, 2)), [-10, 1], [10, 1]);
    expect(half).toEqual(
      poly([
        [0, 1],
        [2, 1],
        [2, 2],
        [0, 2],
        [0, 1],
      ]),
    );
    expect(clipLeftOf(poly(square(0, 0, 2)), [10, 1], [-10, 1])).toEqual(
      poly([
        [0, 0],
        [2, 0],
        [2, 1],
        [0, 1],
        [0, 0],
      ]),
    );
    expect(clipLeftOf(poly(square(0, 0, 2)), [-10, 5], [10, 5])).toBeNull();
  });

  it('gives what Turf gives: a U cut into two polygons, holes kept, cut open or dropped', () => {
    const u: Position[] = [
      [0, 0],
      [10, 0],
      [10, 6],
      [7, 6],
      [7, 2],
      [3, 2],
      [3, 6],
      [0, 6],
      [0, 0],
    ];
    expectSameAsTurf(poly(u));
    expectSameAsTurf(poly(square(0, 0, 10), square(1, 1, 1.5), square(4, 2.5, 2), square(7.5, 7.5, 1)));
    // Straight edges with vertices in line (a border along a parallel): Turf drops the middle
    // ones, except next to a crossing, which is never exactly in line with them.
    expectSameAsTurf(
      poly([
        [0, 0],
        [2.5, 0],
        [5, 0],
        [7.5, 0],
        [10, 0],
        [10, 3],
        [10, 6],
        [5, 6],
        [0, 6],
        [0, 3],
        [0, 0],
      ]),
    );
  });

  it('gives what Turf gives for several parts, an island in a lake among them', () => {
    const parts: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [square(0, 0, 10), square(2, 2, 6)],
        [square(3, 3, 2)],
        [
          [
            [11, 1],
            [14, 2],
            [12, 7],
            [11, 1],
          ],
        ],
      ],
    };
    expectSameAsTurf(parts);
  });

  it('gives what Turf gives for random star-shaped areas at 3 decimals', () => {
    const star = fc
      .array(fc.tuple(fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 0, max: 999 })), {
        minLength: 3,
        maxLength: 40,
      })
      .map((spokes): Polygon => {
        const angles = [...new Set(spokes.map(([, a]) => a))].sort((a, b) => a - b);
        const ring = angles.map((a, i): Position => {
          const r = spokes[i % spokes.length][0] / 1000;
          const t = (a / 1000) * 2 * Math.PI;
          return [
            Math.round((5 + r * Math.cos(t)) * 1000) / 1000,
            Math.round((3 + r * Math.sin(t)) * 1000) / 1000,
          ];
        });
        return poly([...ring, ring[0]]);
      });
    let answered = 0;
    fc.assert(
      fc.property(star, fc.integer({ min: 0, max: lines.length - 1 }), (g, k) => {
        const ours = clipLeftOf(g, ...lines[k]);
        // Undefined (Turf asked instead) only for rings the rounding made touch or cross.
        if (ours !== undefined) expectSameRings(ours, turfLeftOf(g, ...lines[k]));
        if (ours !== undefined) answered++;
      }),
      { seed: 12, numRuns: 300 },
    );
    expect(answered).toBeGreaterThan(270);
  });

  it('leaves to Turf what it cannot answer exactly', () => {
    const [from, to] = lines[0];
    const bowtie = poly([
      [0, 0],
      [10, 6],
      [10, 0],
      [0, 6],
      [0, 0],
    ]);
    expect(clipLeftOf(bowtie, from, to)).toBeUndefined();
    const touching: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 5)], [square(5, 0, 5)]],
    };
    expect(clipLeftOf(touching, from, to)).toBeUndefined();
    expect(clipLeftOf(poly(square(0, 0.1234567, 5)), from, to)).toBeUndefined();
    // A vertex on the line itself.
    expect(
      clipLeftOf(
        poly([
          [0, 0],
          [4, 0],
          [4, 1],
          [2, 3.2],
          [0, 4],
          [0, 0],
        ]),
        [-5, 1],
        [5, 1],
      ),
    ).toBeUndefined();
  });
});

describe('crossingPoint', () => {
  it('computes in decimals, as Turf does: a level line lends its latitude unchanged', () => {
    expect(crossingPoint([0, 0], [2, 2], [0, 2], [2, 0]).at).toEqual([1, 1]);
    expect(crossingPoint([-9, 34.434075], [9, 34.434075], [1, 30], [2, 40]).at).toEqual([
      1.4434075, 34.434075,
    ]);
    // The mean of the points found along either segment, in decimals: 0.1 + 0.2 is 0.3 there.
    expect(crossingPoint([0, 0.1], [0.6, 0.2], [0, 0.2], [0.6, 0.1]).at).toEqual([0.3, 0.15]);
  });
});
