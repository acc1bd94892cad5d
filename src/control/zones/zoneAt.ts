// The zone a reader sees at a point on a day, from either form of a control layer: polygons
// written for the day (an analyst's, other wars' claims, older outputs) or the cells in force.
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ControlAxis, ControlFeature } from '../../types/model.ts';
import { featuresAsOf } from './dayZones.ts';

function holds(f: ControlFeature, lon: number, lat: number): boolean {
  const t = f.geometry?.type;
  return (
    (t === 'Polygon' || t === 'MultiPolygon') &&
    booleanPointInPolygon([lon, lat], f.geometry as Polygon | MultiPolygon)
  );
}

/**
 * The zone of `controller` and `status` shown on `day`, as a reader sees it: its feature of that
 * day with what moved its ground gathered from its cells in force (basis, axes).
 *
 * @example zoneOn(control, '2024-11-29', 'opposition', 'assessed')?.properties.axes?.length; // 3
 */
export function zoneOn(
  features: ControlFeature[],
  day: string,
  controller: string,
  status: string,
): ControlFeature | undefined {
  return gathered(featuresAsOf(features, day), controller, status);
}

function gathered(shown: ControlFeature[], controller: string, status: string): ControlFeature | undefined {
  const mine = shown.filter(
    (f) =>
      (f.properties.layer === 'zone' || f.properties.layer === 'cell') &&
      f.properties.controller === controller &&
      f.properties.status === status,
  );
  const zone = mine.find((f) => f.properties.layer === 'zone') ?? mine[0];
  if (!zone) return undefined;
  const axes = new Map<string, ControlAxis>();
  for (const f of mine)
    for (const a of f.properties.axes ?? []) axes.set(`${a.from}|${a.to}|${a.days.join('|')}`, a);
  const properties = {
    ...zone.properties,
    basis: [...new Set(mine.flatMap((f) => f.properties.basis))].sort(),
  };
  if (axes.size) properties.axes = [...axes.values()];
  return { ...zone, properties };
}

/**
 * The zone shown at (lon, lat) on `day`: a zone polygon of that day holding the point, else
 * the zone (zoneOn) of the cell in force there.
 *
 * @example zoneAt(control, '2024-11-29', 37.04, 36.17)?.properties.controller; // 'opposition'
 */
export function zoneAt(
  features: ControlFeature[],
  day: string,
  lon: number,
  lat: number,
): ControlFeature | undefined {
  const shown = featuresAsOf(features, day);
  const polygon = shown.find((f) => f.properties.layer === 'zone' && holds(f, lon, lat));
  if (polygon) return polygon;
  const cell = shown.find((f) => f.properties.layer === 'cell' && holds(f, lon, lat));
  return cell && gathered(shown, cell.properties.controller, cell.properties.status);
}
