import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { deriveAdmin1 } from './deriveAdmin1.ts';
import { pointInGeometry } from './pointInGeometry.ts';

const border: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [4, 0],
      [4, 2],
      [0, 2],
      [0, 0],
    ],
  ],
};

describe('deriveAdmin1', () => {
  it('splits a country between the places of each admin code, inside the border', () => {
    const seeds = [
      { lon: 0.5, lat: 1, code: 'W' },
      { lon: 1.2, lat: 0.5, code: 'W' },
      { lon: 3, lat: 1, code: 'E' },
      { lon: 3.5, lat: 1.5, code: 'E' },
    ];
    const polys = deriveAdmin1(seeds, border);
    expect([...polys.keys()].sort()).toEqual(['E', 'W']);
    expect(pointInGeometry([0.2, 0.2], polys.get('W')!)).toBe(true);
    expect(pointInGeometry([3.8, 1.8], polys.get('E')!)).toBe(true);
    expect(pointInGeometry([3.8, 1.8], polys.get('W')!)).toBe(false);
    // nothing outside the border
    expect(pointInGeometry([4.5, 1], polys.get('E')!)).toBe(false);
  });
});
