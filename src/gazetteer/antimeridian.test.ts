import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { onOneSide } from './antimeridian.ts';
import { pointInGeometry } from './pointInGeometry.ts';

describe('onOneSide', () => {
  it('cuts a ring that runs across the antimeridian into a piece on each side', () => {
    // An invented country from 170° E to 178° W in one ring, as TopoJSON can leave it.
    const across: Polygon = {
      type: 'Polygon',
      coordinates: [[[170, 60], [-178, 60], [-178, 70], [170, 70], [170, 60]]],
    }; // prettier-ignore
    expect(pointInGeometry([175, 65], across)).toBe(false);
    const fixed = onOneSide(across);
    expect(fixed.type).toBe('MultiPolygon');
    expect(pointInGeometry([175, 65], fixed)).toBe(true);
    expect(pointInGeometry([-179, 65], fixed)).toBe(true);
    expect(pointInGeometry([-170, 65], fixed)).toBe(false);
    expect(pointInGeometry([0, 65], fixed)).toBe(false);
  });

  it('puts a cut written on the wrong side back, and leaves other rings alone', () => {
    const wrongSide: Polygon = {
      type: 'Polygon',
      coordinates: [[[170, 60], [-180, 60], [-180, 70], [170, 70], [170, 60]]],
    }; // prettier-ignore
    expect(pointInGeometry([175, 65], onOneSide(wrongSide))).toBe(true);
    const plain: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    expect(onOneSide(plain)).toBe(plain);
  });
});
