// The offline basemap's bottom layers: sea, Natural Earth land and borders. The bare pages of
// `npm run bench:app` (scripts/lib/barePage.ts) draw them too.
import type { FeatureCollection } from 'geojson';
import { perFeature, type StyleParts } from './styleParts.ts';

export const SEA = '#cfdde6';
export const LAND = '#f4f1ea';

/**
 * Sea background, land fill and coast, and dashed country borders from `data`: the file the Vite
 * basemap plugin emits, as its URL or its loaded features.
 *
 * @example
 * basemapLayers('./basemap/naturalearth.json').layers.map((l) => l.id); // ['sea', 'land', 'coast', 'borders']
 */
export function basemapLayers(data: string | FeatureCollection): StyleParts {
  return {
    sources: { ne: { type: 'geojson', data } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      {
        id: 'land',
        type: 'fill',
        source: 'ne',
        filter: ['==', ['get', 'layer'], 'land'],
        // The coast line draws the edge; an anti-aliased fill edge would need its own shader.
        paint: { 'fill-color': perFeature(LAND), 'fill-antialias': false },
      },
      {
        id: 'coast',
        type: 'line',
        source: 'ne',
        filter: ['==', ['get', 'layer'], 'land'],
        paint: { 'line-color': perFeature('#9fb3bf'), 'line-width': 0.8 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'ne',
        filter: ['==', ['get', 'layer'], 'border'],
        // Per feature, as every dashed line's colour (styleParts.perFeature): one shader with the
        // zones' dashed outlines, which are coloured by side.
        paint: {
          'line-color': perFeature('#6b6b6b'),
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 10, 2.2],
          'line-dasharray': [3, 1.5],
        },
      },
    ],
  };
}
