// Syria's governorates (admin-1) from the gazetteer build: outlines and bilingual labels.
import type { FeatureCollection } from 'geojson';
import { withLabelPoints } from '../model/labelPoint.ts';
import { FONT, perFeature, visibility, type StyleParts } from './styleParts.ts';

/**
 * Governorate outlines and names (English above Arabic).
 *
 * @example
 * governorateLayers(admin1, true).layers.every((l) => l.id.startsWith('governorates-'));
 */
export function governorateLayers(data: FeatureCollection | null, on: boolean): StyleParts {
  const v = visibility(on);
  return {
    sources: {
      governorates: {
        type: 'geojson',
        // One label per governorate, inside it, rather than one per tile its polygon spans.
        data: data ? withLabelPoints(data, { label: true }) : { type: 'FeatureCollection', features: [] },
      },
    },
    layers: [
      {
        id: 'governorates-line',
        type: 'line',
        source: 'governorates',
        filter: ['!', ['has', 'label']],
        layout: { visibility: v },
        paint: {
          'line-color': perFeature('#8a7f9c'),
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 1.6],
        },
      },
      {
        id: 'governorates-label',
        type: 'symbol',
        source: 'governorates',
        maxzoom: 9,
        filter: ['has', 'label'],
        layout: {
          visibility: v,
          'text-field': [
            'format',
            ['upcase', ['get', 'name_en']],
            {},
            '\n',
            {},
            ['coalesce', ['get', 'name_ar'], ''],
            {},
          ],
          'text-font': FONT,
          'text-size': 11,
          'text-letter-spacing': 0.08,
        },
        paint: { 'text-color': '#6d6480', 'text-halo-color': '#fff', 'text-halo-width': 1.2 },
      },
    ],
  };
}
