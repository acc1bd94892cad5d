// Main roads (M4, M5 …) from the gazetteer build, labelled along the line.
import type { FeatureCollection } from 'geojson';
import { FONT, perFeature, visibility, type StyleParts } from './styleParts.ts';

/**
 * Road lines with their reference written along them.
 *
 * @example
 * roadLayers(roads, true).layers[1].layout['symbol-placement']; // 'line'
 */
export function roadLayers(data: FeatureCollection | null, on: boolean): StyleParts {
  const v = visibility(on);
  return {
    sources: { roads: { type: 'geojson', data: data ?? { type: 'FeatureCollection', features: [] } } },
    layers: [
      {
        id: 'roads-casing',
        type: 'line',
        source: 'roads',
        layout: { visibility: v, 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': perFeature('#ffffff'),
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 2.5, 12, 7],
        },
      },
      {
        id: 'roads-line',
        type: 'line',
        source: 'roads',
        layout: { visibility: v, 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': perFeature('#c98b2e'),
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 12, 4],
        },
      },
      {
        id: 'roads-label',
        type: 'symbol',
        source: 'roads',
        layout: {
          visibility: v,
          'symbol-placement': 'line',
          'symbol-spacing': 300,
          'text-field': ['coalesce', ['get', 'ref'], ['get', 'name'], ''],
          'text-font': FONT,
          'text-size': 11,
        },
        paint: { 'text-color': '#7a4f10', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
      },
    ],
  };
}
