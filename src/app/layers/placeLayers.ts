// Places the reports name, drawn by kind (towns, neighbourhoods, landmarks, others). Areas
// (districts, regions, relative areas) are drawn by the areas layer (areaLayers.ts).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { FONT, perFeature, visibility, withAlpha, type StyleParts } from './styleParts.ts';
import { wordTable } from '../../words/wordTable.ts';

export const PLACE_KIND_COLOURS: Record<string, string> = wordTable({
  settlement: '#2b2b2b',
  neighbourhood: '#0072B2',
  landmark: '#E69F00',
  other: '#999999',
});

/** Place kinds as the legend groups them. */
export function placeKindGroup(kind: string): keyof typeof PLACE_KIND_COLOURS {
  return kind === 'settlement' || kind === 'neighbourhood' || kind === 'landmark' ? kind : 'other';
}

const isRelative = ['==', ['slice', ['get', 'gazetteerId'], 0, 4], 'rel:'];

/**
 * The places this layer draws: points and lines. Relative areas and named areas are the areas
 * layer's (`areaPlaces`); other areas (countries, governorates named as places) have no layer,
 * so they are not sent to MapLibre, which would tile them all the same (Russia alone has
 * thousands of points).
 *
 * @example
 * drawnPlaces(places).features.some((f) => f.properties.gazetteerId === 'ne:RUS'); // false
 */
export function drawnPlaces<G extends Geometry, P extends { gazetteerId?: string | null }>(
  fc: FeatureCollection<G, P>,
): FeatureCollection<G, P> {
  const drawn = (f: Feature<G, P>) =>
    !/Polygon$/.test(f.geometry?.type ?? '') && !String(f.properties?.gazetteerId ?? '').startsWith('rel:');
  return { ...fc, features: fc.features.filter(drawn) };
}

/**
 * Named places as dots coloured and shaped by kind, labelled with their name.
 *
 * @example
 * placeLayers(places, true, 'p1').layers.map((l) => l.id); // ['places-line', 'places-selected', 'places-point', 'places-label']
 */
export function placeLayers(data: FeatureCollection, on: boolean, selectedId: string | null): StyleParts {
  const v = visibility(on);
  const point = ['all', ['==', ['geometry-type'], 'Point'], ['!', isRelative]];
  const kindColour = [
    'match',
    ['get', 'kind'],
    'settlement',
    PLACE_KIND_COLOURS.settlement!,
    'neighbourhood',
    PLACE_KIND_COLOURS.neighbourhood!,
    'landmark',
    PLACE_KIND_COLOURS.landmark!,
    PLACE_KIND_COLOURS.other!,
  ];
  const faintKindColour = kindColour.map((c) =>
    typeof c === 'string' && c.startsWith('#') ? withAlpha(c, 0.3) : c,
  );
  return {
    sources: { places: { type: 'geojson', data, promoteId: 'id' } },
    layers: [
      {
        id: 'places-line',
        type: 'line',
        source: 'places',
        filter: ['all', ['==', ['geometry-type'], 'LineString'], ['!', isRelative]] as never,
        layout: { visibility: v },
        paint: { 'line-color': perFeature('#7a4f10'), 'line-width': 3, 'line-opacity': 0.6 },
      },
      {
        id: 'places-selected',
        type: 'circle',
        source: 'places',
        filter: ['all', point, ['==', ['get', 'id'], selectedId ?? '']] as never,
        layout: { visibility: visibility(on && selectedId !== null) },
        paint: {
          'circle-radius': perFeature(11),
          'circle-color': perFeature('rgba(255,210,0,0.4)') as never,
          'circle-stroke-color': perFeature('#111'),
          'circle-stroke-width': perFeature(2),
        },
      },
      {
        id: 'places-point',
        type: 'circle',
        source: 'places',
        filter: point as never,
        layout: { visibility: v },
        paint: {
          // A place the gazetteer lacks, put where the text anchors it, is drawn faint: the
          // faintness is in its colour (a per-feature opacity would compile another shader).
          'circle-color': [
            'case',
            ['==', ['get', 'precision'], 'approximate'],
            faintKindColour,
            kindColour,
          ] as never,
          'circle-radius': ['match', ['get', 'kind'], 'settlement', 5, 'landmark', 4.5, 4],
          'circle-stroke-color': perFeature('#ffffff'),
          'circle-stroke-width': ['match', ['get', 'kind'], 'landmark', 2.5, 1.5],
        },
      },
      {
        id: 'places-label',
        type: 'symbol',
        source: 'places',
        filter: point as never,
        layout: {
          visibility: v,
          'text-field': ['get', 'name'],
          'text-font': FONT,
          'text-size': 11.5,
          'text-anchor': 'left',
          'text-offset': [0.7, 0],
          'text-optional': true,
        },
        paint: { 'text-color': '#1d1d1d', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
      },
    ],
  };
}
