import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { drawnPlaces } from './placeLayers.ts';

const square = [
  [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 0],
  ],
];

describe('drawnPlaces', () => {
  it('keeps points and lines, and leaves out areas (the areas layer draws some of them)', () => {
    const fc: FeatureCollection<Geometry, { gazetteerId: string }> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 1] },
          properties: { gazetteerId: 'g:1' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          properties: { gazetteerId: 'road:M5' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: square },
          properties: { gazetteerId: 'ne:XX' },
        },
        {
          type: 'Feature',
          geometry: { type: 'MultiPolygon', coordinates: [square] },
          properties: { gazetteerId: 'rel:west-of:g:1' },
        },
      ],
    };
    expect(drawnPlaces(fc).features.map((f) => f.properties.gazetteerId)).toEqual(['g:1', 'road:M5']);
  });
});
