// The one way tests and benches build a place feature (what the geoparser outputs) by hand: each
// names only what it is about, and a property added to PlaceProps gets its default here, once.
// No test framework is imported, so any test, bench or script may use it.
import type { Geometry } from 'geojson';
import type { PlaceFeature, PlaceProps } from './model.ts';

/**
 * A place feature at `geometry` (a point at [0, 0] if none) with plain defaults for every property
 * not given: a settlement named by its id, whose gazetteer id is its id and English name its name,
 * with no mentions, no alternatives and confidence 1. The properties given win; keys keep
 * PlaceProps' order, extra ones follow.
 *
 * @example placeFeature({ id: 'p1', name: 'Kafr Zeit', gazetteerId: 'g:1' }, { type: 'Point', coordinates: [36.6, 35.4] })
 */
export function placeFeature(
  props: Pick<PlaceProps, 'id'> & Partial<PlaceProps>,
  geometry: Geometry = { type: 'Point', coordinates: [0, 0] },
): PlaceFeature {
  const name = props.name ?? props.id;
  const defaults: PlaceProps = {
    id: props.id,
    name,
    kind: 'settlement',
    gazetteerId: props.id,
    names: { en: name },
    mentions: [],
    alternatives: [],
    confidence: 1,
  };
  return { type: 'Feature', geometry, properties: Object.assign(defaults, props) };
}
