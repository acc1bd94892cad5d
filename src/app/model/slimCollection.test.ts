import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { slimCollection } from './slimCollection.ts';

describe('slimCollection', () => {
  it('keeps only the listed properties and drops features without geometry', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: { id: 'a', name: 'A', mentions: [1, 2] },
        },
        { type: 'Feature', geometry: null, properties: { id: 'b', name: 'B', mentions: [] } },
      ],
    } as unknown as FeatureCollection<Geometry, { id: string; name: string; mentions: number[] }>;
    expect(slimCollection(fc, ['id', 'name'] as const).features).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [1, 2] },
        properties: { id: 'a', name: 'A' },
      },
    ]);
  });
});
