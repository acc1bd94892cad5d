import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PointGrid } from './pointGrid.ts';

// A plane like an advance's: lon scaled by the cosine of a latitude, lat by a constant.
const kx = Math.cos((35 * Math.PI) / 180) * 111.32;
const planeKm = (a: { lon: number; lat: number }, lon: number, lat: number) =>
  Math.hypot((a.lon - lon) * kx, (a.lat - lat) * 110.57);
const kmPerDeg = Math.min(kx, 110.57);

const point = fc.record({
  lon: fc.double({ min: 34, max: 43, noNaN: true }),
  lat: fc.double({ min: 31, max: 38, noNaN: true }),
});

describe('PointGrid', () => {
  it('finds the least distance every point gives, for the whole set and for a subset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(point, fc.boolean()), { minLength: 1, maxLength: 120 }),
        point,
        fc.constantFrom(0.01, 0.05, 0.3),
        (marked, q, cellDeg) => {
          const points = marked.map(([p]) => p);
          const grid = new PointGrid(points, cellDeg);
          const km = (i: number) => planeKm(points[i], q.lon, q.lat);
          expect(grid.least(q.lon, q.lat, kmPerDeg, km)).toBe(Math.min(...points.map((_, i) => km(i))));
          const keep = Uint8Array.from(marked.map(([, k]) => +k));
          const kept = points.map((_, i) => i).filter((i) => keep[i]);
          expect(grid.least(q.lon, q.lat, kmPerDeg, km, grid.subset(keep))).toBe(Math.min(...kept.map(km)));
        },
      ),
    );
  });

  it('answers a point far outside the grid, and Infinity when no point counts', () => {
    const points = [
      { lon: 36.2, lat: 36.2 },
      { lon: 36.25, lat: 36.21 },
    ];
    const grid = new PointGrid(points);
    const km = (i: number) => planeKm(points[i], 40, 33);
    expect(grid.least(40, 33, kmPerDeg, km)).toBe(Math.min(km(0), km(1)));
    expect(grid.least(40, 33, kmPerDeg, km, grid.subset(new Uint8Array(2)))).toBe(Infinity);
    expect(new PointGrid([]).least(0, 0, kmPerDeg, () => 0)).toBe(Infinity);
  });

  it('lists every point inside a box, ascending', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 150 }), point, point, (points, a, b) => {
        const box = [
          Math.min(a.lon, b.lon),
          Math.min(a.lat, b.lat),
          Math.max(a.lon, b.lon),
          Math.max(a.lat, b.lat),
        ] as const;
        const got = new PointGrid(points, 0.05).within(box);
        expect(got).toEqual([...got].sort((x, y) => x - y));
        const inside = points
          .map((p, i) => [p, i] as const)
          .filter(([p]) => p.lon >= box[0] && p.lon <= box[2] && p.lat >= box[1] && p.lat <= box[3])
          .map(([, i]) => i);
        expect(got.filter((i) => inside.includes(i))).toEqual(inside);
      }),
    );
  });

  it('grows its cells when points lie far apart, so the grid stays a few cells a point', () => {
    const points = [
      { lon: -170, lat: -60 },
      { lon: 170, lat: 70 },
    ];
    const grid = new PointGrid(points);
    expect(grid.cellDeg).toBeGreaterThan(5);
    // Degrees as km: a degree is worth one km of this metric either way.
    const km = (i: number) => Math.hypot(points[i].lon - 160, points[i].lat - 65);
    expect(grid.least(160, 65, 1, km)).toBe(km(1));
  });
});
