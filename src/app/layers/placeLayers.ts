// Places the reports name, drawn by kind (towns, neighbourhoods, landmarks, others), plus the
// relative areas ("the western edge of Aleppo") as their own layer.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { FONT, perFeature, visibility, type StyleParts } from './styleParts.ts';

export const PLACE_KIND_COLOURS: Record<string, string> = {
  settlement: '#2b2b2b',
  neighbourhood: '#0072B2',
  landmark: '#E69F00',
  other: '#999999',
};

/** Place kinds as the legend groups them. */
export function placeKindGroup(kind: string): keyof typeof PLACE_KIND_COLOURS {
  return kind === 'settlement' || kind === 'neighbourhood' || kind === 'landmark' ? kind : 'other';
}

const isRelative = ['==', ['slice', ['get', 'gazetteerId'], 0, 4], 'rel:'];

/**
 * The places the map draws: points and lines, and relative areas of any shape. Other areas
 * (countries, governorates named as places) have no layer, so they are not sent to MapLibre,
 * which would tile them all the same (Russia alone has thousands of points).
 *
 * @example
 * drawnPlaces(places).features.some((f) => f.properties.gazetteerId === 'ne:RUS'); // false
 */
export function drawnPlaces<G extends Geometry, P extends { gazetteerId?: string | null }>(
  fc: FeatureCollection<G, P>,
): FeatureCollection<G, P> {
  const drawn = (f: Feature<G, P>) =>
    !/Polygon$/.test(f.geometry?.type ?? '') || String(f.properties?.gazetteerId ?? '').startsWith('rel:');
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
        layout: { visibility: v },
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
          'circle-color': kindColour as never,
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

/**
 * Relative areas: dashed outlines and labels for geometries the resolver derived from a base place.
 *
 * @example
 * relativeLayers(places, true).layers[0].filter; // only `rel:` places
 */
export function relativeLayers(data: FeatureCollection, on: boolean): StyleParts {
  const v = visibility(on);
  return {
    sources: { relative: { type: 'geojson', data } },
    layers: [
      {
        id: 'relative-fill',
        type: 'fill',
        source: 'relative',
        filter: ['all', isRelative, ['==', ['geometry-type'], 'Polygon']] as never,
        layout: { visibility: v },
        // No anti-aliased edge: relative-line draws it (and the edge would need its own shader).
        paint: { 'fill-color': perFeature('#7b61a8'), 'fill-opacity': 0.12, 'fill-antialias': false },
      },
      {
        id: 'relative-line',
        type: 'line',
        source: 'relative',
        filter: [
          'all',
          isRelative,
          ['in', ['geometry-type'], ['literal', ['Polygon', 'LineString']]],
        ] as never,
        layout: { visibility: v },
        paint: { 'line-color': '#7b61a8', 'line-width': 1.5, 'line-dasharray': [2, 2] },
      },
      {
        id: 'relative-point',
        type: 'circle',
        source: 'relative',
        filter: ['all', isRelative, ['==', ['geometry-type'], 'Point']] as never,
        layout: { visibility: v },
        paint: {
          'circle-radius': perFeature(6),
          'circle-color': perFeature('rgba(123,97,168,0.25)') as never,
          'circle-stroke-color': perFeature('#7b61a8'),
          'circle-stroke-width': perFeature(1.5),
        },
      },
      {
        id: 'relative-label',
        type: 'symbol',
        source: 'relative',
        filter: isRelative as never,
        layout: {
          visibility: v,
          'text-field': ['get', 'name'],
          'text-font': FONT,
          'text-size': 10.5,
          'text-optional': true,
        },
        paint: { 'text-color': '#4f3a78', 'text-halo-color': '#fff', 'text-halo-width': 1.4 },
      },
    ],
  };
}
