import { describe, expect, it } from 'vitest';
import { gazetteerEntry } from '../../gazetteer/gazetteerEntry.ts';
import { bareName, isGenericName } from '../../gazetteer/admin1Names.ts';
import { genericDivision } from './genericDivision.ts';

const division = (name: string) =>
  gazetteerEntry({ id: `t:${name}`, name, kind: 'admin1', lon: 0, lat: 0, country: 'XX' });

describe('genericDivision', () => {
  it('answers as isGenericName(bareName(name)), whatever the name', () => {
    for (const name of [
      'Southern District',
      'Eastern Province',
      'Idlib Governorate',
      'Kherson Oblast',
      'North',
      'Central Region',
    ])
      expect(genericDivision(division(name))).toBe(isGenericName(bareName(name)));
  });

  it("answers again when the entry's name is replaced", () => {
    const e = division('Northern Region');
    const before = genericDivision(e);
    e.name = 'Kherson Oblast';
    expect(genericDivision(e)).toBe(isGenericName(bareName('Kherson Oblast')));
    expect(before).toBe(isGenericName(bareName('Northern Region')));
  });
});
