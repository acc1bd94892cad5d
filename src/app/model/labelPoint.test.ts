import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import { labelPoint, labelPoints } from './labelPoint.ts';

const inside = (poly: Polygon, [x, y]: [number, number]) => {
  let c = false;
  for (const ring of poly.coordinates)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j]!;
      const [x2, y2] = ring[i]!;
      if (y1! > y !== y2! > y && x < x1! + ((y - y1!) / (y2! - y1!)) * (x2! - x1!)) c = !c;
    }
  return c;
};

describe('labelPoint', () => {
  it('is the middle of a rectangle', () => {
    expect(labelPoint(bboxPolygon([0, 0, 4, 2]).geometry)).toEqual([2, 1]);
  });
  it('falls inside a bent zone whose bounding-box centre is outside it', () => {
    // A "C": the centre of its box is in the gap.
    const c: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 2],
          [2, 2],
          [2, 8],
          [10, 8],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const pt = labelPoint(c)!;
    expect(inside(c, pt)).toBe(true);
  });
  it('labels the largest part of a multipolygon, once', () => {
    const g: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
        [
          [
            [10, 10],
            [20, 10],
            [20, 20],
            [10, 20],
            [10, 10],
          ],
        ],
      ],
    };
    expect(labelPoint(g)).toEqual([15, 15]);
    const fc: FeatureCollection<Geometry, { id: string }> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: g, properties: { id: 'z' } }],
    };
    expect(labelPoints(fc, { label: true })).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [15, 15] },
        properties: { id: 'z', label: true },
      },
    ]);
  });
  it('skips holes and empty geometry', () => {
    const donut: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [3, 3],
          [7, 3],
          [7, 7],
          [3, 7],
          [3, 3],
        ],
      ],
    };
    expect(inside(donut, labelPoint(donut)!)).toBe(true);
    expect(labelPoint(null)).toBeNull();
    expect(labelPoint({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});
