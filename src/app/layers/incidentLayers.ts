// Incidents: typed icons, clustered when zoomed out; contested ones get their own icon ring and
// the word "contested" beside them.
import type { FeatureCollection } from 'geojson';
import { FONT, perFeature, visibility, type StyleParts } from './styleParts.ts';

/** Zoom above which incidents are never clustered. */
export const CLUSTER_MAX_ZOOM = 11;

/**
 * Clustered incident points from the incidents shown on the chosen day.
 *
 * @example
 * incidentLayers(incidentsAsOf(all, day), true, null).sources.incidents; // { type: 'geojson', cluster: true, … }
 */
export function incidentLayers(data: FeatureCollection, on: boolean, selectedId: string | null): StyleParts {
  const v = visibility(on);
  const contested = ['==', ['get', 'status'], 'contested'];
  return {
    sources: {
      incidents: {
        type: 'geojson',
        data,
        cluster: true,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        clusterRadius: 36,
        clusterProperties: { contested: ['+', ['case', contested, 1, 0]] } as never,
        promoteId: 'id',
      },
    },
    layers: [
      {
        id: 'incidents-cluster',
        type: 'circle',
        source: 'incidents',
        filter: ['has', 'point_count'],
        layout: { visibility: v },
        paint: {
          'circle-color': perFeature('#3b3b58'),
          'circle-radius': ['step', ['get', 'point_count'], 13, 5, 17, 15, 22],
          'circle-stroke-color': ['case', ['>', ['get', 'contested'], 0], '#f0c800', '#ffffff'],
          'circle-stroke-width': ['case', ['>', ['get', 'contested'], 0], 3, 1.5],
        },
      },
      {
        id: 'incidents-cluster-count',
        type: 'symbol',
        source: 'incidents',
        filter: ['has', 'point_count'],
        layout: {
          visibility: v,
          'text-field': ['to-string', ['get', 'point_count']],
          'text-font': FONT,
          'text-size': 12,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': '#ffffff' },
      },
      {
        id: 'incidents-selected',
        type: 'circle',
        source: 'incidents',
        filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], selectedId ?? '']],
        layout: { visibility: v },
        paint: {
          'circle-radius': perFeature(19),
          'circle-color': perFeature('rgba(255,210,0,0.35)') as never,
          'circle-stroke-color': perFeature('#111'),
          'circle-stroke-width': perFeature(2),
        },
      },
      {
        id: 'incidents-point',
        type: 'symbol',
        source: 'incidents',
        filter: ['!', ['has', 'point_count']],
        layout: {
          visibility: v,
          'icon-image': [
            'concat',
            'incident-',
            ['get', 'type'],
            ['case', contested, '-contested', ''],
          ] as never,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'text-field': ['case', contested, 'contested', ''] as never,
          'text-font': FONT,
          'text-size': 10,
          'text-offset': [0, 1.5],
          'text-anchor': 'top',
          'text-optional': true,
        },
        paint: { 'text-color': '#5a4500', 'text-halo-color': '#fff8cc', 'text-halo-width': 1.5 },
      },
      {
        // The selected incident again, above the others: in a stack it is the one seen.
        id: 'incidents-top',
        type: 'symbol',
        source: 'incidents',
        filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], selectedId ?? '']],
        layout: {
          visibility: v,
          'icon-image': [
            'concat',
            'incident-',
            ['get', 'type'],
            ['case', contested, '-contested', ''],
          ] as never,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
    ],
  };
}
