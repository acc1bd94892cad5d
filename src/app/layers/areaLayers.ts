// Areas the reports name, drawn as outlines: districts and regions ("Middle East", a
// subdistrict) with a thin line and one label each (no fill: the zones below keep their colour), and the relative areas the
// resolver derived from a base place ("west of Aleppo") dashed. Countries and governorates are
// left out: countries are too big to tile for an outline, and governorates have their own layer.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { FONT, perFeature, visibility, type StyleParts } from './styleParts.ts';
import { boxOfRings } from '../../gazetteer/geometryUtils.ts';

/** Outline colour of named areas (districts, regions). */
export const AREA_COLOUR = '#4a6280';
/** Outline colour of relative areas. */
export const RELATIVE_COLOUR = '#7b61a8';

const AREA_KINDS = new Set(['admin2', 'region']);

export interface AreaProps {
  id?: string;
  kind?: string;
  gazetteerId?: string | null;
  /** Set on the one point per named area that carries its label. */
  label?: true;
}

const isRel = (p: AreaProps | null) => String(p?.gazetteerId ?? '').startsWith('rel:');
const isPolygon = (g: Geometry | null) => g?.type === 'Polygon' || g?.type === 'MultiPolygon';

/** True for a named area the areas layer outlines: a district or region with a polygon. */
export function isNamedArea(f: Feature<Geometry | null, AreaProps | null>): boolean {
  return !isRel(f.properties) && AREA_KINDS.has(f.properties?.kind ?? '') && isPolygon(f.geometry);
}

/** True for a relative area ("west of Aleppo"), whatever its shape. */
export function isRelativeArea(f: Feature<Geometry | null, AreaProps | null>): boolean {
  return isRel(f.properties);
}

/** [west, south, east, north] of a polygon's rings (an empty box for other geometries). */
export function bbox(g: Geometry): [number, number, number, number] {
  return boxOfRings(
    g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [],
  );
}

const isRelative = ['==', ['slice', ['get', 'gazetteerId'], 0, 4], 'rel:'];
const polygon = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const named = ['all', ['!', isRelative], polygon];

/**
 * Named areas outlined and labelled once; relative areas dashed; no tint over the zones.
 *
 * @example
 * areaLayers(areaPlaces(places), true).layers.map((l) => l.id);
 * // ['areas-fill', 'areas-outline', 'areas-line', 'areas-point', 'areas-label']
 */
export function areaLayers(data: FeatureCollection, on: boolean): StyleParts {
  const v = visibility(on);
  return {
    sources: { areas: { type: 'geojson', data } },
    layers: [
      {
        id: 'areas-fill',
        type: 'fill',
        source: 'areas',
        filter: polygon as never,
        layout: { visibility: v },
        // Outlines only: a tint here would change the colour of every control zone under it, so
        // no zone would match its legend swatch. The fill is transparent, kept for clicks.
        paint: { 'fill-color': perFeature('rgba(0,0,0,0)'), 'fill-antialias': false },
      },
      {
        id: 'areas-outline',
        type: 'line',
        source: 'areas',
        filter: named as never,
        layout: { visibility: v },
        paint: { 'line-color': perFeature(AREA_COLOUR), 'line-width': 1, 'line-opacity': 0.8 },
      },
      {
        id: 'areas-line',
        type: 'line',
        source: 'areas',
        filter: [
          'all',
          isRelative,
          ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon', 'LineString']]],
        ] as never,
        layout: { visibility: v },
        paint: { 'line-color': perFeature(RELATIVE_COLOUR), 'line-width': 1.5, 'line-dasharray': [2, 2] },
      },
      {
        id: 'areas-point',
        type: 'circle',
        source: 'areas',
        filter: ['all', isRelative, ['==', ['geometry-type'], 'Point']] as never,
        layout: { visibility: v },
        paint: {
          'circle-radius': perFeature(6),
          'circle-color': perFeature('rgba(123,97,168,0.25)') as never,
          'circle-stroke-color': perFeature(RELATIVE_COLOUR),
          'circle-stroke-width': perFeature(1.5),
        },
      },
      {
        id: 'areas-label',
        type: 'symbol',
        source: 'areas',
        filter: ['any', isRelative, ['has', 'label']] as never,
        layout: {
          visibility: v,
          'text-field': ['get', 'name'],
          'text-font': FONT,
          'text-size': 10.5,
          'text-optional': true,
        },
        paint: { 'text-color': '#3f3d5c', 'text-halo-color': '#fff', 'text-halo-width': 1.4 },
      },
    ],
  };
}

/**
 * Whether an area is background at this view: it holds the whole view and more (the Middle East
 * seen from Aleppo). A click on its fill then means "nothing here", not "this region"; its
 * label and the place list still open it.
 *
 * @example enclosesView([20, 10, 60, 45], [36, 35.5, 38, 37]) // true
 */
export function enclosesView(
  area: [number, number, number, number],
  view: [number, number, number, number],
): boolean {
  const [w, s, e, n] = area;
  return w <= view[0] && s <= view[1] && e >= view[2] && n >= view[3];
}
