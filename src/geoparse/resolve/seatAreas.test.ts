import { describe, expect, it } from 'vitest';
import { NameIndex } from '../index/NameIndex.ts';
import { mentionPairs, parseText, testEntries } from '../testGazetteer.ts';
import { foldKey } from '../index/fold.ts';
import { wantsSeatArea, withSeatAreas } from './seatAreas.ts';
import { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import type { GazetteerEntry } from '../../types/model.ts';

describe('withSeatAreas', () => {
  const entries = testEntries();
  const town = entries.find((e) => e.id === 'geonames:164816')!;
  const area = { ...town, id: 'sm:adm3:164816', name: 'Saraqib Subdistrict',
    names: { en: 'Saraqib Subdistrict' },
    aliases: [], kind: 'region' as const, adminLevel: 3 as const, seat: town.id }; // prettier-ignore
  const index = new NameIndex([...entries, area]);

  it('adds the areas a town is the seat of, one step behind the town', () => {
    const hits = withSeatAreas(index.exact(foldKey('Saraqib')), index);
    expect(hits.map((h) => h.entry.id)).toEqual(['geonames:164816', 'sm:adm3:164816']);
  });

  it('does not file the area under the bare name', () => {
    expect(index.exact(foldKey('Saraqib')).map((h) => h.entry.id)).toEqual(['geonames:164816']);
    expect(index.exact(foldKey('Saraqib Subdistrict')).map((h) => h.entry.id)).toEqual(['sm:adm3:164816']);
  });

  it('only district and subdistrict qualifiers ask for them', () => {
    expect(wantsSeatArea('subdistrict')).toBe(true);
    expect(wantsSeatArea('admin1')).toBe(false);
    expect(wantsSeatArea(undefined)).toBe(false);
  });
});

describe('district and subdistrict qualifiers in reports', () => {
  const entries = testEntries();
  const seatArea = (seat: string, level: 2 | 3, name: string): GazetteerEntry => ({
    ...entries.find((e) => e.id === seat)!,
    id: `sm:adm${level}:${seat.slice('geonames:'.length)}`,
    name,
    names: { en: name },
    aliases: [],
    kind: level === 2 ? 'admin2' : 'region',
    adminLevel: level,
    seat,
    geometry: { type: 'Polygon', coordinates: [[[36, 35], [37, 35], [37, 36], [36, 35]]] },
  }); // prettier-ignore
  const gaz = new Gazetteer({
    version: 't',
    sources: [],
    entries: [
      ...entries,
      seatArea('geonames:170063', 2, 'Aleppo District'),
      seatArea('geonames:169389', 2, 'Idlib District'),
      seatArea('geonames:164816', 3, 'Saraqib Subdistrict'),
    ],
  });
  const ids = (text: string) => mentionPairs(parseText(text, gaz)).sort();

  it('gives the area for a qualified name and the town for a bare one', () => {
    expect(ids('Shelling hit the Idlib district and Saraqib subdistrict in Syria.')).toEqual([
      'Idlib district → sm:adm2:169389',
      'Saraqib subdistrict → sm:adm3:164816',
      'Syria → ne:SYR',
    ]);
    expect(ids('Shelling hit Idlib and Saraqib in Syria.')).toEqual([
      'Idlib → geonames:169389',
      'Saraqib → geonames:164816',
      'Syria → ne:SYR',
    ]);
  });

  it('keeps "the X district of Aleppo" a neighbourhood of the city', () => {
    expect(ids('The Hamdaniyeh district of Aleppo was shelled, Syrian media said.')).toEqual([
      'Aleppo → geonames:170063',
      'Hamdaniyeh district → sm:nbhd:aleppo-hamdaniyeh',
    ]);
  });
});
