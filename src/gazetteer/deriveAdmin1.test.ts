import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { deriveAdmin1, dissolveCells } from './deriveAdmin1.ts';
import { ringArea } from './geometryUtils.ts';
import { pointInGeometry } from './pointInGeometry.ts';

const border: Polygon = bboxPolygon([0, 0, 4, 2]).geometry;

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

describe('dissolveCells', () => {
  const square = (x: number, y: number) => [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ];

  it('joins cells that share edges into one ring, whatever their orientation', () => {
    const rings = dissolveCells([square(0, 0), square(1, 0), [...square(0, 1)].reverse(), square(1, 1)]);
    expect(rings).toHaveLength(1);
    expect(rings[0]).toHaveLength(1);
    expect(Math.abs(ringArea(rings[0][0]))).toBeCloseTo(4);
  });

  it('keeps separate parts apart and a hole as a hole', () => {
    expect(dissolveCells([square(0, 0), square(5, 5)])).toHaveLength(2);
    const ring = [0, 1, 2]
      .flatMap((x) => [0, 1, 2].map((y) => [x, y]))
      .filter(([x, y]) => x !== 1 || y !== 1);
    const rings = dissolveCells(ring.map(([x, y]) => square(x, y)));
    expect(rings).toHaveLength(1);
    expect(rings[0]).toHaveLength(2);
    expect(Math.abs(ringArea(rings[0][0])) - Math.abs(ringArea(rings[0][1]))).toBeCloseTo(8);
  });
});
