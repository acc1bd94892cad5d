import { describe, expect, it } from 'vitest';
import { area, polygon } from '@turf/turf';
import type { Position } from 'geojson';
import { boundaryCrossings, clipToCell } from './clipToCell.ts';

const cell: Position[] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
// An L-shaped border covering the cell's left half and the bottom strip.
const border: Position[] = [
  [-1, -1],
  [2, -1],
  [2, 0.25],
  [0.5, 0.25],
  [0.5, 2],
  [-1, 2],
  [-1, -1],
];

describe('clipToCell', () => {
  it('keeps the part of the border inside a convex cell', () => {
    const piece = clipToCell(border, cell)!;
    expect(piece[0]).toEqual(piece[piece.length - 1]);
    const km2 = area(polygon([piece])) / 1e6;
    const cellKm2 = area(polygon([cell])) / 1e6;
    expect(km2 / cellKm2).toBeCloseTo(0.5 + 0.5 * 0.25, 3);
    expect(boundaryCrossings(border, cell)).toBe(2);
  });
  it('returns null when the border misses the cell', () => {
    const far = cell.map(([x, y]) => [x + 5, y + 5]);
    expect(clipToCell(border, far)).toBeNull();
    expect(boundaryCrossings(border, far)).toBe(0);
  });
});
