import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { Gazetteer } from './Gazetteer.ts';
import { admin1Entries, type Admin1Row } from './admin1Entries.ts';
import { foldAreaName, importBoundaries } from './importBoundaries.ts';
import { pointInGeometry } from './pointInGeometry.ts';

const rows = (
  JSON.parse(readFileSync(new URL('../../data/gazetteer/syria-admin1.json', import.meta.url), 'utf8')) as {
    governorates: Admin1Row[];
  }
).governorates;

const square = (x: number, y: number, d = 0.1): Polygon => bboxPolygon([x, y, x + d, y + d]).geometry;

/** A gazetteer whose governorates are small placeholder squares. */
function placeholderGazetteer(): Gazetteer {
  const polys = new Map(rows.map((r, i) => [r.geonames, square(36 + i * 0.2, 34)]));
  return new Gazetteer({ version: 'test', sources: [], entries: admin1Entries(rows, polys) });
}

const ochaFile = new URL('../../../shared/geo/syria-admin1-ocha.geojson', import.meta.url);

describe('importBoundaries', () => {
  it.skipIf(!existsSync(ochaFile))('replaces all 14 governorates from the OCHA file, by P-code', () => {
    const gaz = placeholderGazetteer();
    const r = importBoundaries(JSON.parse(readFileSync(ochaFile, 'utf8')), gaz);
    expect(r.errors).toEqual([]);
    expect(r.added).toEqual([]);
    expect(new Set(r.replaced).size).toBe(14);
    const idlib = r.gazetteer.get('sm:adm1:SY07')!;
    expect(pointInGeometry([36.6339, 35.9306], idlib.geometry!)).toBe(true);
    expect(pointInGeometry([idlib.lon, idlib.lat], idlib.geometry!)).toBe(true);
    // the original is untouched
    expect(pointInGeometry([36.6339, 35.9306], gaz.get('sm:adm1:SY07')!.geometry!)).toBe(false);
    expect(r.gazetteer.sources.at(-1)?.name).toBe('Imported boundaries');
  });

  it('matches by folded name when there is no P-code, and adds unknown areas', () => {
    const gaz = placeholderGazetteer();
    const r = importBoundaries(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: 'Idleb Governorate' }, geometry: square(36.5, 35.8, 0.5) },
          { type: 'Feature', properties: { ADM1_EN: 'Al-Hasakeh' }, geometry: square(40.5, 36.4, 0.5) },
          { type: 'Feature', properties: { NAME_EN: 'Jabal Somewhere' }, geometry: square(37, 34, 0.2) },
          {
            type: 'Feature',
            properties: { ADM2_EN: 'Afrin', ADM2_PCODE: 'SY0203' },
            geometry: square(36.8, 36.5, 0.2),
          },
        ],
      },
      gaz,
    );
    expect(r.errors).toEqual([]);
    expect(r.replaced).toEqual(['sm:adm1:SY07', 'sm:adm1:SY08']);
    expect(r.added).toEqual(['sm:import:jabal-somewhere', 'sm:adm2:SY0203']);
    expect(r.gazetteer.get('sm:adm2:SY0203')).toMatchObject({ kind: 'admin2', country: 'SY', name: 'Afrin' });
  });

  it('tells governorates from the districts and subdistricts derived from seats', () => {
    const base = placeholderGazetteer();
    const derived = (id: string, name: string, level: 2 | 3) => ({
      ...base.get('sm:adm1:SY07')!,
      id,
      name,
      names: { en: name },
      aliases: [],
      kind: level === 2 ? ('admin2' as const) : ('region' as const),
      adminLevel: level,
      seat: 'geonames:1',
    });
    const gaz = new Gazetteer({
      version: 'test',
      sources: [],
      entries: [
        ...base.entries,
        derived('sm:adm2:1', 'Idlib District', 2),
        derived('sm:adm3:1', 'Idlib Subdistrict', 3),
      ],
    });
    const r = importBoundaries(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: 'Idlib' }, geometry: square(36.5, 35.8, 0.5) },
          { type: 'Feature', properties: { ADM2_EN: 'Idlib' }, geometry: square(36.5, 35.8, 0.3) },
          { type: 'Feature', properties: { ADM3_EN: 'Idlib Nahiya' }, geometry: square(36.5, 35.8, 0.1) },
        ],
      },
      gaz,
    );
    expect(r.errors).toEqual([]);
    expect(r.replaced).toEqual(['sm:adm1:SY07', 'sm:adm2:1', 'sm:adm3:1']);
  });

  it('reports malformed input clearly and keeps the gazetteer', () => {
    const gaz = placeholderGazetteer();
    for (const bad of [null, 42, 'text', {}, { type: 'FeatureCollection' }, []]) {
      const r = importBoundaries(bad, gaz);
      expect(r.gazetteer).toBe(gaz);
      expect(r.errors.length).toBe(1);
    }
    const r = importBoundaries(
      {
        type: 'FeatureCollection',
        features: [
          null,
          { type: 'Feature', properties: { name: 'X' }, geometry: { type: 'Point', coordinates: [1, 2] } },
          {
            type: 'Feature',
            properties: { name: 'Y' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [0, 0],
                  [1, 'a'],
                ],
              ],
            },
          },
          { type: 'Feature', properties: {}, geometry: square(1, 1) },
        ],
      },
      gaz,
    );
    expect(r.errors).toHaveLength(4);
    expect(r.errors[1]).toMatch(/^feature 1 \("X"\): geometry is a Point, not a Polygon or MultiPolygon$/);
    expect(r.gazetteer).toBe(gaz);
  });

  it('folds governorate spellings together', () => {
    expect(foldAreaName('Al-Hasakeh Governorate')).toBe('hasakeh');
    expect(foldAreaName("Dar'a")).toBe('dara');
    expect(foldAreaName('Deir-ez-Zor')).toBe(foldAreaName('Deir ez Zor'));
  });
});
