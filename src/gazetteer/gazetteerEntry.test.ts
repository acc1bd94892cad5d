import { describe, expect, it } from 'vitest';
import { gazetteerEntry } from './gazetteerEntry.ts';

describe('gazetteerEntry', () => {
  it('fills every field not given with a plain default', () => {
    // eslint-disable-next-line no-restricted-syntax -- the defaults themselves, spelled out
    expect(gazetteerEntry({ id: 't:1' })).toEqual({
      id: 't:1',
      name: 't:1',
      kind: 'settlement',
      names: { en: 't:1' },
      aliases: [],
      lon: 0,
      lat: 0,
      population: 0,
      country: 'SY',
      admin1: '',
      featureCode: 'PPL',
    });
  });

  it('lets the fields given win, and names the entry in English by its name', () => {
    const e = gazetteerEntry({
      id: 't:2',
      name: 'Tall Sabun',
      lon: 37.2,
      lat: 36.1,
      country: 'TR',
      parent: 't:1',
    });
    expect(e).toMatchObject({
      name: 'Tall Sabun',
      names: { en: 'Tall Sabun' },
      lon: 37.2,
      lat: 36.1,
      country: 'TR',
    });
    expect(e.parent).toBe('t:1');
    expect(gazetteerEntry({ id: 't:3', name: 'Sabun', names: { en: 'Sabun', ar: 'صابون' } }).names.ar).toBe(
      'صابون',
    );
  });

  it('gives a division, a country and a road the feature code our builders give them', () => {
    const code = (kind: 'admin1' | 'admin2' | 'country' | 'road' | 'neighbourhood') =>
      gazetteerEntry({ id: 't:4', kind }).featureCode;
    expect(['admin1', 'admin2', 'country', 'road'].map((k) => code(k as 'admin1'))).toEqual([
      'ADM1',
      'ADM2',
      'PCLI',
      'ROAD',
    ]);
    expect(code('neighbourhood')).toBe('PPL');
    expect(gazetteerEntry({ id: 't:5', kind: 'admin1', featureCode: 'RGN' }).featureCode).toBe('RGN');
  });

  it("keeps GazetteerEntry's key order, so two entries built alike serialise alike", () => {
    const e = gazetteerEntry({ geometry: { type: 'LineString', coordinates: [] }, population: 5, id: 't:6' });
    expect(Object.keys(e)).toEqual([
      'id',
      'name',
      'kind',
      'names',
      'aliases',
      'lon',
      'lat',
      'population',
      'country',
      'admin1',
      'featureCode',
      'geometry',
    ]);
  });

  it('builds a fresh entry each call', () => {
    const a = gazetteerEntry({ id: 't:7' });
    a.aliases.push('Seven');
    a.names.ar = 'سبعة';
    expect(gazetteerEntry({ id: 't:7' })).toMatchObject({ aliases: [], names: { en: 't:7' } });
  });
});
