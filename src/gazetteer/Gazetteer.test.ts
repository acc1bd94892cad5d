import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import { Gazetteer } from './Gazetteer.ts';
import { gazetteerEntry } from './gazetteerEntry.ts';

const gaz = new Gazetteer({
  version: 't',
  sources: [],
  entries: [
    gazetteerEntry({ id: 'city', admin1: 'SY.09', lon: 0.5, lat: 0.5 }),
    gazetteerEntry({ id: 'nbhd', kind: 'neighbourhood', parent: 'city', lon: 0.6, lat: 0.6 }),
    gazetteerEntry({ id: 'town', country: 'TR', lon: 5, lat: 5 }),
    gazetteerEntry({
      id: 'gov',
      kind: 'admin1',
      admin1: 'SY.09',
      geometry: bboxPolygon([0, 0, 1, 1]).geometry,
    }),
  ],
});

describe('Gazetteer', () => {
  it('finds entries by id, country and parent', () => {
    expect(gaz.get('city')?.id).toBe('city');
    expect(gaz.get('nope')).toBeUndefined();
    expect(gaz.byCountry('TR').map((x) => x.id)).toEqual(['town']);
    expect(gaz.children('city').map((x) => x.id)).toEqual(['nbhd']);
    expect(gaz.size).toBe(4);
  });

  it('finds the nearest place, by kind, country and distance', () => {
    expect(gaz.nearest(0.58, 0.58)?.id).toBe('nbhd');
    expect(gaz.nearest(0.58, 0.58, { kinds: ['settlement'] })?.id).toBe('city');
    expect(gaz.nearest(0.58, 0.58, { country: 'TR' })?.id).toBe('town');
    expect(gaz.nearest(0.58, 0.58, { country: 'TR', maxKm: 10 })).toBeUndefined();
  });

  it('finds the governorate by admin code or by polygon', () => {
    expect(gaz.admin1For('city')?.id).toBe('gov');
    expect(gaz.admin1For('nbhd')?.id).toBe('gov');
    expect(gaz.admin1For('town')).toBeUndefined();
    expect(gaz.admin1At(0.2, 0.2)?.id).toBe('gov');
  });
});
