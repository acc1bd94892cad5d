import { describe, expect, it } from 'vitest';
import { readQualifiers, resolveName } from './resolveName.ts';
import { testGazetteer } from '../testGazetteer.ts';
import { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { gazetteerEntry } from '../../gazetteer/gazetteerEntry.ts';

const gaz = testGazetteer();

describe('resolveName', () => {
  it('resolves spellings, misspellings and vowel variants in the context country', () => {
    expect(resolveName('Tell Rifaat', gaz, { country: 'SY' })?.gazetteerId).toBe('geonames:163806');
    expect(resolveName('Saraqab', gaz, { country: 'SY' })?.gazetteerId).toBe('geonames:164816');
    expect(resolveName('Nobol', gaz, { country: 'SY' })?.gazetteerId).toBe('geonames:166578');
  });

  it('prefers the context country among namesakes and keeps the others as alternatives', () => {
    const r = resolveName('Hama', gaz, { country: 'SY' })!;
    expect(r.gazetteerId).toBe('geonames:170017');
    expect(r.alternatives.map((a) => a.gazetteerId)).toContain('geonames:2911230');
    expect(r.alternatives[0].score).toBeGreaterThan(r.alternatives[1].score);
  });

  it('reads English qualifiers in Arabic word order', () => {
    const gaz2 = new Gazetteer({
      version: 't',
      sources: [],
      entries: [
        gazetteerEntry({
          id: 'x:1',
          name: 'Barrī ash Sharqī',
          names: { en: 'Barri Sharqi' },
          lon: 38,
          lat: 35,
        }),
      ],
    });
    expect(resolveName('Eastern Bari', gaz2, { country: 'SY' })?.gazetteerId).toBe('x:1');
  });

  it('reads district and subdistrict qualifiers as the area the town is the seat of', () => {
    const entries = testGazetteer().entries;
    const town = entries.find((e) => e.id === 'geonames:164816')!;
    const area = (level: 2 | 3) => ({
      ...town,
      id: `sm:adm${level}:164816`,
      name: `Sarāqib ${level === 2 ? 'District' : 'Subdistrict'}`,
      names: { en: `Sarāqib ${level === 2 ? 'District' : 'Subdistrict'}` },
      aliases: [],
      kind: level === 2 ? ('admin2' as const) : ('region' as const),
      adminLevel: level,
      seat: town.id,
    });
    const g = new Gazetteer({ version: 't', sources: [], entries: [...entries, area(2), area(3)] });
    const id = (q: string) => resolveName(q, g, { country: 'SY' })?.gazetteerId;
    expect(id('Saraqeb')).toBe('geonames:164816');
    expect(id('Saraqeb subdistrict')).toBe('sm:adm3:164816');
    expect(id('Saraqib nahiya')).toBe('sm:adm3:164816');
    expect(id('Nahiyat Saraqib')).toBe('sm:adm3:164816');
    expect(id('Saraqeb district')).toBe('sm:adm2:164816');
    expect(id('the Saraqib district of Idlib')).toBe('sm:adm2:164816');
    expect(id('Saraqib Subdistrict')).toBe('sm:adm3:164816');
    // A town that heads no district: "district" gives its subdistrict.
    const nubl = entries.find((e) => e.id === 'geonames:166578')!;
    const nublArea = { ...area(3), id: 'sm:adm3:166578', name: 'Nubl Subdistrict', names: { en: 'Nubl Subdistrict' }, seat: nubl.id }; // prettier-ignore
    const g2 = new Gazetteer({ version: 't', sources: [], entries: [...entries, nublArea] });
    expect(resolveName('Nobol district', g2, { country: 'SY' })?.gazetteerId).toBe('sm:adm3:166578');
  });

  it('splits off qualifiers and a containing place', () => {
    expect(readQualifiers('the Saraqib district of Idlib')).toEqual({
      name: 'Saraqib',
      want: 'neighbourhood',
      parent: 'Idlib',
    });
    expect(readQualifiers('Nahiyat Saraqib')).toEqual({ name: 'Saraqib', want: 'subdistrict' });
    expect(readQualifiers('Saraqib sub-district')).toEqual({ name: 'Saraqib', want: 'subdistrict' });
    expect(readQualifiers('District')).toEqual({ name: 'District' });
  });

  it('returns undefined for unknown or empty names', () => {
    expect(resolveName('Qwxyzzy', gaz, { country: 'SY' })).toBeUndefined();
    expect(resolveName('', gaz)).toBeUndefined();
  });
});
