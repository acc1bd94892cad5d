import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import type { GazetteerEntry, PlaceKind } from '../types/model.ts';
import type { Polygon } from 'geojson';
import type { Admin1Names } from './admin1Names.ts';
import { worldAdmin1 } from './worldAdmin1.ts';
import { pointInGeometry } from './pointInGeometry.ts';
import { gazetteerEntry } from './gazetteerEntry.ts';

function place(
  id: string,
  name: string,
  lon: number,
  lat: number,
  admin1: string,
  population = 1_000,
  featureCode = 'PPL',
  kind: PlaceKind = 'settlement',
): GazetteerEntry {
  return gazetteerEntry({
    id,
    name,
    kind,
    lon,
    lat,
    population,
    country: admin1.slice(0, 2),
    admin1,
    featureCode,
  });
}

// An invented country of two provinces, west and east of 2° E, and a city-province in the west.
const outline: Polygon = bboxPolygon([0, 0, 4, 2]).geometry; // prettier-ignore
const places = [
  place('p:westby', 'Westby', 0.5, 1, 'QQ.01', 300_000, 'PPLA'),
  place('p:hollow', 'Hollow', 1.5, 0.5, 'QQ.01'),
  place('p:farm', 'Farm', 1.4, 1.6, 'QQ.01'),
  place('p:eastham', 'Eastham', 3.1, 1, 'QQ.02', 50_000, 'PPLA'),
  place('p:dune', 'Dune', 3.6, 1.5, 'QQ.02'),
  place('p:westby-town', 'Westby Town', 1.0, 1.2, 'QQ.03', 200_000, 'PPLA'),
  place('p:nowhere', 'Nowhere', 2.5, 0.2, 'QQ.00'),
  place('p:unnamed', 'Unnamed', 2.6, 1.8, 'QQ.09'),
];
const names = new Map<string, Admin1Names>([
  ['QQ.01', { code: 'QQ.01', iso: 'QQ-W', name: 'Westby Province', aliases: ['Westby'] }],
  ['QQ.02', { code: 'QQ.02', iso: 'QQ-E', name: 'Eastland', ar: 'الشرق', aliases: ['الشرق'] }],
  ['QQ.03', { code: 'QQ.03', name: 'Westby Town Region', aliases: [] }],
  ['QQ.04', { code: 'QQ.04', name: 'Islands', aliases: [] }],
  ['XX.01', { code: 'XX.01', name: 'Skipped', aliases: [] }],
]);

describe('worldAdmin1', () => {
  const report = worldAdmin1(names, places, new Map([['QQ', outline]]), new Set(['XX']));
  const byId = new Map(report.entries.map((e) => [e.id, e]));

  it('makes one entry per named division with places, with a shape and a point inside it', () => {
    expect([...byId.keys()].sort()).toEqual(['sm:adm1:QQ-E', 'sm:adm1:QQ-W', 'sm:adm1:QQ.03']);
    const west = byId.get('sm:adm1:QQ-W')!;
    expect(west).toMatchObject({ kind: 'admin1', country: 'QQ', admin1: 'QQ.01', featureCode: 'ADM1' });
    expect(west.population).toBe(302_000);
    expect(pointInGeometry([west.lon, west.lat], west.geometry as Polygon)).toBe(true);
    expect(pointInGeometry([0.1, 0.1], west.geometry as Polygon)).toBe(true);
    expect(pointInGeometry([3.9, 1.9], west.geometry as Polygon)).toBe(false);
    expect(byId.get('sm:adm1:QQ-E')?.names).toEqual({ en: 'Eastland', ar: 'الشرق' });
  });

  it('links a division to the town it is named after, inside it or just outside', () => {
    expect(byId.get('sm:adm1:QQ-W')?.seat).toBe('p:westby');
    expect(byId.get('sm:adm1:QQ-E')?.seat).toBeUndefined();
    expect(byId.get('sm:adm1:QQ.03')?.seat).toBe('p:westby-town');
  });

  it('reports codes no source names and named divisions no place lies in', () => {
    expect(report.unnamed).toEqual(['QQ.09']);
    expect(report.unplaced).toEqual(['QQ.04']);
  });
});

describe('seats GeoNames spells otherwise', () => {
  // Two made-up governorates: one whose capital GeoNames names with more words, one spelt with
  // an h more; and a third whose only big town has another name altogether.
  const towns = [
    place('p:riverton', 'Rivertôn et Tahta', 0.5, 1, 'QQ.05', 120_000, 'PPLA'),
    place('p:reed', 'Reed', 1.5, 1.5, 'QQ.05', 90_000),
    place('p:marsah', 'Marsah', 2.5, 1, 'QQ.06', 400_000, 'PPLA'),
    place('p:mill', 'Mill', 3.5, 0.5, 'QQ.07', 80_000, 'PPLA'),
  ];
  const divisions = new Map<string, Admin1Names>([
    ['QQ.05', { code: 'QQ.05', name: 'Riverton Governorate', aliases: ['Riverton', 'Riverton Governorate'] }],
    ['QQ.06', { code: 'QQ.06', name: 'Marsa Governorate', aliases: ['Marsa', 'Marsā', 'Marsa Governorate'] }],
    ['QQ.07', { code: 'QQ.07', name: 'Millwood Governorate', aliases: ['Millwood'] }],
  ]);
  const report = worldAdmin1(divisions, towns, new Map([['QQ', outline]]));
  const byCode = new Map(report.entries.map((e) => [e.admin1, e]));

  it('takes the capital as the seat when its name starts with the bare name, or is one edit from it', () => {
    expect(byCode.get('QQ.05')?.seat).toBe('p:riverton');
    expect(byCode.get('QQ.06')?.seat).toBe('p:marsah');
    expect(byCode.get('QQ.07')?.seat).toBeUndefined();
  });

  it('gives the bare names to the town and keeps the typed names for the division', () => {
    expect(report.seatAliases.get('p:riverton')).toEqual(['Riverton']);
    expect(report.seatAliases.get('p:marsah')).toEqual(['Marsa', 'Marsā']);
    expect(byCode.get('QQ.05')?.aliases).toEqual(['Riverton Governorate']);
    expect(byCode.get('QQ.06')?.aliases).toEqual(['Marsa Governorate']);
    expect(byCode.get('QQ.07')?.aliases).toEqual(['Millwood']);
  });
});
