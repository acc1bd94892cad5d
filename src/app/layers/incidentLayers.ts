// Incidents: typed icons, clustered when zoomed out; contested ones get their own icon ring and
// the word "contested" beside them. They are drawn from one vector source in both ways the app
// runs — tiles cut in the browser from incidents.geojson (the data worker), or a published
// site's tile files — and the chosen day and the types shown are layer expressions over what
// the tiles carry (src/app/tiles/incidentKeys.ts): changing them never sends data again.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { CLUSTER_MAX_ZOOM, INCIDENT_SOURCE_LAYER, clusterCount } from '../tiles/incidentKeys.ts';
import { FONT, perFeature, visibility, type StyleParts } from './styleParts.ts';

export { CLUSTER_MAX_ZOOM };

/** Where the incident tiles come from and what they cover. */
export interface IncidentTileSource {
  /** Tile URL template, absolute (`smtiles://…/{z}/{x}/{y}` or `https://…/{z}/{x}/{y}.pbf`). */
  url: string;
  minzoom: number;
  maxzoom: number;
  /** [west, south, east, north] of the incidents; MapLibre asks for no tile outside it. */
  bounds?: [number, number, number, number] | null;
}

export interface IncidentLayerInput {
  tiles: IncidentTileSource;
  /**
   * Index in the manifest's days of the day shown; null on the last day (or before the manifest is
   * in): every incident then, with no day in the filters, so the map's first style, made before
   * the data, already has the layers the data needs (a changed filter re-parses the tiles).
   */
  day: number | null;
  /** Every incident type there is (for the clusters' counts when some are hidden). */
  types: readonly string[];
  /** Types the user hid. */
  hiddenTypes: readonly string[];
  on: boolean;
  selectedId: string | null;
}

/** Filter of single incidents shown on the day (null: every day), of the types shown. */
export function pointFilter(day: number | null, hiddenTypes: readonly string[]): FilterSpecification {
  const parts: unknown[] = [['!', ['has', 'point_count']]];
  if (day !== null) parts.push(['<=', ['get', 'd'], day]);
  if (hiddenTypes.length) parts.push(['!', ['in', ['get', 'type'], ['literal', [...hiddenTypes]]]]);
  return ['all', ...parts] as FilterSpecification;
}

/**
 * Clustered incident points from the tiles, filtered to the day and the types shown.
 *
 * @example
 * incidentLayers({ tiles, day: 3, types: INCIDENT_TYPES, hiddenTypes: [], on: true, selectedId: null }).sources.incidents; // { type: 'vector', … }
 */
export function incidentLayers(input: IncidentLayerInput): StyleParts {
  const v = visibility(input.on);
  // The selected incident's ring and its icon drawn on top: hidden while none is selected.
  const ring = visibility(input.on && input.selectedId !== null);
  const hidden = new Set(input.hiddenTypes);
  const shown = hidden.size ? input.types.filter((t) => !hidden.has(t)) : null;
  const count = clusterCount(shown, input.day);
  const contestedCount = clusterCount(shown, input.day, true);
  const contested = ['==', ['get', 'status'], 'contested'];
  const points = pointFilter(input.day, input.hiddenTypes);
  const clusters = ['all', ['has', 'point_count'], ['>', count, 0]] as FilterSpecification;
  const src = { source: 'incidents', 'source-layer': INCIDENT_SOURCE_LAYER };
  const { url, minzoom, maxzoom, bounds } = input.tiles;
  return {
    sources: {
      incidents: {
        type: 'vector',
        tiles: [url],
        minzoom,
        maxzoom,
        ...(bounds ? { bounds } : {}),
        promoteId: 'id',
      },
    },
    layers: [
      {
        id: 'incidents-cluster',
        type: 'circle',
        ...src,
        filter: clusters,
        layout: { visibility: v },
        paint: {
          'circle-color': perFeature('#3b3b58'),
          'circle-radius': ['step', count, 13, 5, 17, 15, 22] as ExpressionSpecification,
          'circle-stroke-color': [
            'case',
            ['>', contestedCount, 0],
            '#f0c800',
            '#ffffff',
          ] as ExpressionSpecification,
          'circle-stroke-width': ['case', ['>', contestedCount, 0], 3, 1.5] as ExpressionSpecification,
        },
      },
      {
        id: 'incidents-cluster-count',
        type: 'symbol',
        ...src,
        filter: clusters,
        layout: {
          visibility: v,
          'text-field': ['to-string', count] as ExpressionSpecification,
          'text-font': FONT,
          'text-size': 12,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': '#ffffff' },
      },
      {
        id: 'incidents-selected',
        type: 'circle',
        ...src,
        filter: ['all', points, ['==', ['get', 'id'], input.selectedId ?? '']] as FilterSpecification,
        layout: { visibility: ring },
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
        ...src,
        filter: points,
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
        ...src,
        filter: ['all', points, ['==', ['get', 'id'], input.selectedId ?? '']] as FilterSpecification,
        layout: {
          visibility: ring,
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
