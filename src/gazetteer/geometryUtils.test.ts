import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { representativePoint, roundedInnerPoint } from './geometryUtils.ts';
import { pointInGeometry } from './pointInGeometry.ts';

describe('roundedInnerPoint', () => {
  it('stays inside a concave shape once rounded, where the centroid sits on its edge', () => {
    // A thin V: its centroid lies a hair inside, next to the inner corner.
    const v: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [0.5, 0.5001], [1, 0], [1, 0.1], [0.5, 0.6], [0, 0.1], [0, 0]]],
    }; // prettier-ignore
    const p = roundedInnerPoint(v, 2);
    expect(pointInGeometry(p, v)).toBe(true);
    expect(p.every((c) => Math.round(c * 100) === c * 100)).toBe(true);
    expect(pointInGeometry(representativePoint(v), v)).toBe(true);
  });
});
