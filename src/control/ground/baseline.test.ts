import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { BASELINE, baselineUnits, distanceKm, nearestUnit, UnitFinder } from './baseline.ts';
import { campOf } from '../sides.ts';
import { controlUnit, syriaOutline, testGazetteer } from '../testFixtures.ts';
import type { GazetteerEntry } from '../../types/model.ts';
import { gazetteerEntry } from '../../gazetteer/gazetteerEntry.ts';

const held = (name: string) => BASELINE.settlements.find((s) => s.name === name)?.controller;

describe('baseline data', () => {
  it('lists at least 80 settlements and the neighbourhoods of Aleppo, each with a basis', () => {
    expect(BASELINE.date).toBe('2024-11-26');
    expect(BASELINE.settlements.length).toBeGreaterThanOrEqual(80);
    expect(BASELINE.neighbourhoods.length).toBeGreaterThanOrEqual(30);
    for (const r of [...BASELINE.settlements, ...BASELINE.neighbourhoods]) {
      expect(campOf(r.controller), r.name).toBe(r.controller);
      expect(r.basis.length, r.name).toBeGreaterThan(10);
      if (r.gazetteerId) expect(r.gazetteerId).toMatch(/^geonames:\d+$/);
      if (r.outside) expect(campOf(r.outside), r.name).toBe(r.outside);
    }
  });

  it('places every settlement in Syria (border and coastal towns may fall just outside a coarse outline)', () => {
    const syria = syriaOutline();
    const outside = BASELINE.settlements.filter((r) => !booleanPointInPolygon([r.lon, r.lat], syria));
    expect(outside.length).toBeLessThanOrEqual(8);
    for (const r of BASELINE.settlements) {
      expect(r.lon, r.name).toBeGreaterThan(35.5);
      expect(r.lon, r.name).toBeLessThan(42.5);
      expect(r.lat, r.name).toBeGreaterThan(32.3);
      expect(r.lat, r.name).toBeLessThan(37.4);
    }
  });

  it('records the pre-offensive lines', () => {
    expect(held('Idlib')).toBe('opposition');
    expect(held('Atarib')).toBe('opposition');
    expect(held('Afrin')).toBe('sna');
    expect(held('al-Bab')).toBe('sna');
    expect(held('Manbij')).toBe('sdf');
    expect(held('Tal Rifaat')).toBe('sdf');
    for (const gov of [
      'Aleppo',
      'Saraqib',
      'Maarat al-Numan',
      'Khan Shaykhun',
      'Hama',
      'Nubl',
      'Zahraa',
      'Khan al-Asal',
    ])
      expect(held(gov), gov).toBe('government');
    const sdf = BASELINE.neighbourhoods.filter((n) => n.controller !== 'government').map((n) => n.name);
    expect(sdf.sort()).toEqual(['Ashrafiyeh', 'Sheikh Maqsoud']);
  });
});

const nbhd = (id: string, name: string, lon: number, lat: number, aliases: string[] = []): GazetteerEntry =>
  gazetteerEntry({
    id,
    name,
    kind: 'neighbourhood',
    aliases,
    lon,
    lat,
    admin1: 'SY.09',
    featureCode: 'NBHD',
    parent: 'geonames:170063',
  });

describe('baselineUnits', () => {
  it('takes ids and positions of neighbourhoods from the gazetteer, matching spellings', () => {
    const gaz = testGazetteer([nbhd('sm:nbhd:x-hamdaniya', 'al-Hamdaniyah', 37.11, 36.18)]);
    const unit = baselineUnits(gaz).find((u) => u.name === 'Hamdaniyeh');
    expect(unit).toMatchObject({
      id: 'sm:nbhd:x-hamdaniya',
      lon: 37.11,
      lat: 36.18,
      parent: 'geonames:170063',
    });
  });

  it('adds gazetteer neighbourhoods we did not list, held like their nearest neighbour', () => {
    const gaz = testGazetteer([nbhd('sm:nbhd:x-new', 'Hay al-Test', 37.154, 36.236)]);
    const unit = baselineUnits(gaz).find((u) => u.id === 'sm:nbhd:x-new');
    expect(unit?.controller).toBe('sdf');
  });

  it('bounds a zone with a radius (al-Tanf) by fillers held by the side outside it', () => {
    const units = baselineUnits(testGazetteer());
    const tanf = units.find((u) => u.name === 'al-Tanf')!;
    const edge = units.filter((u) => u.id.startsWith('ctl:al-tanf-zone-edge-'));
    expect(edge).toHaveLength(8);
    for (const u of edge) {
      expect(u).toMatchObject({ controller: 'government', keys: [] });
      expect(distanceKm(tanf.lon, tanf.lat, u.lon, u.lat)).toBeCloseTo(110, 0);
    }
  });

  it('falls back to the written coordinates when the gazetteer lacks a place', () => {
    const units = baselineUnits(testGazetteer());
    const saraqib = units.find((u) => u.name === 'Saraqib');
    expect(saraqib).toMatchObject({ id: 'geonames:164816', controller: 'government' });
    expect(saraqib!.lon).toBeCloseTo(36.8, 1);
  });
});

describe('UnitFinder', () => {
  // A seeded scatter of units, dense in one corner and with two at one position.
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const unit = (i: number, lon: number, lat: number) => controlUnit(`u${i}`, lon, lat);
  const units = Array.from({ length: 400 }, (_, i) =>
    i < 300 ? unit(i, 36 + rand() * 6, 32.5 + rand() * 4.5) : unit(i, 37 + rand() * 0.05, 36 + rand() * 0.05),
  );
  units.push(unit(400, units[10].lon, units[10].lat));

  it('finds the unit nearestUnit finds, the first of the list at the least distance', () => {
    const finder = new UnitFinder(units);
    const asked: [number, number][] = [
      [units[10].lon, units[10].lat], // two units here: the first wins
      [37.02, 36.02],
      [30, 30], // far outside every unit
      ...Array.from({ length: 500 }, (): [number, number] => [35 + rand() * 8, 32 + rand() * 6]),
    ];
    for (const [lon, lat] of asked)
      expect(finder.nearest(lon, lat), `${lon},${lat}`).toBe(nearestUnit(units, lon, lat));
    expect(finder.nearest(units[10].lon, units[10].lat)?.id).toBe('u10');
  });

  it('finds nothing in no units', () => {
    expect(new UnitFinder([]).nearest(37, 36)).toBeUndefined();
  });
});
