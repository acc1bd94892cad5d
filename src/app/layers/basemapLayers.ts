// The offline basemap: sea, Natural Earth land and borders. Also the whole style of the bare
// page `npm run bench:app` compares against.
import type { StyleSpecification } from 'maplibre-gl';
import type { StyleParts } from './styleParts.ts';

export const SEA = '#cfdde6';
export const LAND = '#f4f1ea';

/**
 * Sea background, land fill and coast, and dashed country borders from `basemapUrl` (the file
 * the Vite basemap plugin emits).
 *
 * @example
 * basemapLayers('./basemap/naturalearth.json').layers.map((l) => l.id); // ['sea', 'land', 'coast', 'borders']
 */
export function basemapLayers(basemapUrl: string): StyleParts {
  return {
    sources: { ne: { type: 'geojson', data: basemapUrl } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      {
        id: 'land',
        type: 'fill',
        source: 'ne',
        filter: ['==', ['get', 'layer'], 'land'],
        paint: { 'fill-color': LAND },
      },
      {
        id: 'coast',
        type: 'line',
        source: 'ne',
        filter: ['==', ['get', 'layer'], 'land'],
        paint: { 'line-color': '#9fb3bf', 'line-width': 0.8 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'ne',
        filter: ['==', ['get', 'layer'], 'border'],
        paint: {
          'line-color': '#6b6b6b',
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 10, 2.2],
          'line-dasharray': [3, 1.5],
        },
      },
    ],
  };
}

/** A complete style with only the basemap: no glyphs, so nothing is fetched from a server. */
export function basemapStyle(basemapUrl: string): StyleSpecification {
  const { sources, layers } = basemapLayers(basemapUrl);
  return { version: 8, sources, layers };
}
