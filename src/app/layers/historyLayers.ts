// Background incidents: events the reports recall as history (an earlier offensive, a past
// airstrike). Off by default and drawn muted — small grey rings with the word "history" — so
// they never read as part of the days the map shows.
import type { FeatureCollection } from 'geojson';
import { FONT, perFeature, visibility, type StyleParts } from './styleParts.ts';

/** Muted grey for history, apart from every side's colour. */
export const HISTORY_COLOUR = '#8a8a8a';

/**
 * Points for background incidents, labelled "history".
 *
 * @example
 * historyLayers(backgroundAsOf(all, day), false).layers.map((l) => l.id); // ['history-point', 'history-label']
 */
export function historyLayers(data: FeatureCollection, on: boolean): StyleParts {
  const v = visibility(on);
  return {
    sources: { history: { type: 'geojson', data, promoteId: 'id' } },
    layers: [
      {
        id: 'history-point',
        type: 'circle',
        source: 'history',
        layout: { visibility: v },
        paint: {
          'circle-radius': perFeature(6),
          'circle-color': perFeature('#d9d9d9'),
          'circle-opacity': 0.7,
          'circle-stroke-color': perFeature(HISTORY_COLOUR),
          'circle-stroke-width': perFeature(1.5),
        },
      },
      {
        id: 'history-label',
        type: 'symbol',
        source: 'history',
        layout: {
          visibility: v,
          'text-field': 'history',
          'text-font': FONT,
          'text-size': 10,
          'text-offset': [0, 1.1],
          'text-anchor': 'top',
          'text-optional': true,
        },
        paint: { 'text-color': '#666666', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
    ],
  };
}
