// Natural Earth land and country borders (from the `world-atlas` TopoJSON) cut to the region the
// app shows. Pure: the Vite plugin reads the files and calls this at build time, so the browser
// downloads a few hundred kilobytes of GeoJSON instead of the whole world.
import { feature, mesh } from 'topojson-client';
import { bboxClip } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type BBox = [number, number, number, number];

/** West, south, east, north: Syria and its neighbours, enough to pan around the front. */
export const REGION_BBOX: BBox = [29, 27, 50, 42];

export interface BasemapProps {
  /** 'land' polygons or 'border' lines between countries. */
  layer: 'land' | 'border';
}

function round(coords: unknown, digits: number): unknown {
  if (typeof coords === 'number') return Math.round(coords * 10 ** digits) / 10 ** digits;
  return (coords as unknown[]).map((c) => round(c, digits));
}

/** Drops the degenerate rings and polygons clipping leaves behind (MapLibre cannot draw them). */
function cleanPolygons(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.filter((r) => r.length >= 4)).filter((rings) => rings.length > 0);
}

/**
 * Land polygons and internal country borders clipped to `bbox`, coordinates rounded to
 * `digits` decimals (3 ≈ 100 m, finer than Natural Earth 1:10M itself).
 *
 * @example
 * naturalEarthBasemap(land10m, countries10m).features.filter((f) => f.properties.layer === 'border').length > 0;
 */
export function naturalEarthBasemap(
  land: Topology,
  countries: Topology,
  bbox: BBox = REGION_BBOX,
  digits = 3,
): FeatureCollection<Polygon | MultiPolygon | LineString | MultiLineString, BasemapProps> {
  const features: Feature<Polygon | MultiPolygon | LineString | MultiLineString, BasemapProps>[] = [];
  const landFc = feature(land, land.objects.land as GeometryCollection);
  const landFeatures = 'features' in landFc ? landFc.features : [landFc];
  for (const f of landFeatures) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    const polygons = cleanPolygons(
      bboxClip(f as Feature<Polygon | MultiPolygon>, bbox).geometry as Polygon | MultiPolygon,
    );
    if (!polygons.length) continue;
    features.push({
      type: 'Feature',
      properties: { layer: 'land' },
      geometry: { type: 'MultiPolygon', coordinates: round(polygons, digits) as Position[][][] },
    });
  }
  const countriesObj = countries.objects.countries as GeometryCollection;
  const borders = mesh(countries, countriesObj, (a, b) => a !== b);
  const clippedBorders = bboxClip({ type: 'Feature', properties: {}, geometry: borders }, bbox).geometry;
  features.push({
    type: 'Feature',
    properties: { layer: 'border' },
    geometry: {
      ...clippedBorders,
      coordinates: round(clippedBorders.coordinates, digits),
    } as MultiLineString,
  });
  return { type: 'FeatureCollection', features };
}
