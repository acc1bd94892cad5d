// Tests on the built gazetteer (built on demand by loadGazetteer when missing or stale).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distance, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { LineString } from 'geojson';
import type { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import { pointInGeometry } from '../../src/gazetteer/pointInGeometry.ts';
import { loadGazetteer } from './loadGazetteer.ts';
import { PACK_TOWN_POPULATION } from './buildGazetteerData.ts';

let pack: Gazetteer;
beforeAll(async () => {
  pack = await loadGazetteer({ scope: 'pack' });
}, 120_000);

const km = (a: [number, number], b: [number, number]) =>
  distance(point(a), point(b), { units: 'kilometers' });

describe('places', () => {
  it.each([
    ['geonames:170063', 'Aleppo', 36.2012, 37.1612],
    ['geonames:169389', 'Idlib', 35.9306, 36.6339],
    ['geonames:164816', 'Sarāqib', 35.8645, 36.8059],
    ['geonames:170654', 'Damascus', 33.5102, 36.2913],
  ])('%s is %s at the right place', (id, name, lat, lon) => {
    const e = pack.get(id);
    expect(e?.name).toBe(name);
    expect(km([e!.lon, e!.lat], [lon, lat])).toBeLessThan(1);
  });

  it('has Aleppo with its Arabic name and transliterations', () => {
    const e = pack.get('geonames:170063')!;
    expect(e.names.ar).toBe('حلب');
    expect(e.aliases).toContain('Halab');
    expect(e.admin1).toBe('SY.09');
  });

  it('has the neighbourhoods and landmarks the reports need, inside their city', () => {
    const aleppo = pack.get('geonames:170063')!;
    const kids = pack.children('geonames:170063');
    expect(kids.filter((k) => k.kind === 'neighbourhood').length).toBeGreaterThanOrEqual(25);
    for (const id of ['sm:nbhd:aleppo-hamdaniyeh', 'sm:nbhd:aleppo-new-aleppo', 'sm:nbhd:aleppo-rashidin']) {
      const e = pack.get(id)!;
      expect(e.kind).toBe('neighbourhood');
      expect(e.names.ar).toBeTruthy();
      expect(km([e.lon, e.lat], [aleppo.lon, aleppo.lat])).toBeLessThan(12);
    }
    expect(pack.get('sm:landmark:aleppo-university')).toMatchObject({
      kind: 'landmark',
      featureCode: 'UNIV',
    });
    expect(pack.get('sm:landmark:aleppo-airport')).toMatchObject({ kind: 'landmark', featureCode: 'AIRP' });
    expect(pack.get('sm:landmark:aleppo-university')!.aliases).toContain('Aleppo University');
  });

  it('has Khan al-Asal, which cities500 lacks', () => {
    const e = pack.get('sm:place:khan-al-asal')!;
    expect(km([e.lon, e.lat], [37.0392, 36.1672])).toBeLessThan(1);
    expect(e.aliases).toContain('Khan Assal');
  });
});

describe('countries and regions', () => {
  const aliasesOf = (id: string) => [pack.get(id)!.name, ...pack.get(id)!.aliases];
  it.each([
    ['ne:TUR', ['Turkey', 'Türkiye']],
    ['ne:GBR', ['United Kingdom', 'UK', 'Britain', 'Great Britain']],
    ['ne:USA', ['United States', 'US', 'USA', 'America']],
    ['ne:RUS', ['Russia', 'Russian Federation']],
    ['ne:SYR', ['Syria', 'Syrian Arab Republic']],
    ['ne:IRN', ['Iran']],
    ['ne:PSE', ['Palestine']],
    // "Congo" alone is either Congo: the report's places decide (rank.test.ts).
    ['ne:COD', ['DR Congo', 'Congo']],
    ['ne:COG', ['Congo-Brazzaville', 'Congo']],
  ])('%s is known as %j', (id, names) => {
    expect(pack.get(id)?.kind).toBe('country');
    for (const n of names) expect(aliasesOf(id)).toContain(n);
  });

  it('gives countries polygons that contain their capital', () => {
    const syria = pack.get('ne:SYR')!;
    expect(pointInGeometry([36.2913, 33.5102], syria.geometry!)).toBe(true);
    expect(syria.country).toBe('SY');
    expect(syria.names.ar).toBe('سوريا');
  });

  it('has the Gaza Strip and the Middle East as regions', () => {
    const gaza = pack.get('sm:region:gaza-strip')!;
    expect(gaza.kind).toBe('region');
    expect(km([gaza.lon, gaza.lat], [34.4, 31.45])).toBeLessThan(10);
    expect(pack.get('sm:region:middle-east')?.kind).toBe('region');
  });
});

/** Asserts a line passes within `maxKm` of each place, in order along the line. */
function passesInOrder(line: LineString, ids: string[], maxKm = 5): void {
  const ls = lineString(line.coordinates);
  let last = -1;
  for (const id of ids) {
    const e = pack.get(id)!;
    const near = nearestPointOnLine(ls, point([e.lon, e.lat]), { units: 'kilometers' });
    expect(near.properties.dist, `${id} distance`).toBeLessThan(maxKm);
    expect(near.properties.location, `${id} order`).toBeGreaterThan(last);
    last = near.properties.location;
  }
}

describe('roads', () => {
  it('runs the M5 through Aleppo, Saraqib, Maarat al-Numan, Khan Shaykhun, Hama, Homs, Damascus', () => {
    const m5 = pack.get('sm:road:M5')!;
    expect(m5.kind).toBe('road');
    expect([m5.name, ...m5.aliases]).toEqual(
      expect.arrayContaining(['M-5', 'M 5', 'M5 highway', 'Damascus–Aleppo highway']),
    );
    passesInOrder(m5.geometry as LineString, [
      'geonames:170063',
      'geonames:164816',
      'geonames:167611',
      'geonames:168325',
      'geonames:170017',
      'geonames:169577',
      'geonames:170654',
    ]);
  });

  it('runs the M4 through Latakia, Jisr al-Shughur, Ariha, Saraqib', () => {
    const m4 = pack.get('sm:road:M4')!;
    expect(m4.aliases).toContain('Aleppo–Latakia highway');
    passesInOrder(m4.geometry as LineString, [
      'geonames:173576',
      'geonames:169023',
      'geonames:172994',
      'geonames:164816',
    ]);
  });
});

describe('governorates', () => {
  const contains = (id: string, lat: number, lon: number) =>
    pointInGeometry([lon, lat], pack.get(id)!.geometry!);
  it('has all 14, with English and Arabic names', () => {
    for (let i = 1; i <= 14; i++) {
      const e = pack.get(`sm:adm1:SY${String(i).padStart(2, '0')}`);
      expect(e?.kind).toBe('admin1');
      expect(e?.names.ar).toBeTruthy();
    }
    expect(pack.get('sm:adm1:SY07')!.aliases).toEqual(
      expect.arrayContaining(['Idlib', 'Idleb', 'Idlib province']),
    );
  });

  it('puts the gold points in the right governorate', () => {
    for (const [lat, lon] of [
      [36.2012, 37.1612],
      [36.3705, 37.5157],
      [36.5282, 37.955],
      [36.1391, 36.825],
    ])
      expect(contains('sm:adm1:SY02', lat, lon), `Aleppo ∋ ${lat},${lon}`).toBe(true);
    for (const [lat, lon] of [
      [35.9306, 36.6339],
      [35.1318, 36.7578],
      [35.8645, 36.8059],
    ])
      expect(contains('sm:adm1:SY02', lat, lon), `Aleppo ∌ ${lat},${lon}`).toBe(false);
    for (const [lat, lon] of [
      [35.9306, 36.6339],
      [35.8645, 36.8059],
      [35.8137, 36.6096],
      [35.8142, 36.3198],
      [35.6483, 36.6769],
      [35.4421, 36.651],
    ])
      expect(contains('sm:adm1:SY07', lat, lon), `Idlib ∋ ${lat},${lon}`).toBe(true);
    for (const [lat, lon] of [
      [36.2012, 37.1612],
      [35.1318, 36.7578],
      [35.5317, 35.7901],
    ])
      expect(contains('sm:adm1:SY07', lat, lon), `Idlib ∌ ${lat},${lon}`).toBe(false);
    expect(contains('sm:adm1:SY05', 35.1318, 36.7578)).toBe(true);
    expect(contains('sm:adm1:SY06', 35.5317, 35.7901)).toBe(true);
  });

  it('answers which governorate a place is in', () => {
    expect(pack.admin1For('geonames:164816')?.id).toBe('sm:adm1:SY07');
    expect(pack.admin1For('sm:nbhd:aleppo-hamdaniyeh')?.id).toBe('sm:adm1:SY02');
    expect(pack.admin1At(36.6769, 35.6483, 'SY')?.id).toBe('sm:adm1:SY07');
  });
});

describe('browser pack', () => {
  it('holds the region in full and the world only for capitals and towns of 15,000 or more', () => {
    const geonames = pack.entries.filter((e) => e.id.startsWith('geonames:'));
    const region = new Set(['SY', 'TR', 'LB', 'IQ', 'JO', 'IL', 'PS']);
    for (const e of geonames)
      if (!region.has(e.country))
        expect(e.featureCode === 'PPLC' || e.population >= PACK_TOWN_POPULATION).toBe(true);
    // Mid-sized towns of other wars: Kupiansk (Ukraine), Kadugli (Sudan).
    expect(pack.get('geonames:703656')?.name).toBe('Kupiansk');
    expect(geonames.some((e) => e.name === 'Kadugli' && e.country === 'SD')).toBe(true);
    expect(pack.sources.map((s) => s.licence).join(' ')).toContain('CC BY 4.0');
  });
});

describe('loadGazetteer', () => {
  it('loads the whole world with our facts and roads', async () => {
    const world = await loadGazetteer({ scope: 'world' });
    expect(world.size).toBeGreaterThan(199_000);
    expect(world.get('geonames:3039163')?.country).toBe('AD');
    expect(world.get('sm:road:M5')?.geometry?.type).toBe('LineString');
    expect(world.get('sm:adm1:SY02')?.geometry?.type).toMatch(/Polygon/);
    expect(world.version).toBe(pack.version);
  }, 120_000);

  it('names the file when it cannot read it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gaz-'));
    const bad = path.join(dir, 'bad.bin');
    writeFileSync(bad, 'not a gazetteer');
    await expect(loadGazetteer({ file: bad })).rejects.toThrow(/bad\.bin/);
    await expect(loadGazetteer({ file: path.join(dir, 'missing.json') })).rejects.toThrow(/missing\.json/);
  });
});
