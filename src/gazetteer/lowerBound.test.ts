import { describe, expect, it } from 'vitest';
import { lowerBound } from './lowerBound.ts';

describe('lowerBound', () => {
  it('finds where an item is or would go, before any equal ones', () => {
    const list = [1, 3, 3, 7];
    expect([0, 1, 3, 4, 7, 8].map((c) => lowerBound(list, (x) => x < c))).toEqual([0, 0, 1, 3, 3, 4]);
  });

  it('works on ISO dates and on a key of an object', () => {
    expect(lowerBound(['2024-11-27', '2024-11-29'], (d) => d < '2024-11-28')).toBe(1);
    expect(lowerBound([{ start: 2 }, { start: 9 }], (m) => m.start < 10)).toBe(2);
    expect(lowerBound([], () => true)).toBe(0);
  });
});
