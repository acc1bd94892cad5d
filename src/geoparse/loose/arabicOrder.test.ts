import { describe, expect, it } from 'vitest';
import { arabicOrder } from './arabicOrder.ts';

describe('arabicOrder', () => {
  it('moves an English qualifier after the name, as the gazetteer files it', () => {
    expect(arabicOrder('Eastern Bari')).toBe('Bari Sharqi');
    expect(arabicOrder('Madiq Castle')).toBe('Qalaat Madiq');
  });

  it('reads no property of a plain object as a qualifier', () => {
    for (const w of ['Constructor', 'ToString', 'ValueOf']) expect(arabicOrder(`${w} Bari`), w).toBeNull();
  });
});
