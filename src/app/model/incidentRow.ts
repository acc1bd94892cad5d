// An incident as the app holds it for the whole map: what lists, counts, filters, stacks and the
// search read. The full record (every source with its sentence offsets, figures, summary,
// territory) stays where it was loaded — the data worker, or the published site's shards — and
// is fetched per incident (src/app/data/incidentDetails.ts), so 100,000 incidents never cross
// the main thread in full.
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Actor, IncidentProps, IncidentStatus, IncidentType } from '../../types/model.ts';
import type { TileIncident } from '../tiles/incidentTiles.ts';
import { dayIndex } from '../tiles/incidentKeys.ts';
import { firstDay } from './asOfDate.ts';
import { representativePoint } from './representativePoint.ts';

export interface IncidentRow {
  id: string;
  type: IncidentType;
  date: string | null;
  /** When only a window is known: [earliest, latest] (`date` is then the latest). */
  dateRange?: [string, string];
  status: IncidentStatus;
  place: string;
  background: boolean;
  progress?: IncidentProps['progress'];
  /** How many sources report it. */
  sources: number;
  /** The articles (manifest ids) of its sources, each once: their outlets are `AppData.outlets`. */
  articles: string[];
  actors: Actor[];
}
export type IncidentRowFeature = Feature<Geometry, IncidentRow>;
export type IncidentRows = FeatureCollection<Geometry, IncidentRow>;

/**
 * The row of a full incident.
 *
 * @example
 * toIncidentRow(feature).properties.sources; // 2
 */
export function toIncidentRow(f: Feature<Geometry, IncidentProps>): IncidentRowFeature {
  const p = f.properties;
  const range = (p as { dateRange?: [string, string] }).dateRange;
  const row: IncidentRow = {
    id: p.id,
    type: p.type,
    date: p.date,
    status: p.status,
    place: p.place,
    background: !!p.background,
    sources: p.sources?.length ?? 0,
    articles: [...new Set((p.sources ?? []).map((s) => s.article))],
    actors: p.actors ?? [],
  };
  if (range) row.dateRange = range;
  if (p.progress) row.progress = p.progress;
  return { type: 'Feature', geometry: f.geometry, properties: row };
}

/**
 * The point the tiles draw an incident at, with what the layers filter on; null for history
 * (drawn by its own layer) and incidents without a geometry.
 */
export function toTileIncident(
  f: IncidentRowFeature,
  days: readonly string[],
): Feature<Point, TileIncident> | null {
  const p = f.properties;
  if (p.background || !f.geometry) return null;
  const pt = representativePoint(f.geometry);
  if (!pt) return null;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: pt },
    properties: {
      id: p.id,
      type: p.type,
      status: p.status,
      d: dayIndex(days, firstDay(p)),
      date: p.date,
      place: p.place,
      n: p.sources,
    },
  };
}
