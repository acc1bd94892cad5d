import { describe, expect, it } from 'vitest';
import { STANCE_TEXT, STATUS_TEXT, filedFrom, formatKm2, listWords, thousands } from './format.ts';
import { SIDE_COLOURS, SIDE_NAMES } from '../layers/styleParts.ts';
import { ZONE_STATUS } from '../layers/controlLayers.ts';
import { PLACE_KIND_COLOURS } from '../layers/placeLayers.ts';

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
  it('says where a report was filed from, or nothing', () => {
    expect(filedFrom([{ name: 'Beirut' }])).toBe('filed from Beirut');
    expect(filedFrom([{ name: 'Damascus' }, { name: 'Jerusalem' }])).toBe(
      'filed from Damascus and Jerusalem',
    );
    expect(filedFrom([{ name: 'Homs' }, { name: 'Homs' }])).toBe('filed from Homs');
    expect(filedFrom(undefined)).toBeNull();
    expect(filedFrom([])).toBeNull();
  });
  it('lists words with commas and a final “and”', () => {
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listWords(['A'])).toBe('A');
    expect(listWords([])).toBe('');
  });
  it('finds nothing for an id a loaded file may hold that only a plain object knows', () => {
    const tables = { STANCE_TEXT, STATUS_TEXT, SIDE_COLOURS, SIDE_NAMES, ZONE_STATUS, PLACE_KIND_COLOURS };
    for (const [name, table] of Object.entries(tables))
      for (const id of ['constructor', 'toString', '__proto__'])
        expect(table[id], `${name}[${id}]`).toBeUndefined();
    expect(SIDE_NAMES.government).toBeDefined();
  });
});
