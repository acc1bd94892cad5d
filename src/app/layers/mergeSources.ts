// Several small GeoJSON sources cost MapLibre more than one: each is indexed and tiled on its
// own and each tile arrival repaints. This folds the listed sources into one `overlay` source
// whose features carry their group in `_g`, and points the layers at it with a filter.
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { StyleParts } from './styleParts.ts';

export const MERGED_SOURCE = 'overlay';

let last: { inputs: unknown[]; merged: FeatureCollection } | null = null;

function mergeData(ids: string[], datas: FeatureCollection[]): FeatureCollection {
  // Same inputs (by identity) → same object, so the map bridge does not call setData again.
  if (last && last.inputs.length === datas.length && last.inputs.every((d, i) => d === datas[i]))
    return last.merged;
  const merged: FeatureCollection = {
    type: 'FeatureCollection',
    features: datas.flatMap((fc, i) =>
      fc.features.map((f) => ({ ...f, properties: { ...f.properties, _g: ids[i] } })),
    ),
  };
  last = { inputs: datas, merged };
  return merged;
}

/**
 * `parts` with the GeoJSON sources named in `ids` (holding inline data) merged into one.
 *
 * @example
 * mergeSources(appStyle(input), ['roads', 'labels']).sources.overlay; // { type: 'geojson', data: { … } }
 */
export function mergeSources(parts: StyleParts, ids: string[]): StyleParts {
  const present = ids.filter((id) => {
    const s = parts.sources[id];
    return s?.type === 'geojson' && typeof s.data === 'object' && !s.cluster;
  });
  if (present.length < 2) return parts;
  const datas = present.map(
    (id) => (parts.sources[id] as GeoJSONSourceSpecification).data as FeatureCollection,
  );
  // The merged source first: MapLibre's worker takes sources in style order, and the overlay is
  // the long job; small sources after it then arrive with it instead of each drawing a frame.
  const sources: StyleParts['sources'] = {
    [MERGED_SOURCE]: { type: 'geojson', data: mergeData(present, datas), promoteId: 'id' },
  };
  for (const [id, spec] of Object.entries(parts.sources)) if (!present.includes(id)) sources[id] = spec;
  const layers = parts.layers.map((layer): LayerSpecification => {
    if (!('source' in layer) || !present.includes(layer.source as string)) return layer;
    const group = ['==', ['get', '_g'], layer.source];
    const filter = 'filter' in layer && layer.filter ? ['all', group, layer.filter] : group;
    return { ...layer, source: MERGED_SOURCE, filter } as LayerSpecification;
  });
  return { sources, layers };
}
