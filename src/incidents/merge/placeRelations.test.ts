import { describe, expect, it } from 'vitest';
import {
  extentKm2,
  isWithin,
  nearestOnLine,
  placesCompatible,
  representativePoint,
} from './placeRelations.ts';
import { distance } from '../../geoparse/util/geodesy.ts';
import { place, point, WORLD } from '../testPlaces.ts';

const P = (name: string) => WORLD.find((p) => p.properties.id === `p:${name}`)!;

describe('place relations', () => {
  it('puts quarters, campuses and edges within their city, not towns nearby', () => {
    expect(isWithin(P('Old Quarter'), P('Midcity'))).toBe(true);
    expect(isWithin(P('Midcity University'), P('Midcity'))).toBe(true);
    expect(isWithin(P('west edge'), P('Midcity'))).toBe(true);
    expect(isWithin(P('west edge'), P('Nearby'))).toBe(false);
    expect(isWithin(P('Nearby'), P('Midcity'))).toBe(false);
  });
  it('merges on same or nested places, never on provinces or countries', () => {
    expect(placesCompatible(P('Old Quarter'), P('Midcity'))).toBe(true);
    expect(placesCompatible(P('Fartown'), P('Midcity'))).toBe(false);
    expect(placesCompatible(P('North Province'), P('Midcity'))).toBe(false);
    expect(placesCompatible(P('Landia'), P('Landia'))).toBe(true);
    const twin = place('p:Twin', 'settlement', point(37.01, 36.005));
    expect(placesCompatible(twin, P('Midcity'))).toBe(true);
  });
  it('merges a place the gazetteer lacks only with itself, not with the town it was put at', () => {
    const approx = (id: string) => place(id, 'settlement', point(37.0, 36.0), { precision: 'approximate' });
    expect(placesCompatible(approx('p:Hilltop'), P('Midcity'))).toBe(false);
    expect(placesCompatible(approx('p:Hilltop'), approx('p:Riverbend'))).toBe(false);
    expect(placesCompatible(approx('p:Hilltop'), approx('p:Hilltop'))).toBe(true);
  });
  it('ranks places by extent', () => {
    expect(extentKm2(P('Midcity University'))).toBeLessThan(extentKm2(P('Old Quarter')));
    expect(extentKm2(P('west edge'))).toBeLessThan(extentKm2(P('North Province')));
    expect(extentKm2(P('North Province'))).toBeLessThan(extentKm2(P('Landia')));
  });
  it('gives every geometry a point', () => {
    expect(representativePoint(P('west edge').geometry)).toEqual([36.95, 36.0]);
    expect(representativePoint(P('R1').geometry)).toEqual([36.6, 35.7]);
    expect(representativePoint(null)).toBeNull();
    expect(representativePoint({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
  it('snaps to a line and measures distances', () => {
    const on = nearestOnLine(P('R1').geometry, [36.7, 35.9])!;
    expect(distance(on, [36.7, 35.9])).toBeLessThan(15);
    expect(distance([37, 36], [37, 37])).toBeCloseTo(111.2, 0);
  });
});
