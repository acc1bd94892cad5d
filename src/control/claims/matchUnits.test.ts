import { describe, expect, it } from 'vitest';
import { bboxPolygon, booleanPointInPolygon } from '@turf/turf';
import type { PlaceFeature } from '../../types/model.ts';
import { placeFeature } from '../../types/placeFeature.ts';
import { baselineUnits } from '../ground/baseline.ts';
import { matchPlace, type MatchContext } from './matchUnits.ts';
import { place, syriaOutline, testGazetteer } from '../testFixtures.ts';

const syria = syriaOutline();
function ctx(places: PlaceFeature[] = []): MatchContext {
  const gazetteer = testGazetteer();
  return {
    units: baselineUnits(gazetteer),
    places: new Map(places.map((p) => [p.properties.id, p])),
    gazetteer,
    inside: (lon, lat) => booleanPointInPolygon([lon, lat], syria),
  };
}
const names = (m: ReturnType<typeof matchPlace>) => m?.units.map((u) => u.name).sort();

describe('matchPlace', () => {
  it('matches a settlement by gazetteer id, or by spelling when the id differs', () => {
    const c = ctx();
    expect(names(matchPlace(place('p', 'Saraqib', 36.806, 35.864, 'geonames:164816'), c))).toEqual([
      'Saraqib',
    ]);
    expect(names(matchPlace(place('p', 'Khan Assal', 37.04, 36.17, 'sm:other'), c))).toEqual([
      'Khan al-Asal',
    ]);
  });

  it('reads a city with neighbourhoods as its centre', () => {
    const m = matchPlace(place('p', 'Aleppo', 37.161, 36.201, 'geonames:170063'), ctx());
    expect(m?.scope).toBe('city');
    expect(names(m)).toContain('Old City');
    expect(names(m)).not.toContain('New Aleppo');
  });

  it('takes the units inside a relative area polygon', () => {
    const c = ctx();
    const west = placeFeature(
      { id: 'w', name: 'west of Aleppo', kind: 'region', gazetteerId: 'rel:west:geonames:170063' },
      bboxPolygon([37.0, 36.14, 37.125, 36.24]).geometry,
    );
    const m = matchPlace(west, c);
    expect(m?.scope).toBe('area');
    expect(names(m)).toEqual(
      expect.arrayContaining(['New Aleppo', 'Rashidin', 'Hamdaniyeh', 'Khan al-Asal']),
    );
    expect(names(m)).not.toContain('Old City');
  });

  it('falls back to a direction sector from the base when a relative area has no polygon', () => {
    const c = ctx();
    const base = place('a', 'Aleppo', 37.161, 36.201, 'geonames:170063');
    const rel = placeFeature(
      {
        id: 'w',
        name: 'western neighbourhoods',
        kind: 'region',
        gazetteerId: 'rel:west:geonames:170063',
        relativeTo: { placeId: 'a', relation: 'west' },
      },
      { type: 'Point', coordinates: [37.1, 36.2] },
    );
    c.places.set('a', base);
    const m = matchPlace(rel, c);
    expect(names(m)).toEqual(expect.arrayContaining(['New Aleppo', 'Rashidin']));
    expect(names(m)).not.toContain('Hanano');
  });

  it('gives nothing for provinces, countries and areas relative to them', () => {
    const c = ctx();
    expect(matchPlace(place('g', 'Idlib Governorate', 36.6, 35.8, 'sm:adm1:SY07', 'admin1'), c)).toBeNull();
    const east = place('e', 'eastern Idlib', 36.8, 35.8, 'rel:east:sm:adm1:SY07', 'region');
    const gov = place('g', 'Idlib Governorate', 36.6, 35.8, 'sm:adm1:SY07', 'admin1');
    east.properties.relativeTo = { placeId: 'g', relation: 'east' };
    c.places.set('g', gov);
    expect(matchPlace(east, c)).toBeNull();
    expect(matchPlace(place('m', 'Moscow', 37.6, 55.75, 'geonames:524901'), c)).toBeNull();
  });

  it('adds a town the baseline lacks, held by whoever held the nearest unit', () => {
    const c = ctx();
    const before = c.units.length;
    const m = matchPlace(place('t', 'Tell Test', 37.25, 36.05, 'geonames:999'), c);
    expect(c.units.length).toBe(before + 1);
    expect(m?.units[0]).toMatchObject({ id: 'geonames:999', controller: 'government', fromReport: true });
  });
});
