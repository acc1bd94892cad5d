import { describe, expect, it } from 'vitest';
import { formatKm2, thousands } from './format.ts';

describe('format', () => {
  it('writes thousands as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 117948, 1234567, -275, -1000, 12.6])
      expect(thousands(n)).toBe(Math.round(n).toLocaleString('en-GB'));
  });
  it('writes signed areas', () => {
    expect(formatKm2(117948)).toBe('117,948 km²');
    expect(formatKm2(1275.2, true)).toBe('+1,275 km²');
    expect(formatKm2(-1275, true)).toBe('−1,275 km²');
    expect(formatKm2(0.2, true)).toBe('±0 km²');
  });
});
