import { describe, expect, it } from 'vitest';
import { area, bboxPolygon, booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { ControlFeature, PlaceFeature } from '../types/model.ts';
import { buildControl } from './buildControl.ts';
import { zoneAt as shownAt } from './zones/zoneAt.ts';
import { featuresAsOf } from './zones/dayZones.ts';
import { importControl } from './reference/importControl.ts';
import { incident, place, syriaOutline, testGazetteer } from './testFixtures.ts';

const gazetteer = testGazetteer();
const syriaKm2 = area({ type: 'Feature', properties: {}, geometry: syriaOutline() }) / 1e6;
const westAleppo: PlaceFeature = {
  ...place('w', 'western neighbourhoods', 37.1, 36.19, 'rel:west:geonames:170063', 'region'),
  geometry: bboxPolygon([37.06, 36.16, 37.122, 36.23]).geometry,
};
westAleppo.properties.relativeTo = { placeId: 'aleppo', relation: 'west' };
const places = [
  place('aleppo', 'Aleppo', 37.161, 36.201, 'geonames:170063'),
  place('saraqib', 'Saraqib', 36.806, 35.864, 'geonames:164816'),
  place('khan', 'Khan Assal', 37.039, 36.167, 'sm:place:khan-al-asal'),
  place('hama', 'Hama', 36.758, 35.132, 'geonames:170017'),
  place('newtown', 'Tell Test', 37.25, 36.05, 'geonames:999'),
  westAleppo,
];
const incidents = [
  incident('enter-west', 'w', '2024-11-29'),
  incident('khan-taken', 'khan', '2024-11-29', { sources: [] }),
  incident('saraqib-encircled', 'saraqib', '2024-11-29', { summary: 'Opposition encircling Saraqib' }),
  incident('city-centre', 'aleppo', '2024-11-29', { status: 'contested' }),
  incident('late-report', 'hama', '2024-11-30', { type: 'armed-clash' }),
];

function zoneAt(
  features: ControlFeature[],
  date: string,
  lon: number,
  lat: number,
): ControlFeature | undefined {
  return shownAt(features, date, lon, lat);
}

describe('buildControl', () => {
  const out = buildControl({ incidents, places, gazetteer });

  it('covers Syria on the baseline with held zones, front lines and a summary', () => {
    const base = out.filter((f) => f.properties.date === '2024-11-26');
    const zones = base.filter((f) => f.properties.layer === 'zone');
    expect(new Set(zones.map((z) => z.properties.controller))).toEqual(
      new Set(['opposition', 'government', 'sna', 'sdf']),
    );
    expect(zones.every((z) => z.properties.status === 'held' && z.properties.basis.length === 0)).toBe(true);
    const total = zones.reduce((s, z) => s + z.properties.areaKm2!, 0);
    expect(total / syriaKm2).toBeCloseTo(1, 2);
    expect(
      base.some((f) => f.properties.layer === 'front' && f.properties.between?.includes('opposition')),
    ).toBe(true);
    expect(base.filter((f) => f.properties.layer === 'summary')).toHaveLength(1);
  });

  it('has zones for the baseline and each day they change, up to the last incident', () => {
    const days = [...new Set(out.map((f) => f.properties.date))].sort();
    // Nothing is reported on the 27th and 28th but the advance that reaches Khan al-Asal on the 29th.
    expect(days[0]).toBe('2024-11-26');
    expect(days).toContain('2024-11-29');
    expect(days).toContain('2024-11-30');
    for (const d of days.slice(1)) {
      const summary = out.find((f) => f.properties.layer === 'summary' && f.properties.date === d)!;
      expect(summary.properties.changes?.length, d).toBeGreaterThan(0);
    }
  });

  it('leaves out a day that changes nothing: it reads as the latest day before it', () => {
    const quiet = buildControl({
      incidents: [...incidents, incident('later-taken', 'newtown', '2024-12-03')],
      places,
      gazetteer,
    });
    const days = [...new Set(quiet.map((f) => f.properties.date))].sort();
    expect(days).not.toContain('2024-12-01');
    expect(days).not.toContain('2024-12-02');
    expect(days).toContain('2024-12-03');
    const shown = featuresAsOf(quiet, '2024-12-02');
    expect(shown.length).toBeGreaterThan(0);
    const [dated, lasting] = [
      shown.filter(
        (f) => f.properties.until === undefined && ['zone', 'summary'].includes(f.properties.layer),
      ),
      shown.filter((f) => ['cell', 'outline', 'front'].includes(f.properties.layer)),
    ];
    expect(dated.every((f) => f.properties.date === '2024-11-30')).toBe(true);
    expect(
      lasting.every((f) => f.properties.date <= '2024-11-30' && (f.properties.until ?? '9') > '2024-12-02'),
    ).toBe(true);
  });

  it('shows the acceptance picture on 29–30 November', () => {
    for (const date of ['2024-11-29', '2024-11-30']) {
      expect(zoneAt(out, date, 37.094, 36.2003)?.properties).toMatchObject({
        controller: 'opposition',
        status: 'claimed',
        hatch: true,
      });
      expect(zoneAt(out, date, 37.039, 36.167)?.properties.controller).toBe('opposition');
      expect(zoneAt(out, date, 36.806, 35.864)?.properties).toMatchObject({
        controller: 'contested',
        label: 'Contested',
      });
      expect(zoneAt(out, date, 37.162, 36.199)?.properties.controller).toBe('contested');
      expect(zoneAt(out, date, 37.19, 36.227)?.properties.controller).toBe('government');
    }
    expect(zoneAt(out, '2024-11-28', 37.094, 36.2003)?.properties.controller).toBe('government');
    const contested = zoneAt(out, '2024-11-29', 36.806, 35.864)!;
    expect(contested.properties.basis).toEqual(expect.arrayContaining(['saraqib-encircled', 'city-centre']));
    const cell = featuresAsOf(out, '2024-11-29').find(
      (f) => f.properties.layer === 'cell' && f.properties.unit === 'geonames:164816',
    );
    expect(cell?.properties).toMatchObject({ name: 'Saraqib', controller: 'contested', date: '2024-11-29' });
  });

  it('moves zones for a later report about another town, with no code change', () => {
    expect(zoneAt(out, '2024-11-29', 36.758, 35.132)?.properties.controller).toBe('government');
    expect(zoneAt(out, '2024-11-30', 36.758, 35.132)?.properties.controller).toBe('contested');
    const later = buildControl({
      incidents: [...incidents, incident('new-town', 'newtown', '2024-12-02', { status: 'confirmed' })],
      places,
      gazetteer,
    });
    expect(zoneAt(later, '2024-12-01', 37.25, 36.05)?.properties.controller).toBe('government');
    expect(zoneAt(later, '2024-12-02', 37.25, 36.05)?.properties).toMatchObject({
      controller: 'opposition',
      status: 'confirmed',
    });
  });

  it('summarises each day: changes with their incidents, and area gained since the baseline', () => {
    const s = out.find((f) => f.properties.layer === 'summary' && f.properties.date === '2024-11-29')!;
    expect(s.geometry.type).toBe('Point');
    expect(s.properties.changes?.find((c) => c.name === 'Khan al-Asal')).toMatchObject({
      from: 'government',
      to: 'opposition',
      incidents: ['khan-taken'],
    });
    expect(s.properties.gainsKm2?.opposition).toBeGreaterThan(10);
    expect(s.properties.contestedKm2).toBeGreaterThan(10);
    const base = out.find((f) => f.properties.layer === 'summary' && f.properties.date === '2024-11-26')!;
    expect(base.properties.changes).toEqual([]);
  });

  it('writes each cell once per state it was in, from the day it began until the day it ended', () => {
    const saraqib = out
      .filter((f) => f.properties.layer === 'cell' && f.properties.unit === 'geonames:164816')
      .map((f) => [f.properties.date, f.properties.until, f.properties.controller]);
    expect(saraqib).toEqual([
      ['2024-11-26', '2024-11-29', 'government'],
      ['2024-11-29', undefined, 'contested'],
    ]);
    // Ground no report moved is written once, merged per side, in force from the baseline on.
    const still = out.filter((f) => f.properties.layer === 'cell' && f.properties.unit === undefined);
    expect(still.map((f) => [f.properties.controller, f.properties.date, f.properties.until]).sort()).toEqual(
      ['government', 'opposition', 'sdf', 'sna'].map((side) => [side, '2024-11-26', undefined]),
    );
    // Every day shows each cell once, and the zones' areas are those of their cells.
    for (const day of ['2024-11-26', '2024-11-29', '2024-11-30']) {
      const shown = featuresAsOf(out, day);
      const units = shown.flatMap((f) => (f.properties.layer === 'cell' && f.properties.unit) || []);
      expect(new Set(units).size, day).toBe(units.length);
      const km2 = (layer: string) =>
        shown
          .filter((f) => f.properties.layer === layer && f.properties.controller === 'opposition')
          .reduce((sum, f) => sum + (f.properties.areaKm2 ?? area(f as never) / 1e6), 0);
      expect(Math.abs(km2('cell') - km2('zone')) / km2('zone'), day).toBeLessThan(0.01);
    }
  });

  it('writes closed rings and front lines between different controllers only', () => {
    for (const f of out) {
      if (f.geometry.type === 'Polygon')
        for (const r of f.geometry.coordinates) expect(r[0]).toEqual(r[r.length - 1]);
      if (f.geometry.type === 'MultiPolygon')
        for (const p of f.geometry.coordinates)
          for (const r of p) {
            expect(r.length).toBeGreaterThanOrEqual(4);
            expect(r[0]).toEqual(r[r.length - 1]);
          }
      if (f.properties.layer === 'front') expect(f.properties.between![0]).not.toBe(f.properties.between![1]);
    }
  });

  it('lets imported polygons override the derived zones on their dates', () => {
    const { features, errors } = importControl({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { controller: 'regime', date: '2024-11-29' },
          geometry: bboxPolygon([36.95, 36.1, 37.07, 36.2]).geometry,
        },
      ],
    });
    expect(errors).toEqual([]);
    const merged = buildControl({ incidents, places, gazetteer, overrides: features });
    const at = merged.filter(
      (f) =>
        f.properties.layer === 'zone' &&
        f.properties.date === '2024-11-29' &&
        booleanPointInPolygon([37.039, 36.167], f.geometry as Polygon),
    );
    expect(at.map((f) => [f.properties.controller, f.properties.source])).toEqual([
      ['government', 'imported'],
    ]);
    expect(zoneAt(merged, '2024-11-30', 37.039, 36.167)?.properties.controller).toBe('opposition');
  });

  it('still draws zones when the gazetteer has no border', () => {
    const f = buildControl({ incidents: [], places: [], gazetteer: testGazetteer([], false) });
    const zones = f.filter((x) => x.properties.layer === 'zone');
    expect(zones.length).toBeGreaterThan(0);
    expect(area(bboxPolygon([35, 32, 43, 38])) / 1e6).toBeGreaterThan(
      zones.reduce((s, z) => s + z.properties.areaKm2!, 0),
    );
  });
});
