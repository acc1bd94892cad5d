import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import type { GazetteerEntry } from '../types/model.ts';
import { deriveSubdistricts, isSeat } from './deriveSubdistricts.ts';
import { deriveAdmin2, districtOf } from './deriveAdmin2.ts';
import { adminAreaEntries } from './adminAreaEntries.ts';
import { pointInGeometry } from './pointInGeometry.ts';
import { gazetteerEntry } from './gazetteerEntry.ts';

function seat(
  id: string,
  lon: number,
  lat: number,
  admin1: string,
  featureCode: string,
  population = 0,
): GazetteerEntry {
  const name = id.replace('geonames:', 'Town');
  return gazetteerEntry({
    id,
    name,
    names: { en: name, ar: 'بلدة' },
    lon,
    lat,
    population,
    admin1,
    featureCode,
  });
}

// Two governorates side by side: West (0–2) with a district seat and two subdistrict seats,
// East (2–4) with two district seats and one subdistrict seat.
const seats = [
  seat('geonames:1', 0.5, 1, 'W', 'PPLA', 1000),
  seat('geonames:2', 1.5, 0.5, 'W', 'PPLA3', 10),
  seat('geonames:3', 1.5, 1.5, 'W', 'PPLA3', 20),
  seat('geonames:4', 2.5, 1, 'E', 'PPLA2', 100),
  seat('geonames:5', 3.5, 1.5, 'E', 'PPLA2', 100),
  seat('geonames:6', 3.5, 0.3, 'E', 'PPLA3', 5),
];
const govs = new Map([
  ['W', bboxPolygon([0, 0, 2, 2]).geometry],
  ['E', bboxPolygon([2, 0, 4, 2]).geometry],
]);

describe('deriveSubdistricts', () => {
  it('gives every seat a cell inside its own governorate', () => {
    const cells = deriveSubdistricts(seats, govs);
    expect(cells.size).toBe(6);
    expect(pointInGeometry([1.9, 1.9], cells.get('geonames:3')!)).toBe(true);
    // the cell of a western seat stops at the governorate boundary
    expect(pointInGeometry([2.1, 1.9], cells.get('geonames:3')!)).toBe(false);
    expect(pointInGeometry([2.1, 1.9], cells.get('geonames:4')!)).toBe(true);
  });

  it('recognises seats by feature code', () => {
    expect(isSeat(seats[1])).toBe(true);
    expect(isSeat({ ...seats[1], featureCode: 'PPL' })).toBe(false);
  });
});

describe('deriveAdmin2', () => {
  it('joins each subdistrict seat to the nearest district seat of its governorate', () => {
    const d = districtOf(seats);
    expect(d.get('geonames:2')).toBe('geonames:1');
    expect(d.get('geonames:6')).toBe('geonames:5');
    expect(d.get('geonames:4')).toBe('geonames:4');
  });

  it('makes a district the union of its subdistricts', () => {
    const districts = deriveAdmin2(seats, govs);
    expect([...districts.keys()].sort()).toEqual(['geonames:1', 'geonames:4', 'geonames:5']);
    // the whole western governorate is the one western district
    expect(pointInGeometry([1.9, 0.1], districts.get('geonames:1')!)).toBe(true);
    expect(pointInGeometry([3.9, 0.1], districts.get('geonames:5')!)).toBe(true);
  });
});

describe('adminAreaEntries', () => {
  it('names areas after their seat, with ids, levels, seats and polygons', () => {
    const entries = adminAreaEntries(
      seats,
      deriveSubdistricts(seats, govs),
      deriveAdmin2(seats, govs),
      districtOf(seats),
    );
    const d = entries.find((e) => e.id === 'sm:adm2:5')!;
    expect(d).toMatchObject({
      name: 'Town5 District',
      kind: 'admin2',
      adminLevel: 2,
      seat: 'geonames:5',
      admin1: 'E',
    });
    expect(d.population).toBe(105);
    const s = entries.find((e) => e.id === 'sm:adm3:2')!;
    expect(s).toMatchObject({ name: 'Town2 Subdistrict', kind: 'region', adminLevel: 3, seat: 'geonames:2' });
    expect(s.names.ar).toBe('ناحية بلدة');
    expect(pointInGeometry([s.lon, s.lat], s.geometry!)).toBe(true);
    expect(entries.filter((e) => e.adminLevel === 3)).toHaveLength(6);
  });
});
