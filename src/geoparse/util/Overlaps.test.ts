import { describe, expect, it } from 'vitest';
import { Overlaps } from './Overlaps.ts';

describe('Overlaps', () => {
  it('answers like a scan over every span, across block boundaries', () => {
    const spans = [
      { start: 10, end: 20 },
      { start: 250, end: 300 },
      { start: 1000, end: 1001 },
    ];
    const o = new Overlaps(spans);
    for (let start = 0; start < 1100; start += 7)
      for (const len of [1, 5, 40, 300]) {
        const q = { start, end: start + len };
        expect(o.hits(q)).toBe(spans.some((s) => s.start < q.end && q.start < s.end));
      }
    o.add({ start: 600, end: 610 });
    expect(o.hits({ start: 605, end: 606 })).toBe(true);
    expect(o.hits({ start: 610, end: 620 })).toBe(false);
  });
});
