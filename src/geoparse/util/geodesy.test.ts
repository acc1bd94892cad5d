import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as turf from '@turf/turf';
import type { LineString, Position } from 'geojson';
import { cosOfLatitude, distance, distanceKm, distanceKmCos, pointToLineDistance } from './geodesy.ts';

// Mostly the region, sometimes anywhere, sometimes exactly a line's vertex.
const lon = fc.oneof(
  fc.double({ min: 35, max: 43, noNaN: true }),
  fc.double({ min: -180, max: 180, noNaN: true }),
);
const lat = fc.oneof(
  fc.double({ min: 32, max: 38, noNaN: true }),
  fc.double({ min: -90, max: 90, noNaN: true }),
);
const pos = fc.tuple(lon, lat).map(([x, y]): Position => [x, y]);
const line = fc
  .array(pos, { minLength: 2, maxLength: 8 })
  .map((c): LineString => ({ type: 'LineString', coordinates: c }));

describe('geodesy', () => {
  it('measures what Turf measures, to the last bit', () => {
    fc.assert(
      fc.property(pos, pos, (a, b) => {
        expect(distance(a, b)).toBe(turf.distance(a, b));
        expect(distance(a, a)).toBe(turf.distance(a, a));
        expect(distanceKm(a[0], a[1], b[0], b[1])).toBe(turf.distance(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('measures what Turf measures outside the usual ranges too (angles of 360° and more, -0)', () => {
    const wide = fc.oneof(
      fc.double({ min: -1000, max: 1000, noNaN: true }),
      fc.constantFrom(360, -360, 720, -0, 0),
    );
    fc.assert(
      fc.property(wide, wide, wide, wide, (x1, y1, x2, y2) => {
        expect(distanceKm(x1, y1, x2, y2)).toBe(turf.distance([x1, y1], [x2, y2]));
      }),
      { numRuns: 2000 },
    );
  });

  it("measures the same with the latitudes' cosines given, to the last bit", () => {
    const wide = fc.oneof(
      lon,
      lat,
      fc.double({ min: -1000, max: 1000, noNaN: true }),
      fc.constantFrom(360, -0),
    );
    fc.assert(
      fc.property(wide, wide, wide, wide, (x1, y1, x2, y2) => {
        const d = distanceKmCos(x1, y1, cosOfLatitude(y1), x2, y2, cosOfLatitude(y2));
        expect(d).toBe(distanceKm(x1, y1, x2, y2));
      }),
      { numRuns: 5000 },
    );
  });

  it('measures the distance to a line as Turf does, to the last bit', () => {
    fc.assert(
      fc.property(pos, line, fc.nat(), (p, l, k) => {
        expect(pointToLineDistance(p, l)).toBe(turf.pointToLineDistance(p, l));
        const vertex = l.coordinates[k % l.coordinates.length];
        expect(pointToLineDistance(vertex, l)).toBe(turf.pointToLineDistance(vertex, l));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives kilometres', () => {
    expect(distance([37.16, 36.2], [36.63, 35.93])).toBeCloseTo(56, 0);
    const road: LineString = { type: 'LineString', coordinates: [[37, 36], [37, 35]] }; // prettier-ignore
    expect(pointToLineDistance([37.1, 35.5], road)).toBeCloseTo(9.05, 1);
  });
});
