import { describe, expect, it } from 'vitest';
import { placeFeature } from './placeFeature.ts';

describe('placeFeature', () => {
  it('fills every property not given with a plain default, at a point at [0, 0]', () => {
    expect(placeFeature({ id: 't:1' })).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      // eslint-disable-next-line no-restricted-syntax -- the defaults themselves, spelled out
      properties: {
        id: 't:1',
        name: 't:1',
        kind: 'settlement',
        gazetteerId: 't:1',
        names: { en: 't:1' },
        mentions: [],
        alternatives: [],
        confidence: 1,
      },
    });
  });

  it('lets the properties given win, names the place in English by its name, and keeps the key order', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [37, 36],
        [37.1, 36.1],
      ],
    };
    const p = placeFeature(
      { precision: 'approximate', id: 't:2', name: 'M4 road', kind: 'road', confidence: 0.5 },
      line,
    );
    expect(p.geometry).toBe(line);
    expect(p.properties).toMatchObject({
      name: 'M4 road',
      kind: 'road',
      names: { en: 'M4 road' },
      confidence: 0.5,
    });
    expect(Object.keys(p.properties)).toEqual([
      'id',
      'name',
      'kind',
      'gazetteerId',
      'names',
      'mentions',
      'alternatives',
      'confidence',
      'precision',
    ]);
    expect(placeFeature({ id: 't:3', names: { en: 'Three', ar: 'ثلاثة' } }).properties.names).toEqual({
      en: 'Three',
      ar: 'ثلاثة',
    });
  });

  it('gives each feature lists of its own', () => {
    const a = placeFeature({ id: 't:4' });
    a.properties.mentions.push({ article: 'a', start: 0, end: 1, text: 'x' });
    expect(placeFeature({ id: 't:4' }).properties.mentions).toEqual([]);
  });
});
