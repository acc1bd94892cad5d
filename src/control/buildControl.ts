// Baseline + incidents → daily control zones, front lines and a per-day summary.
import { booleanPointInPolygon } from '@turf/turf';
import type { ControlFeature, IncidentFeature, PlaceFeature } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { BASELINE, baselineUnits, type BaselineData } from './baseline.ts'; // who held what the day before
import { controlBorder } from './border.ts'; // the outline zones are clipped to
import { applyClaims } from './applyClaims.ts'; // incidents → each unit's state per day
import { createDayZones } from './dayZones.ts'; // states → zones, front lines, summary
import { applyOverrides } from './applyOverrides.ts'; // an analyst's polygons win on their dates

export interface ControlInput {
  incidents: IncidentFeature[];
  places: PlaceFeature[];
  gazetteer: Gazetteer;
  /** Analyst polygons (see importControl) that override the derived zones on their dates. */
  overrides?: ControlFeature[];
  /** Another baseline (tests, other regions); defaults to data/control/baseline.json. */
  baseline?: BaselineData;
}

/**
 * Zones for every day from the baseline date to the last dated incident: features of layer
 * 'zone' (MultiPolygon per controller and status), 'frontline' (MultiLineString per pair of
 * controllers) and 'summary' (one Point per day with the changes, gains and vague figures).
 *
 * @example buildControl({ incidents, places, gazetteer }).filter((f) => f.properties.date === '2024-11-29');
 */
export function buildControl(input: ControlInput): ControlFeature[] {
  const baseline = input.baseline ?? BASELINE;
  const units = baselineUnits(input.gazetteer, baseline);
  const border = controlBorder(input.gazetteer, units);
  const inside = (lon: number, lat: number) => booleanPointInPolygon([lon, lat], border.geometry);
  const claims = applyClaims({
    // Baseline towns on the border or the coast may fall just outside a coarse outline: their
    // cells are clipped, not dropped. Only places new to us must lie inside.
    units,
    incidents: input.incidents,
    places: input.places,
    gazetteer: input.gazetteer,
    baselineDate: baseline.date,
    inside,
  });
  const zones = createDayZones(claims.units, border.geometry);
  const features = claims.days.flatMap((day) => zones.features(day));
  return input.overrides?.length ? applyOverrides(features, input.overrides) : features;
}
