import { describe, expect, it } from 'vitest';
import { linkSections } from './linkSections.ts';
import { gazetteerEntry } from './gazetteerEntry.ts';

const place = (id: string, lon: number, lat: number, population: number, featureCode = 'PPL') =>
  gazetteerEntry({
    id,
    kind: featureCode === 'PPLX' ? 'neighbourhood' : 'settlement',
    lon,
    lat,
    population,
    country: 'TR',
    featureCode,
  });

describe('linkSections', () => {
  it('gives a section the nearby big city as parent, not a nearby village', () => {
    const entries = [
      place('city', 29.0, 41.0, 5_000_000, 'PPLA'),
      place('village', 29.1, 41.1, 800),
      place('section', 29.09, 41.09, 20_000, 'PPLX'),
      place('far', 31.0, 41.0, 1000, 'PPLX'),
    ];
    expect(linkSections(entries)).toBe(1);
    expect(entries[2].parent).toBe('city');
    expect(entries[3].parent).toBeUndefined();
  });
});
