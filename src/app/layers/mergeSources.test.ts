import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { mergeSources } from './mergeSources.ts';
import type { StyleParts } from './styleParts.ts';

const fc = (name: string): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { name } }],
});

describe('mergeSources', () => {
  const a = fc('a');
  const b = fc('b');
  const parts: StyleParts = {
    sources: {
      a: { type: 'geojson', data: a },
      b: { type: 'geojson', data: b },
      c: { type: 'geojson', data: fc('c'), cluster: true },
    },
    layers: [
      { id: 'a-dot', type: 'circle', source: 'a' },
      { id: 'b-dot', type: 'circle', source: 'b', filter: ['==', ['get', 'name'], 'b'] },
      { id: 'c-dot', type: 'circle', source: 'c' },
    ],
  };

  it('folds the sources into one and filters each layer to its group', () => {
    const out = mergeSources(parts, ['a', 'b', 'c']);
    expect(Object.keys(out.sources).sort()).toEqual(['c', 'overlay']);
    const data = (out.sources.overlay as { data: FeatureCollection }).data;
    expect(data.features.map((f) => f.properties!._g)).toEqual(['a', 'b']);
    expect(out.layers[0]).toMatchObject({ source: 'overlay', filter: ['==', ['get', '_g'], 'a'] });
    expect(out.layers[1]).toMatchObject({
      filter: ['all', ['==', ['get', '_g'], 'b'], ['==', ['get', 'name'], 'b']],
    });
    expect(out.layers[2]).toBe(parts.layers[2]);
  });

  it('returns the same data object while the inputs are the same', () => {
    const first = mergeSources(parts, ['a', 'b']).sources.overlay;
    const again = mergeSources({ ...parts, layers: [...parts.layers] }, ['a', 'b']).sources.overlay;
    expect((again as { data: unknown }).data).toBe((first as { data: unknown }).data);
  });
});
