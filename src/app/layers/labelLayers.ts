// Basemap labels from our gazetteer: towns, neighbourhoods and landmarks in English and Arabic.
import type { FeatureCollection } from 'geojson';
import { withMapLabels } from './mapLabelText.ts';
import { FONT, visibility, type StyleParts } from './styleParts.ts';

/**
 * Town labels sized by population, neighbourhoods and landmarks only when zoomed in.
 *
 * @example
 * labelLayers(labels, false).layers.every((l) => l.layout?.visibility === 'none');
 */
export function labelLayers(data: FeatureCollection | null, on: boolean): StyleParts {
  const v = visibility(on);
  const bilingual = [
    'format',
    ['get', 'name_en'],
    {},
    '\n',
    {},
    ['coalesce', ['get', 'name_ar'], ''],
    { 'font-scale': 0.9 },
  ];
  return {
    sources: {
      labels: {
        type: 'geojson',
        data: data ? withMapLabels(data, ['name_en']) : { type: 'FeatureCollection', features: [] },
      },
    },
    layers: [
      {
        id: 'labels-town',
        type: 'symbol',
        source: 'labels',
        filter: ['!', ['in', ['get', 'kind'], ['literal', ['neighbourhood', 'landmark']]]],
        layout: {
          visibility: v,
          'text-field': bilingual as never,
          'text-font': FONT,
          'text-size': [
            'interpolate',
            ['linear'],
            ['coalesce', ['get', 'population'], 0],
            0,
            10,
            100000,
            12,
            2000000,
            16,
          ],
          'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'population'], 0]],
          'text-padding': 4,
        },
        paint: { 'text-color': '#3a3a3a', 'text-halo-color': '#fff', 'text-halo-width': 1.4 },
      },
      {
        id: 'labels-local',
        type: 'symbol',
        source: 'labels',
        minzoom: 11,
        filter: ['in', ['get', 'kind'], ['literal', ['neighbourhood', 'landmark']]],
        layout: {
          visibility: v,
          'text-field': bilingual as never,
          'text-font': FONT,
          'text-size': 10.5,
          'text-padding': 3,
        },
        paint: { 'text-color': '#5b5b6b', 'text-halo-color': '#fff', 'text-halo-width': 1.3 },
      },
    ],
  };
}
