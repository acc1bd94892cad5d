// An analyst's polygons win over the derived zones on their dates: derived ground loses the
// area the imported polygons cover, and the imported polygons are added.
import { area, booleanIntersects, difference, featureCollection } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ControlFeature } from '../../types/model.ts';

function asPolygonal(f: ControlFeature): Feature<Polygon | MultiPolygon> | null {
  const t = f.geometry?.type;
  return t === 'Polygon' || t === 'MultiPolygon' ? (f as Feature<Polygon | MultiPolygon>) : null;
}

/** What is left of `poly` outside every polygon of `cut`, or null. */
function cutAway(
  poly: Feature<Polygon | MultiPolygon>,
  cut: Feature<Polygon | MultiPolygon>[],
): Feature<Polygon | MultiPolygon> | null {
  let rest: Feature<Polygon | MultiPolygon> | null = poly;
  for (const c of cut)
    if (rest && booleanIntersects(rest, c)) rest = difference(featureCollection([rest, c]));
  return rest;
}

const km2 = (f: Feature<Polygon | MultiPolygon>) => area(f) / 1e6;

/**
 * Derived features with `overrides` applied date by date: on an override's date (until the next
 * date anything is written for) the derived zone polygons and the cells in force lose what the
 * imported polygons cover, and the zones of that date their area; a cell cut so is split into
 * the days before, the cut days and the days after. Front lines, outlines and summaries are kept
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
  const dates = [...new Set([...derived, ...overrides].map((f) => f.properties.date))].sort();
  const next = (d: string) => dates.find((x) => x > d);
  /** Area taken from each zone (controller|status) on each override date, km². */
  const lost = new Map<string, number>();
  const out: ControlFeature[] = [];
  for (const f of derived) {
    const poly = asPolygonal(f);
    if (!poly || (f.properties.layer !== 'zone' && f.properties.layer !== 'cell')) {
      out.push(f);
      continue;
    }
    if (f.properties.layer === 'zone') {
      const cut = byDate.get(f.properties.date);
      const rest = cut ? cutAway(poly, cut) : poly;
      if (!rest) continue;
      const areaKm2 = Math.round(km2(rest) * 10) / 10;
      out.push(
        rest === poly ? f : { ...f, geometry: rest.geometry, properties: { ...f.properties, areaKm2 } },
      );
      continue;
    }
    // A cell: split at each override date it is in force on and whose polygons reach it.
    let pieces: ControlFeature[] = [f];
    for (const [date, cut] of [...byDate].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      pieces = pieces.flatMap((piece) => {
        const p = piece.properties;
        if (p.date > date || (p.until !== undefined && p.until <= date)) return [piece];
        const shape = asPolygonal(piece)!;
        const rest = cutAway(shape, cut);
        if (rest === shape) return [piece];
        const key = `${date}|${p.controller}|${p.status}`;
        lost.set(key, (lost.get(key) ?? 0) + km2(shape) - (rest ? km2(rest) : 0));
        const end = next(date);
        const split: ControlFeature[] = [];
        if (p.date < date) split.push({ ...piece, properties: { ...p, until: date } });
        if (rest) {
          const props = { ...p, date };
          if (end !== undefined && (p.until === undefined || end < p.until)) props.until = end;
          split.push({ ...piece, geometry: rest.geometry, properties: props });
        }
        if (end !== undefined && (p.until === undefined || end < p.until))
          split.push({ ...piece, properties: { ...p, date: end } });
        return split;
      });
    }
    out.push(...pieces);
  }
  const zones = out.flatMap((f) => {
    const p = f.properties;
    const taken = p.layer === 'zone' ? lost.get(`${p.date}|${p.controller}|${p.status}`) : undefined;
    if (taken === undefined || p.areaKm2 === undefined) return [f];
    const areaKm2 = Math.round((p.areaKm2 - taken) * 10) / 10;
    return areaKm2 > 0 ? [{ ...f, properties: { ...p, areaKm2 } }] : [];
  });
  return [...zones, ...overrides.filter((o) => asPolygonal(o))];
}
