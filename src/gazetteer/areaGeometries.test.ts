import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import type { GazetteerEntry, PlaceKind } from '../types/model.ts';
import { admin1Areas, unionOfCountries } from './areaGeometries.ts';
import { pointInGeometry } from './pointInGeometry.ts';
import { gazetteerEntry } from './gazetteerEntry.ts';

/** A place of the invented country XX. */
const entry = (id: string, kind: PlaceKind, lon: number, lat: number, extra: Partial<GazetteerEntry> = {}) =>
  gazetteerEntry({ id, kind, lon, lat, country: 'XX', ...extra });
const square = (x0: number, y0: number, x1: number, y1: number) => bboxPolygon([x0, y0, x1, y1]).geometry;

describe('unionOfCountries', () => {
  const countries = new Map([
    ['ne:AAA', entry('ne:AAA', 'country', 0.5, 0.5, { geometry: square(0, 0, 1, 1) })],
    ['ne:BBB', entry('ne:BBB', 'country', 1.5, 0.5, { geometry: square(1, 0, 2, 1) })],
  ]);
  it('joins neighbouring countries into one shape', () => {
    const g = unionOfCountries(['ne:AAA', 'ne:BBB'], countries)!;
    expect(g.type).toBe('Polygon');
    expect(pointInGeometry([0.2, 0.5], g)).toBe(true);
    expect(pointInGeometry([1.8, 0.5], g)).toBe(true);
    expect(pointInGeometry([2.5, 0.5], g)).toBe(false);
  });
  it('fails on a member that is not a country, so a typo in the facts stops the build', () => {
    expect(() => unionOfCountries(['ne:AAA', 'ne:ZZZ'], countries)).toThrow(/ne:ZZZ/);
  });
});

describe('admin1Areas', () => {
  it('gives each admin-1 code the part of the country nearest its places', () => {
    const places = [
      entry('w1', 'settlement', 0.5, 1, { admin1: 'XX.W' }),
      entry('w2', 'settlement', 1, 3, { admin1: 'XX.W' }),
      entry('e1', 'settlement', 3.5, 1, { admin1: 'XX.E' }),
      entry('e2', 'settlement', 3, 3, { admin1: 'XX.E' }),
      entry('none', 'settlement', 2, 2, { admin1: '' }),
    ];
    const areas = admin1Areas(places, square(0, 0, 4, 4));
    expect([...areas.keys()].sort()).toEqual(['XX.E', 'XX.W']);
    for (const p of places.filter((x) => x.admin1))
      expect(pointInGeometry([p.lon, p.lat], areas.get(p.admin1)!)).toBe(true);
    expect(pointInGeometry([3.9, 0.1], areas.get('XX.W')!)).toBe(false);
  });

  it('keeps an island group across the antimeridian in one piece on each side of it', () => {
    // An invented island country from 178° E to 178° W, its western province on both sides.
    const outline = {
      type: 'MultiPolygon' as const,
      coordinates: [square(178, -18, 180, -16).coordinates, square(-180, -18, -178, -16).coordinates],
    };
    const places = [
      entry('a', 'settlement', 178.5, -17, { admin1: 'XX.W' }),
      entry('b', 'settlement', 179.8, -17.5, { admin1: 'XX.W' }),
      entry('c', 'settlement', -179.8, -17.5, { admin1: 'XX.W' }),
      entry('d', 'settlement', -178.5, -17, { admin1: 'XX.E' }),
    ];
    const areas = admin1Areas(places, outline);
    for (const p of places) expect(pointInGeometry([p.lon, p.lat], areas.get(p.admin1)!)).toBe(true);
    for (const g of areas.values()) {
      const xs = JSON.stringify(g.coordinates)
        .match(/-?\d+(\.\d+)?(?=,)/g)!
        .map(Number);
      expect(Math.max(...xs)).toBeLessThanOrEqual(180);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(-180);
    }
    expect(pointInGeometry([-178.2, -17], areas.get('XX.W')!)).toBe(false);
  });
});
