import { describe, expect, it } from 'vitest';
import { campOf, parseCamp } from './sides.ts';

describe('parseCamp', () => {
  it('reads camp names, allies and aliases in any case', () => {
    expect(parseCamp('Rebels')).toBe('opposition');
    expect(parseCamp(' SDF ')).toBe('sdf');
    expect(campOf('russia')).toBe('government');
  });
  it("answers null for what it does not know, a plain object's own words included", () => {
    for (const v of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'nobody', 42])
      expect(parseCamp(v)).toBeNull();
    expect(campOf('valueOf')).toBeNull();
  });
});
