import { describe, expect, it } from 'vitest';
import { gridKey } from './gridKey.ts';

describe('gridKey', () => {
  it('gives distinct keys to neighbouring and negative cells', () => {
    const keys = [gridKey(0, 0), gridKey(-1, 0), gridKey(0, -1), gridKey(1, 0), gridKey(0, 1)];
    expect(new Set(keys).size).toBe(5);
  });
});
