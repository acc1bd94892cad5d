import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/types/model.ts';
import { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import type { PlaceFeature } from '../../src/types/model.ts';
import { placeArea, placeLatLon, predictToponyms } from './predictToponyms.ts';
import { naiveBaseline } from './naiveBaseline.ts';

const square = {
  type: 'Polygon' as const,
  coordinates: [[[35, 32], [42, 32], [42, 37], [35, 37], [35, 32]]],
}; // prettier-ignore

function entry(id: string, name: string, lat: number, lon: number, more: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return { id, name, kind: 'settlement', names: { en: name }, aliases: [], lat, lon, population: 1000, country: 'SY', admin1: '', featureCode: 'PPL', ...more };
} // prettier-ignore

const gaz = new Gazetteer({
  version: 'test',
  sources: [],
  entries: [
    entry('ne:SYR', 'Syria', 35, 38.5, {
      kind: 'country',
      featureCode: 'PCLI',
      population: 18e6,
      geometry: square,
    }),
    entry('geonames:170063', 'Aleppo', 36.2, 37.16, { population: 1.6e6, featureCode: 'PPLA' }),
    entry('geonames:169577', 'Homs', 34.73, 36.72, { population: 775e3, featureCode: 'PPLA' }),
  ],
});

const feature = (gazetteerId: string, geometry: PlaceFeature['geometry']): PlaceFeature => ({
  type: 'Feature',
  geometry,
  properties: { id: 'p', name: 'x', kind: 'region', gazetteerId, names: { en: 'x' }, mentions: [], alternatives: [], confidence: 1 },
}); // prettier-ignore

describe('placeLatLon and placeArea', () => {
  it("use the gazetteer entry's point and polygon", () => {
    const f = feature('ne:SYR', { type: 'Point', coordinates: [0, 0] });
    expect(placeLatLon(f, gaz)).toEqual([35, 38.5]);
    expect(placeArea(f, gaz)).toBe(square);
  });

  it('fall back to the centre of a shape we made, and to its own polygon', () => {
    const f = feature('rel:west-part:ne:SYR', square);
    expect(placeLatLon(f, gaz)).toEqual([34.5, 38.5]);
    expect(placeArea(f, gaz)).toBe(square);
  });
});

describe('predictToponyms', () => {
  it('returns mentions with the coordinates of their place', () => {
    const p = predictToponyms({ id: 't', text: 'Shelling hit Aleppo and Homs on Friday.' }, gaz);
    const aleppo = p.find((m) => m.text === 'Aleppo');
    expect(aleppo).toMatchObject({ start: 13, end: 19, lat: 36.2, lon: 37.16 });
  });
});

describe('naiveBaseline', () => {
  it('finds exact names, longest first, and resolves to the entry', () => {
    const p = naiveBaseline(gaz)('Trucks left Homs for Aleppo. Then Syria.');
    expect(p.map((m) => [m.text, m.start, m.lat])).toEqual([
      ['Homs', 12, 34.73],
      ['Aleppo', 21, 36.2],
      ['Syria', 34, 35],
    ]);
    expect(p[2].area).toBe(square);
  });
});
