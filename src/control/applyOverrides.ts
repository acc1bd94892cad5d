// An analyst's polygons win over the derived zones on their dates: derived zones lose the
// area the imported polygons cover, and the imported polygons are added.
import { area, difference, featureCollection } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ControlFeature } from '../types/model.ts';

function asPolygonal(f: ControlFeature): Feature<Polygon | MultiPolygon> | null {
  const t = f.geometry?.type;
  return t === 'Polygon' || t === 'MultiPolygon' ? (f as Feature<Polygon | MultiPolygon>) : null;
}

/**
 * Derived features with `overrides` applied date by date. Front lines and summaries are kept
 * as derived.
 *
 * @example applyOverrides(derived, importControl(file).features);
 */
export function applyOverrides(derived: ControlFeature[], overrides: ControlFeature[]): ControlFeature[] {
  const byDate = new Map<string, Feature<Polygon | MultiPolygon>[]>();
  for (const o of overrides) {
    const poly = asPolygonal(o);
    if (poly) byDate.set(o.properties.date, [...(byDate.get(o.properties.date) ?? []), poly]);
  }
  const out: ControlFeature[] = [];
  for (const f of derived) {
    const cut = byDate.get(f.properties.date);
    const poly = asPolygonal(f);
    if (!cut || !poly || f.properties.layer !== 'zone') {
      out.push(f);
      continue;
    }
    let rest: Feature<Polygon | MultiPolygon> | null = poly;
    for (const c of cut) rest = rest && difference(featureCollection([rest, c]));
    if (!rest) continue;
    const areaKm2 = Math.round((area(rest) / 1e6) * 10) / 10;
    out.push({ ...f, geometry: rest.geometry, properties: { ...f.properties, areaKm2 } });
  }
  return [...out, ...overrides.filter((o) => asPolygonal(o))];
}
