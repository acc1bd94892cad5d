// Reads control polygons an analyst already has (GeoJSON with a controller and a date per
// polygon) into control features. Malformed features are reported, never thrown.
import type { MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/turf';
import type { ControlFeature, ControlStatus, Side } from '../../types/model.ts';
import { parseCamp } from '../sides.ts';
import { isUncertain, zoneLabel } from '../zones/dayZones.ts';
import { isDate, nextDay } from '../claims/applyClaims.ts';
import { featureLabel, polygonProblem } from '../../gazetteer/polygonProblem.ts';

export interface ImportResult {
  features: ControlFeature[];
  /** One message per problem, naming the feature by index (and id when it has one). */
  errors: string[];
}

const STATUSES = new Set(['held', 'confirmed', 'claimed', 'assessed', 'contested']);
const MAX_DAYS = 366;

function featuresOf(input: unknown): unknown[] | null {
  if (Array.isArray(input)) return input;
  if (!input || typeof input !== 'object') return null;
  const o = input as { type?: unknown; features?: unknown };
  if (o.type === 'FeatureCollection') return Array.isArray(o.features) ? o.features : null;
  if (o.type === 'Feature') return [input];
  return null;
}

/**
 * Control polygons from parsed GeoJSON (a FeatureCollection, a Feature or an array of them).
 * Each feature needs a Polygon or MultiPolygon, `properties.controller` (a side or an alias
 * such as "rebels", "regime", or "contested"; `side` is read too) and `properties.date`
 * (YYYY-MM-DD; an optional `until` repeats it daily up to that date). `status` defaults to held.
 * `source` 'imported' makes polygons that win over ours on their dates (ingest --control);
 * 'reference' a published map shown beside ours and scored against it (score:control).
 *
 * @example importControl({ type: 'FeatureCollection', features: [] }); // { features: [], errors: [] }
 */
export function importControl(
  geojson: unknown,
  name = 'imported',
  source: 'imported' | 'reference' = 'imported',
): ImportResult {
  const list = featuresOf(geojson);
  if (!list)
    return {
      features: [],
      errors: ['not GeoJSON: expected a FeatureCollection, a Feature or an array of Features'],
    };
  const features: ControlFeature[] = [];
  const errors: string[] = [];
  list.forEach((raw, i) => {
    const f = raw as {
      type?: unknown;
      id?: unknown;
      geometry?: unknown;
      properties?: Record<string, unknown> | null;
    };
    const where = featureLabel(f, i);
    if (!f || typeof f !== 'object' || f.type !== 'Feature')
      return void errors.push(`${where}: not a GeoJSON Feature`);
    const problem = polygonProblem(f.geometry);
    if (problem) return void errors.push(`${where}: ${problem}`);
    const p = f.properties ?? {};
    const rawController = p.controller ?? p.side;
    const controller = rawController === 'contested' ? 'contested' : parseCamp(rawController);
    if (!controller)
      return void errors.push(`${where}: unknown controller ${JSON.stringify(rawController ?? null)}`);
    if (!isDate(p.date)) return void errors.push(`${where}: properties.date must be YYYY-MM-DD`);
    if (p.until !== undefined && (!isDate(p.until) || p.until < p.date))
      return void errors.push(`${where}: properties.until must be a YYYY-MM-DD date on or after date`);
    const status = (p.status ?? (controller === 'contested' ? 'contested' : 'held')) as ControlStatus;
    if (!STATUSES.has(status))
      return void errors.push(`${where}: status must be one of ${[...STATUSES].join(', ')}`);
    const basis = Array.isArray(p.basis) ? p.basis.map(String) : [`import:${name}`];
    const geometry = f.geometry as Polygon | MultiPolygon;
    const areaKm2 = Math.round((area(geometry) / 1e6) * 10) / 10;
    let day = p.date;
    for (
      let n = 0;
      n < MAX_DAYS && day <= ((p.until as string | undefined) ?? p.date);
      n++, day = nextDay(day)
    )
      features.push({
        type: 'Feature',
        geometry,
        properties: {
          layer: 'zone',
          controller: controller as Side | 'contested',
          date: day,
          status,
          basis,
          areaKm2,
          hatch: isUncertain(status),
          label: zoneLabel(controller, status),
          source,
        },
      });
  });
  return { features, errors };
}
