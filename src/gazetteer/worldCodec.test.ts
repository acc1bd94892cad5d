import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../types/model.ts';
import { decodeWorld, encodeWorld } from './worldCodec.ts';

const point = (id: string, extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  id,
  name: 'Tall Qamar',
  kind: 'settlement',
  names: { en: 'Tall Qamar', ar: 'تل قمر' },
  aliases: ['Tell Qamar', 'تل قمر'],
  lon: 36.12345,
  lat: 35.54321,
  population: 1234,
  country: 'SY',
  admin1: 'SY.09',
  featureCode: 'PPL',
  ...extra,
});

describe('world codec', () => {
  it('round-trips GeoNames points, facts and geometries', () => {
    const entries: GazetteerEntry[] = [
      point('geonames:1'),
      point('geonames:2', {
        names: { en: 'Tall Qamar' },
        aliases: [],
        featureCode: 'PPLX',
        kind: 'neighbourhood',
      }),
      point('sm:nbhd:x', { parent: 'geonames:1', kind: 'neighbourhood', featureCode: 'NBHD' }),
      point('sm:road:M9', {
        kind: 'road',
        featureCode: 'ROAD',
        geometry: {
          type: 'LineString',
          coordinates: [
            [36.1, 35.1],
            [36.2, 35.25],
          ],
        },
      }),
      point('ne:XXX', {
        kind: 'country',
        featureCode: 'PCLI',
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
            [
              [
                [2, 2],
                [3, 2],
                [3, 3],
                [2, 2],
              ],
            ],
          ],
        },
      }),
    ];
    const pack = { version: 'v1', sources: [{ name: 's', licence: 'l' }], entries };
    const back = decodeWorld(encodeWorld(pack));
    expect(back.version).toBe('v1');
    expect(back.sources).toEqual(pack.sources);
    const byId = new Map(back.entries.map((e) => [e.id, e]));
    for (const e of entries) expect(byId.get(e.id)).toEqual(e);
  });

  it('rejects bytes that are not a world file', () => {
    expect(() => decodeWorld(new TextEncoder().encode('{"entries": []}'))).toThrow(/not a world gazetteer/);
    expect(() => decodeWorld(new Uint8Array(2))).toThrow(/not a world gazetteer/);
  });
});
