import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import { gazetteerEntry } from '../../src/gazetteer/gazetteerEntry.ts';
import type { Geometry } from 'geojson';
import type { PlaceMention } from '../../src/types/model.ts';
import { placeFeature } from '../../src/types/placeFeature.ts';
import { predictToponyms, toponymsByArticle } from './predictToponyms.ts';
import { naiveBaseline } from './naiveBaseline.ts';

const square = bboxPolygon([35, 32, 42, 37]).geometry;

const gaz = new Gazetteer({
  version: 'test',
  sources: [],
  entries: [
    gazetteerEntry({
      id: 'ne:SYR',
      name: 'Syria',
      kind: 'country',
      lat: 35,
      lon: 38.5,
      population: 18e6,
      geometry: square,
    }),
    gazetteerEntry({
      id: 'geonames:170063',
      name: 'Aleppo',
      lat: 36.2,
      lon: 37.16,
      population: 1.6e6,
      featureCode: 'PPLA',
    }),
    gazetteerEntry({
      id: 'geonames:169577',
      name: 'Homs',
      lat: 34.73,
      lon: 36.72,
      population: 775e3,
      featureCode: 'PPLA',
    }),
  ],
});

const feature = (id: string, geometry: Geometry, mentions: PlaceMention[]) =>
  placeFeature({ id, kind: 'region', mentions }, geometry);

describe('toponymsByArticle', () => {
  it("lists every mention by article, in text order, with its feature's geometry and role", () => {
    const a = feature('ne:SYR', square, [
      { article: 'b', start: 30, end: 35, text: 'Syria' },
      { article: 'a', start: 0, end: 5, text: 'SYRIA', role: 'dateline' },
    ]);
    const b = feature('geonames:1', { type: 'Point', coordinates: [1, 2] }, [
      { article: 'b', start: 3, end: 8, text: 'Homsy' },
    ]);
    const byArticle = toponymsByArticle([a, b]);
    expect(byArticle.get('b')?.map((p) => [p.text, p.geometry?.type])).toEqual([
      ['Homsy', 'Point'],
      ['Syria', 'Polygon'],
    ]);
    expect(byArticle.get('a')?.[0]).toMatchObject({ role: 'dateline', resolvedName: 'ne:SYR (ne:SYR)' });
  });
});

describe('predictToponyms', () => {
  it('returns mentions with the geometry of their place', () => {
    const p = predictToponyms({ id: 't', text: 'Shelling hit Aleppo and Homs on Friday.' }, gaz);
    const aleppo = p.find((m) => m.text === 'Aleppo');
    expect(aleppo).toMatchObject({
      start: 13,
      end: 19,
      geometry: { type: 'Point', coordinates: [37.16, 36.2] },
    });
  });
});

describe('naiveBaseline', () => {
  it('finds exact names, longest first, and resolves to the entry', () => {
    const p = naiveBaseline(gaz)('Trucks left Homs for Aleppo. Then Syria.');
    expect(p.map((m) => [m.text, m.start])).toEqual([
      ['Homs', 12],
      ['Aleppo', 21],
      ['Syria', 34],
    ]);
    expect(p[0].geometry).toEqual({ type: 'Point', coordinates: [36.72, 34.73] });
    expect(p[2].geometry).toBe(square);
  });
});
