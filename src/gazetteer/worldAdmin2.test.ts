import { describe, expect, it } from 'vitest';
import { admin2BareName, admin2Codes, isWorldAdmin2, worldAdmin2 } from './worldAdmin2.ts';
import { gazetteerEntry } from './gazetteerEntry.ts';

const place = (id: string, name: string, lon: number, lat: number, population = 1_000) =>
  gazetteerEntry({ id, name, lon, lat, population, country: 'QQ', admin1: 'QQ.01' });

// An invented country: a department with no town of its name, a territory named after its town,
// and a district across the antimeridian.
const places = [
  place('geonames:1', 'Hollowmere', 10, 5, 20_000),
  place('geonames:2', 'Dunby', 11, 6, 4_000),
  place('geonames:3', 'Rasko', 20, 5, 30_000),
  place('geonames:4', 'Little Rasko', 20.2, 5.2, 2_000),
  place('geonames:5', 'Eastpoint', 179.8, -16),
  place('geonames:6', 'Westpoint', -179.6, -16),
  place('geonames:7', 'Loner', 30, 30),
];
const codes = new Map([
  ['geonames:1', 'QQ.01.100'],
  ['geonames:2', 'QQ.01.100'],
  ['geonames:3', 'QQ.01.200'],
  ['geonames:4', 'QQ.01.200'],
  ['geonames:5', 'QQ.01.300'],
  ['geonames:6', 'QQ.01.300'],
  ['geonames:7', 'XX.01.001'],
]);
const table = [
  { code: 'QQ.01.100', name: 'Mayo-Upper' },
  { code: 'QQ.01.200', name: 'Rasko Territory' },
  { code: 'QQ.01.300', name: 'Dateline District' },
  { code: 'QQ.01.400', name: 'Empty County' },
  { code: 'XX.01.001', name: 'Skipped' },
];

describe('worldAdmin2', () => {
  const report = worldAdmin2(table, places, codes, new Set(['XX']));
  const byId = new Map(report.entries.map((e) => [e.id, e]));

  it('makes one point entry per named division some place lies in', () => {
    expect([...byId.keys()]).toEqual(['sm:adm2:QQ.01.100', 'sm:adm2:QQ.01.200', 'sm:adm2:QQ.01.300']);
    expect(report.unplaced).toBe(1);
    const mayo = byId.get('sm:adm2:QQ.01.100')!;
    expect(mayo).toMatchObject({ kind: 'admin2', name: 'Mayo-Upper', country: 'QQ', admin1: 'QQ.01' });
    expect([mayo.lon, mayo.lat]).toEqual([10.5, 5.5]);
    expect(mayo.population).toBe(24_000);
    expect(mayo.geometry).toBeUndefined();
    expect(mayo.seat).toBeUndefined();
    expect(isWorldAdmin2(mayo)).toBe(true);
  });

  it('gives a division named after a town inside it that town as its seat, and its bare name as alias', () => {
    const rasko = byId.get('sm:adm2:QQ.01.200')!;
    expect(rasko.seat).toBe('geonames:3');
    expect(rasko.aliases).toEqual(['Rasko']);
  });

  it('takes the mean point across the antimeridian', () => {
    const d = byId.get('sm:adm2:QQ.01.300')!;
    expect(d.lon).toBeCloseTo(-179.9, 4);
  });

  it('is told apart from Syria-style derived districts', () => {
    expect(isWorldAdmin2({ kind: 'admin2', adminLevel: 2 })).toBe(false);
    expect(isWorldAdmin2({ kind: 'admin2', geometry: { type: 'Polygon', coordinates: [] } })).toBe(false);
    expect(isWorldAdmin2({ kind: 'admin1' })).toBe(false);
  });
});

describe('admin2BareName', () => {
  it('reads off the type words GeoNames writes before or after the name', () => {
    expect(admin2BareName('Bakhmut Raion')).toBe('Bakhmut');
    expect(admin2BareName('Kurram District')).toBe('Kurram');
    expect(admin2BareName('Municipio de Tibú')).toBe('Tibú');
    expect(admin2BareName('Kabupaten Aceh Besar')).toBe('Aceh Besar');
    expect(admin2BareName('Masisi Territory')).toBe('Masisi');
    expect(admin2BareName('Mopti Cercle')).toBe('Mopti');
  });

  it('leaves a name without type words, and one that would become a compass word, alone', () => {
    expect(admin2BareName('Mayo-Tsanaga')).toBeUndefined();
    expect(admin2BareName('Central District')).toBeUndefined();
    expect(admin2BareName('North Region')).toBeUndefined();
  });
});

describe('admin2Codes', () => {
  it("reads each place's country, admin-1 and admin-2 columns", () => {
    const line = (id: string, a2: string) =>
      [
        id,
        'X',
        'X',
        '',
        '1',
        '2',
        'P',
        'PPL',
        'QQ',
        '',
        '01',
        a2,
        '',
        '',
        '500',
        '',
        '',
        'UTC',
        '2020-01-01',
      ].join('\t');
    const m = admin2Codes([line('11', '100'), line('12', ''), 'broken line'].join('\n'));
    expect([...m]).toEqual([['geonames:11', 'QQ.01.100']]);
  });
});
