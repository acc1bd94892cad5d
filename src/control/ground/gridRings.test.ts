import { describe, expect, it } from 'vitest';
import { gridKey, visitRings } from './gridRings.ts';

describe('visitRings', () => {
  it('visits every cell of rings 0..last once, nearer rings first', () => {
    const seen: [number, number][] = [];
    visitRings(
      5,
      -3,
      2,
      () => false,
      (x, y) => seen.push([x, y]),
    );
    expect(seen).toHaveLength(25);
    expect(new Set(seen.map(([x, y]) => gridKey(x, y))).size).toBe(25);
    const ring = ([x, y]: [number, number]) => Math.max(Math.abs(x - 5), Math.abs(y + 3));
    expect(seen.map(ring)).toEqual([...seen.map(ring)].sort((a, b) => a - b));
  });

  it('stops before the ring `enough` rules out', () => {
    const seen: number[] = [];
    visitRings(
      0,
      0,
      10,
      (r) => r === 2,
      (x, y) => seen.push(Math.max(Math.abs(x), Math.abs(y))),
    );
    expect(seen).toHaveLength(9);
    expect(Math.max(...seen)).toBe(1);
  });

  it('gives distinct keys to neighbouring and negative cells', () => {
    const keys = [gridKey(0, 0), gridKey(-1, 0), gridKey(0, -1), gridKey(1, 0), gridKey(0, 1)];
    expect(new Set(keys).size).toBe(5);
  });
});
