import { describe, expect, it } from 'vitest';
import { NameIndex } from './NameIndex.ts';
import { testEntries } from './testGazetteer.ts';
import { foldKey } from './fold.ts';
import { wantsSeatArea, withSeatAreas } from './seatAreas.ts';

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
