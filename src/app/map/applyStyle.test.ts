import { describe, expect, it } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import type { StyleParts } from '../layers/styleParts.ts';
import { applyStyle } from './applyStyle.ts';

/** Records the calls the bridge makes; a stand-in for the map's setters only. */
function recorder() {
  const calls: unknown[][] = [];
  const rec =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push([name, ...args]);
  const map = {
    addSource: rec('addSource'),
    removeSource: rec('removeSource'),
    getSource: (id: string) => ({ setData: (d: unknown) => calls.push(['setData', id, d]) }),
    addLayer: rec('addLayer'),
    removeLayer: rec('removeLayer'),
    setFilter: rec('setFilter'),
    setLayoutProperty: rec('setLayoutProperty'),
    setPaintProperty: rec('setPaintProperty'),
  };
  return { map: map as unknown as MlMap, calls };
}

const data = { type: 'FeatureCollection' as const, features: [] };
const base: StyleParts = {
  sources: { a: { type: 'geojson', data } },
  layers: [
    {
      id: 'a-fill',
      type: 'fill',
      source: 'a',
      layout: { visibility: 'visible' },
      paint: { 'fill-color': '#000' },
    },
    { id: 'a-line', type: 'line', source: 'a' },
  ],
};

describe('applyStyle', () => {
  it('does nothing when nothing changed', () => {
    const { map, calls } = recorder();
    applyStyle(map, base, {
      sources: { a: { type: 'geojson', data } },
      layers: structuredClone(base.layers),
    });
    expect(calls).toEqual([]);
  });

  it('sets data by identity, and only the properties that changed', () => {
    const { map, calls } = recorder();
    const newData = { type: 'FeatureCollection' as const, features: [] };
    applyStyle(map, base, {
      sources: { a: { type: 'geojson', data: newData } },
      layers: [
        {
          id: 'a-fill',
          type: 'fill',
          source: 'a',
          filter: ['==', ['get', 'k'], 1],
          layout: { visibility: 'none' },
          paint: { 'fill-color': '#000' },
        },
        { id: 'a-line', type: 'line', source: 'a' },
      ],
    });
    expect(calls).toEqual([
      ['setData', 'a', newData],
      ['setFilter', 'a-fill', ['==', ['get', 'k'], 1]],
      ['setLayoutProperty', 'a-fill', 'visibility', 'none'],
    ]);
  });

  it('adds new layers before the next existing one and removes vanished ones', () => {
    const { map, calls } = recorder();
    applyStyle(map, base, {
      sources: base.sources,
      layers: [{ id: 'a-new', type: 'circle', source: 'a' }, base.layers[0]!],
    });
    expect(calls).toEqual([
      ['removeLayer', 'a-line'],
      ['addLayer', { id: 'a-new', type: 'circle', source: 'a' }, 'a-fill'],
    ]);
  });
});
