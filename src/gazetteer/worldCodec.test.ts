import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../types/model.ts';
import { Gazetteer } from './Gazetteer.ts';
import { gazetteerEntry } from './gazetteerEntry.ts';
import { decodeWorld, encodeWorld } from './worldCodec.ts';

/** A place with every field a GeoNames point carries, as Tall Qamar unless told. */
const point = (id: string, extra: Partial<GazetteerEntry> = {}): GazetteerEntry =>
  gazetteerEntry({
    id,
    name: 'Tall Qamar',
    names: { en: 'Tall Qamar', ar: 'تل قمر' },
    aliases: ['Tell Qamar', 'تل قمر'],
    lon: 36.12345,
    lat: 35.54321,
    population: 1234,
    admin1: 'SY.09',
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
    // Decoded points are accessors over the columns: compare what they read as.
    const plain = (e: GazetteerEntry | undefined) => JSON.parse(JSON.stringify(e)) as GazetteerEntry;
    for (const e of entries) {
      expect(plain(byId.get(e.id))).toEqual(e);
      expect(back.find(e.id)).toBe(byId.get(e.id));
      expect({ ...byId.get(e.id)!.names }).toEqual(e.names);
      expect(byId.get(e.id)!.aliases).toEqual(e.aliases);
    }
    const road = back.find('sm:road:M9')!;
    expect({ ...road }.geometry).toEqual(entries[3].geometry);
  });

  it('finds entries by id without a map of every id, and keeps what is written to an entry', () => {
    const entries = [30, 7, 512, 7_000_001, 2].map((n) =>
      point(`geonames:${n}`, { name: `P${n}`, names: { en: `P${n}` } }),
    );
    entries.push(point('geonames:9', { name: 'Extra', names: { en: 'Other' } })); // not plain: in the header
    const back = decodeWorld(encodeWorld({ version: 'v', sources: [], entries }));
    for (const n of [30, 7, 512, 7_000_001, 2]) expect(back.find(`geonames:${n}`)?.name).toBe(`P${n}`);
    expect(back.find('geonames:9')?.names.en).toBe('Other');
    for (const id of ['geonames:1', 'geonames:07', 'geonames:', 'sm:x', 'geonames:99999999999'])
      expect(back.find(id)).toBeUndefined();
    const e = back.find('geonames:512')!;
    expect([e.kind, e.lon, e.lat, e.population, e.country, e.admin1, e.featureCode, e.parent]).toEqual([
      'settlement',
      36.12345,
      35.54321,
      1234,
      'SY',
      'SY.09',
      'PPL',
      undefined,
    ]);
    e.lon = 40;
    e.aliases = ['X'];
    e.parent = 'geonames:30';
    expect([e.lon, e.aliases, e.parent, back.find('geonames:512')!.lon]).toEqual([
      40,
      ['X'],
      'geonames:30',
      40,
    ]);
    expect(back.find('geonames:30')!.lon).toBe(36.12345);
  });

  it('reads every number and code as written once written, whatever was read before, and only on that entry', () => {
    const entries = [11, 12].map((n) => point(`geonames:${n}`));
    const back = decodeWorld(encodeWorld({ version: 'v', sources: [], entries }));
    const [a, b] = [back.find('geonames:11')!, back.find('geonames:12')!];
    // Strings cut first (the entry's kept fields exist, without these), then each field written.
    expect([a.name, a.aliases.length, a.id]).toEqual(['Tall Qamar', 2, 'geonames:11']);
    a.kind = 'admin2';
    a.lat = -3.5;
    a.population = 0;
    a.country = 'LB';
    a.admin1 = 'LB.04';
    a.featureCode = 'ADM2';
    a.parent = undefined;
    const fields = (e: GazetteerEntry) => [
      e.kind,
      e.lon,
      e.lat,
      e.population,
      e.country,
      e.admin1,
      e.featureCode,
      e.parent,
    ];
    expect(fields(a)).toEqual(['admin2', 36.12345, -3.5, 0, 'LB', 'LB.04', 'ADM2', undefined]);
    expect(fields(b)).toEqual(['settlement', 36.12345, 35.54321, 1234, 'SY', 'SY.09', 'PPL', undefined]);
    expect(back.inBox(36, -4, 37, -3).map((e) => e.id)).toEqual(['geonames:11']);
  });

  it('answers by country, parent and kind from its columns exactly as a scan of the entries', () => {
    const entries = [
      point('geonames:1', { name: 'A', names: { en: 'A' } }),
      point('geonames:2', { kind: 'neighbourhood', featureCode: 'PPLX', parent: 'geonames:1' }),
      point('geonames:3', { country: 'LB', admin1: 'LB.01' }),
      point('sm:nbhd:q', { kind: 'neighbourhood', featureCode: 'NBHD', parent: 'geonames:1' }),
      point('sm:adm1:SY-AL', { kind: 'admin1', featureCode: 'ADM1', admin1: 'SY.09' }),
      point('geonames:4', { parent: 'sm:adm1:SY-AL' }),
      point('ne:LBN', { kind: 'country', featureCode: 'PCLI', country: 'LB' }),
    ];
    const world = new Gazetteer(decodeWorld(encodeWorld({ version: 'v', sources: [], entries })));
    const scanned = new Gazetteer({ version: 'v', sources: [], entries: world.entries });
    const ids = (es: GazetteerEntry[]) => es.map((e) => e.id);
    for (const cc of ['SY', 'LB', 'IQ', ''])
      expect(ids(world.byCountry(cc))).toEqual(ids(scanned.byCountry(cc)));
    for (const id of ['geonames:1', 'sm:adm1:SY-AL', 'geonames:2', 'x'])
      expect(ids(world.children(id))).toEqual(ids(scanned.children(id)));
    for (const kind of ['settlement', 'neighbourhood', 'admin1', 'country', 'road'] as const)
      expect(ids(world.ofKind(kind))).toEqual(ids(scanned.ofKind(kind)));
    expect(world.admin1ByCode('SY.09')?.id).toBe('sm:adm1:SY-AL');
    expect(ids(world.children('geonames:1'))).toEqual(['geonames:2', 'sm:nbhd:q']);
  });

  it('makes an entry when asked for it, the same object every time, and answers boxes and seats as a scan', () => {
    const entries = [
      point('geonames:1', { lon: 36.2, lat: 35.5 }),
      point('geonames:2', { lon: 37.9, lat: 36.1, kind: 'neighbourhood', featureCode: 'PPLX' }),
      point('geonames:3', { lon: 36.0, lat: 35.0 }),
      point('sm:place:x', { lon: 36.5, lat: 35.2, featureCode: 'PPLQ' }),
      point('sm:adm2:y', { lon: 36.3, lat: 35.4, kind: 'admin2', featureCode: 'ADM2', seat: 'geonames:1' }),
      point('geonames:4', { lon: 40, lat: 35.5 }),
    ];
    const pack = decodeWorld(encodeWorld({ version: 'v', sources: [], entries }));
    const world = new Gazetteer(pack);
    // Asked for alone first: the same objects the whole list holds later.
    const third = world.entryAt(2);
    const found = world.get('geonames:1')!;
    const inBox = world.inBox(36, 35, 37, 36);
    expect(world.size).toBe(entries.length);
    expect(world.entries[2]).toBe(third);
    expect(world.entries[0]).toBe(found);
    expect(world.entryAt(4)).toBe(world.entries[4]);
    const scanned = new Gazetteer({ version: 'v', sources: [], entries: world.entries });
    const ids = (es: GazetteerEntry[]) => es.map((e) => e.id);
    expect(ids(inBox)).toEqual(['geonames:1', 'geonames:3', 'sm:place:x', 'sm:adm2:y']);
    for (const [x0, y0, x1, y1] of [
      [36, 35, 37, 36],
      [36.2, 35.5, 36.2, 35.5],
      [0, 0, 1, 1],
      [30, 30, 50, 50],
    ])
      for (const kind of [undefined, 'settlement', 'neighbourhood', 'admin2'] as const)
        expect(ids(world.inBox(x0, y0, x1, y1, kind))).toEqual(ids(scanned.inBox(x0, y0, x1, y1, kind)));
    expect(ids(world.withSeat())).toEqual(['sm:adm2:y']);
    expect(ids(scanned.withSeat())).toEqual(['sm:adm2:y']);
    // A written coordinate counts, as the entry reads it.
    found.lon = 45;
    expect(ids(world.inBox(44, 35, 46, 36))).toEqual(['geonames:1']);
  });

  it('keeps non-ASCII names and aliases exact', () => {
    const e = point('geonames:5', {
      name: 'Ḩalab',
      names: { en: 'Ḩalab', ar: 'حلب' },
      aliases: ['Aleppo', 'حلب', 'Алеппо', '😀 x'],
    });
    const back = decodeWorld(encodeWorld({ version: 'v', sources: [], entries: [e] }));
    expect(JSON.parse(JSON.stringify(back.entries[0]))).toEqual(e);
  });

  it('rejects bytes that are not a world file', () => {
    expect(() => decodeWorld(new TextEncoder().encode('{"entries": []}'))).toThrow(/not a world gazetteer/);
    expect(() => decodeWorld(new Uint8Array(2))).toThrow(/not a world gazetteer/);
    const whole = encodeWorld({ version: 'v', sources: [], entries: [point('geonames:1')] });
    expect(() => decodeWorld(whole.subarray(0, whole.length - 4))).toThrow(/truncated/);
  });
});
