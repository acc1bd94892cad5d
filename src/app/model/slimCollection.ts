// The map needs only a few properties of each feature to draw it; the panels read the rest from
// the store. Sending MapLibre's worker slim features keeps parsing and tiling fast.
import type { FeatureCollection, Geometry } from 'geojson';

/**
 * A copy of `fc` whose features keep only `keys` of their properties (geometry shared, not copied).
 *
 * @example
 * slimCollection(places, ['id', 'name', 'kind']).features[0].properties; // { id, name, kind }
 */
export function slimCollection<P extends object, K extends keyof P>(
  fc: FeatureCollection<Geometry, P>,
  keys: readonly K[],
): FeatureCollection<Geometry, Pick<P, K>> {
  return {
    type: 'FeatureCollection',
    features: fc.features
      .filter((f) => f.geometry)
      .map((f) => {
        const props = {} as Pick<P, K>;
        for (const k of keys) if (f.properties?.[k] !== undefined) props[k] = f.properties[k];
        return { type: 'Feature', geometry: f.geometry, properties: props };
      }),
  };
}
