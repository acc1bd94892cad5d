import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

describe('plural', () => {
  it('takes the singular for exactly one and the plural otherwise', () => {
    expect(plural(1, 'mention', 'mentions')).toBe('1 mention');
    expect(plural(0, 'mention', 'mentions')).toBe('0 mentions');
    expect(plural(2, 'village', 'villages')).toBe('2 villages');
  });
});
