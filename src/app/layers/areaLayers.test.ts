import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { areaLayers, enclosesView } from './areaLayers.ts';
import { areaPlaces } from './areaPlaces.ts';
import { toStyleSpec } from './appStyle.ts';

type P = { id: string; name: string; kind: string; gazetteerId: string };

const square = (x: number, y: number, d: number) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];
const feature = (id: string, kind: string, geometry: Geometry, gazetteerId = id): Feature<Geometry, P> => ({
  type: 'Feature',
  geometry,
  properties: { id, name: id, kind, gazetteerId },
});

const places: FeatureCollection<Geometry, P> = {
  type: 'FeatureCollection',
  features: [
    feature('town', 'settlement', { type: 'Point', coordinates: [37, 36] }),
    feature('district', 'admin2', { type: 'Polygon', coordinates: square(37, 36, 0.5) }),
    // A region in two parts: its label goes in the middle of the larger one.
    feature('region', 'region', {
      type: 'MultiPolygon',
      coordinates: [square(30, 30, 10), square(50, 50, 1)],
    }),
    feature('west', 'region', { type: 'Polygon', coordinates: square(36.5, 36, 0.2) }, 'rel:west-of:town'),
    feature('near', 'region', { type: 'Point', coordinates: [37.1, 36.1] }, 'rel:near:town'),
    feature('syria', 'country', { type: 'Polygon', coordinates: square(35, 32, 7) }, 'ne:SYR'),
    feature('idlib', 'admin1', { type: 'Polygon', coordinates: square(36, 35, 1) }, 'sm:adm1:SY07'),
    feature('gulf', 'region', { type: 'Point', coordinates: [50, 27] }),
  ],
};

describe('areaPlaces', () => {
  it('keeps districts, regions with a polygon and relative areas, larger first, then one label point each', () => {
    const out = areaPlaces(places).features;
    expect(out.map((f) => [f.properties.id, f.geometry.type, 'label' in f.properties])).toEqual([
      ['region', 'MultiPolygon', false],
      ['district', 'Polygon', false],
      ['west', 'Polygon', false],
      ['near', 'Point', false],
      ['region', 'Point', true],
      ['district', 'Point', true],
    ]);
    const regionLabel = out.find((f) => f.properties.id === 'region' && f.geometry.type === 'Point')!;
    expect(regionLabel.geometry).toEqual({ type: 'Point', coordinates: [35, 35] });
    expect(places.features[1]!.properties).not.toHaveProperty('label');
  });
});

describe('areaLayers', () => {
  const parts = areaLayers(areaPlaces(places), true);

  it('is valid style JSON, every layer in the areas group', () => {
    expect(validateStyleMin(toStyleSpec(parts))).toEqual([]);
    expect(parts.layers.map((l) => l.id)).toEqual([
      'areas-fill',
      'areas-outline',
      'areas-line',
      'areas-point',
      'areas-label',
    ]);
  });

  it('outlines named areas solid and relative areas dashed, and labels each once', () => {
    const byId = Object.fromEntries(parts.layers.map((l) => [l.id, JSON.stringify(l)]));
    expect(byId['areas-outline']).toContain('"!"');
    expect(byId['areas-outline']).not.toContain('dasharray');
    expect(byId['areas-line']).toContain('line-dasharray');
    expect(byId['areas-label']).toContain('"has","label"');
  });

  it('hides every layer when off', () => {
    const off = areaLayers(areaPlaces(places), false);
    expect(off.layers.every((l) => l.layout?.visibility === 'none')).toBe(true);
  });
});

describe('enclosesView', () => {
  it('is true only for an area holding the whole view', () => {
    expect(enclosesView([20, 10, 60, 45], [36, 35.5, 38, 37])).toBe(true);
    expect(enclosesView([36.5, 35.6, 38.6, 36.8], [36, 35.5, 38, 37])).toBe(false);
  });
});
