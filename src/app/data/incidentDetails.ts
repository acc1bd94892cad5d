// Full incident records, fetched per incident: from the data worker when the app loaded
// incidents.geojson, or from the published site's details shards (one small JSON file per
// shard of incident ids, src/app/tiles/shards.ts), each shard fetched once.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type {
  IncidentFeature,
  IncidentProps,
  ManifestArticle,
  PlaceProps,
  PublishedLayers,
} from '../../types/model.ts';
import type { IncidentRows } from '../model/incidentRow.ts';
import { shardOf } from '../tiles/shards.ts';
import { workerDetails } from './incidentData.ts';
import { fetchJson } from './loadData.ts';

/** One details file of a published site. */
export interface DetailsShard {
  incidents: Record<string, IncidentFeature>;
  /** The articles the incidents' sources cite (outlet, dateline, where filed from). */
  articles: Record<string, ManifestArticle>;
  /** Mentions of the places whose id falls in this shard. */
  places: Record<string, PlaceProps['mentions']>;
}

const shards = new Map<string, Promise<DetailsShard>>();

/** A published site's shard `n` (fetched once; a missing one is empty and said once). */
export function detailsShard(published: PublishedLayers, n: number): Promise<DetailsShard> {
  const path = `data/${published.details.path.replace('{shard}', String(n))}`;
  let p = shards.get(path);
  if (!p) {
    p = fetchJson<DetailsShard>(path).then((r) => {
      if (r.ok) return r.value;
      console.warn(r.error);
      return { incidents: {}, articles: {}, places: {} };
    });
    shards.set(path, p);
  }
  return p;
}

/**
 * The full records of `ids` (unknown ones left out).
 *
 * @example
 * const [f] = await fetchIncidentDetails(['inc-1'], state.data().published);
 */
export async function fetchIncidentDetails(
  ids: string[],
  published: PublishedLayers | null,
): Promise<IncidentFeature[]> {
  if (!ids.length) return [];
  if (!published) return workerDetails(ids);
  const out: IncidentFeature[] = [];
  for (const id of ids) {
    const f = (await detailsShard(published, shardOf(id, published.details.shards))).incidents[id];
    if (f) out.push(f);
  }
  return out;
}

/**
 * Every incident in full as the app shows it now (for export): the records the app holds (the
 * user's merged map, an opened export), else the data worker's, or every shard of a published
 * site. Each record takes its row's place and geometry (a switched place moves its incidents).
 *
 * @example
 * const fc = await allIncidentRecords(state.data().incidents, state.userIncidents(), state.data().published);
 */
export async function allIncidentRecords(
  rows: IncidentRows,
  known: ReadonlyMap<string, IncidentFeature>,
  published: PublishedLayers | null,
): Promise<FeatureCollection<Geometry, IncidentProps>> {
  const byId = new Map(rows.features.map((f) => [f.properties.id, f]));
  let full: IncidentFeature[];
  if (published) {
    const all = await Promise.all(
      Array.from({ length: published.details.shards }, (_, n) => detailsShard(published, n)),
    );
    full = all.flatMap((s) => Object.values(s.incidents));
  } else {
    const missing = rows.features.map((f) => f.properties.id).filter((id) => !known.has(id));
    const fetched = new Map((await workerDetails(missing)).map((f) => [f.properties.id, f]));
    full = rows.features.flatMap((f) => known.get(f.properties.id) ?? fetched.get(f.properties.id) ?? []);
  }
  const features = full.map((f): Feature<Geometry, IncidentProps> => {
    const row = byId.get(f.properties.id);
    return row
      ? { ...f, geometry: row.geometry, properties: { ...f.properties, place: row.properties.place } }
      : f;
  });
  return { type: 'FeatureCollection', features };
}
