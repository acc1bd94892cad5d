// The features the areas layer draws (areaLayers.ts), computed only while that layer is on: the
// map loads this module when the layer is first shown.
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { labelPoint as insidePoint } from '../model/labelPoint.ts';
import { bbox, isNamedArea, isRelativeArea, type AreaProps } from './areaLayers.ts';

const size = (g: Geometry) => {
  const [w, s, e, n] = bbox(g);
  return Number.isFinite(w) ? (e - w) * (n - s) : 0;
};

/**
 * The features the areas layer draws: relative areas, and named areas with a label point each
 * (one label, not one per tile the polygon spans). Larger areas come first, so a district is
 * drawn, and answers a click, above the region around it.
 *
 * @example
 * areaPlaces(places).features.filter((f) => f.properties.label).length; // one per named area
 */
export function areaPlaces<P extends AreaProps>(
  fc: FeatureCollection<Geometry, P>,
): FeatureCollection<Geometry, P | (P & { label: true })> {
  const areas = fc.features
    .filter((f) => isRelativeArea(f) || isNamedArea(f))
    .map((f) => ({ f, size: size(f.geometry) }))
    .sort((a, b) => b.size - a.size)
    .map(({ f }) => f);
  const labels = areas.filter(isNamedArea).flatMap((f) => {
    const pt = insidePoint(f.geometry);
    const geometry: Point | null = pt && { type: 'Point', coordinates: pt };
    return geometry ? [{ ...f, geometry, properties: { ...f.properties, label: true as const } }] : [];
  });
  return { type: 'FeatureCollection', features: [...areas, ...labels] };
}
