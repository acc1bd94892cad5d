import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import { importControl } from './importControl.ts';

const square = bboxPolygon([37, 36, 37.1, 36.1]).geometry;
const feature = (properties: Record<string, unknown>, geometry: unknown = square, extra = {}) => ({
  type: 'Feature',
  properties,
  geometry,
  ...extra,
});

describe('importControl', () => {
  it('reads polygons with a controller alias, a date and an optional range', () => {
    const { features, errors } = importControl({
      type: 'FeatureCollection',
      features: [
        feature({ controller: 'Rebels', date: '2024-11-29', until: '2024-11-30', status: 'claimed' }),
        feature({ side: 'SDF', date: '2024-11-30' }),
      ],
    });
    expect(errors).toEqual([]);
    expect(
      features.map((f) => [
        f.properties.controller,
        f.properties.date,
        f.properties.status,
        f.properties.hatch,
      ]),
    ).toEqual([
      ['opposition', '2024-11-29', 'claimed', true],
      ['opposition', '2024-11-30', 'claimed', true],
      ['sdf', '2024-11-30', 'held', false],
    ]);
    expect(features[0].properties).toMatchObject({
      layer: 'zone',
      source: 'imported',
      basis: ['import:imported'],
    });
    expect(features[0].properties.areaKm2).toBeGreaterThan(90);
    // A published map to compare with is marked as such.
    const ref = importControl(feature({ controller: 'regime', date: '2024-11-29' }), 'tracker', 'reference');
    expect(ref.features[0].properties).toMatchObject({ controller: 'government', source: 'reference' });
  });

  it('accepts a single Feature or an array, and "contested"', () => {
    expect(
      importControl(feature({ controller: 'contested', date: '2024-11-29' })).features[0].properties.status,
    ).toBe('contested');
    expect(importControl([feature({ controller: 'government', date: '2024-11-29' })]).features).toHaveLength(
      1,
    );
  });

  it('reports malformed input clearly, keeping the good features', () => {
    const { features, errors } = importControl({
      type: 'FeatureCollection',
      features: [
        feature({ controller: 'government', date: '2024-11-29' }),
        feature({ controller: 'martians', date: '2024-11-29' }, square, { id: 'x7' }),
        feature({ controller: 'government', date: '29/11/2024' }),
        feature({ controller: 'government', date: '2024-11-29' }, { type: 'Point', coordinates: [37, 36] }),
        feature(
          { controller: 'government', date: '2024-11-29' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [37, 36],
                [38, 36],
                [37, 37],
              ],
            ],
          },
        ),
        feature({ controller: 'government', date: '2024-11-29', status: 'maybe' }),
        feature({ controller: 'government', date: '2024-11-29', until: '2024-11-01' }),
        'nonsense',
        feature(null as unknown as Record<string, unknown>),
      ],
    });
    expect(features).toHaveLength(1);
    expect(errors).toEqual([
      'feature 1 (id x7): unknown controller "martians"',
      'feature 2: properties.date must be YYYY-MM-DD',
      'feature 3: geometry is a Point, not a Polygon or MultiPolygon',
      'feature 4: ring 0 has 3 positions; a ring needs at least 4',
      'feature 5: status must be one of held, confirmed, claimed, assessed, contested',
      'feature 6: properties.until must be a YYYY-MM-DD date on or after date',
      'feature 7: not a GeoJSON Feature',
      'feature 8: unknown controller null',
    ]);
  });

  it('rejects what is not GeoJSON without throwing', () => {
    for (const bad of [null, 42, 'text', { type: 'Topology' }, { type: 'FeatureCollection' }])
      expect(importControl(bad).errors[0]).toMatch(/not GeoJSON/);
  });
});
