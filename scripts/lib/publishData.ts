// The data folder of a published site (`npm run publish`): the CLI's layers as they are when they
// are small, or, for an archive too large for one GeoJSON file, the incidents as vector tiles
// (src/app/tiles/incidentTiles.ts, one PMTiles archive), their full records and the
// places' mentions in small JSON shards by id (src/app/tiles/shards.ts), every incident as a
// light row (for lists, stacks and search), and the manifest's `published` field that tells the app which way to read.
// Pure apart from the writes: the caller gives the parsed layers and a function that writes a file.
import type { FeatureCollection, Geometry } from 'geojson';
import type {
  ControlProps,
  IncidentFeature,
  IncidentProps,
  Manifest,
  ManifestArticle,
  PlaceProps,
  PublishedLayers,
} from '../../src/types/model.ts';
import { firstDay } from '../../src/app/model/asOfDate.ts';
import { toIncidentRow, toTileIncident } from '../../src/app/model/incidentRow.ts';
import { INCIDENT_SOURCE_LAYER, dayIndex } from '../../src/app/tiles/incidentKeys.ts';
import { MAX_ZOOM, MIN_ZOOM, incidentTiler } from '../../src/app/tiles/incidentTiles.ts';
import { shardOf } from '../../src/app/tiles/shards.ts';
import { contentDigest } from '../../src/pipeline/outputSet.ts';
import { writePmtiles } from './writePmtiles.ts';

export interface DataLayers {
  manifest: Manifest;
  places: FeatureCollection<Geometry, PlaceProps>;
  incidents: FeatureCollection<Geometry, IncidentProps>;
  control: FeatureCollection<Geometry, ControlProps>;
}

/** Incidents above which `auto` publishes tiles. */
export const TILES_ABOVE = 10_000;
/** Incidents per details shard (a shard is then ~100–300 KB, ~20–60 KB gzip). */
export const PER_SHARD = 250;

export type Write = (path: string, data: string | Uint8Array) => void;

export interface PublishSummary {
  mode: 'geojson' | 'tiles';
  incidents: number;
  tiles: number;
  shards: number;
  bytes: number;
}

/** The articles as the published manifest keeps them: what panels show, not the hash or exclusions. */
function slimArticle(a: ManifestArticle): ManifestArticle {
  return {
    id: a.id,
    outlet: a.outlet,
    dateline: a.dateline,
    url: a.url,
    length: a.length,
    excluded: [],
    ...(a.reportedFrom?.length ? { reportedFrom: a.reportedFrom } : {}),
    ...(a.unplaced?.length ? { unplaced: a.unplaced } : {}),
  };
}

/**
 * Writes the layers for a published site through `write` (paths relative to the data folder).
 *
 * @example
 * publishData(layers, { tiles: true }, (p, d) => writeFileSync(join(out, 'data', p), d));
 */
export async function publishData(
  layers: DataLayers,
  options: { tiles: boolean },
  write: Write,
): Promise<PublishSummary> {
  let bytes = 0;
  const put: Write = (p, d) => {
    bytes += typeof d === 'string' ? Buffer.byteLength(d) : d.length;
    write(p, d);
  };
  const json = (p: string, v: unknown) => put(p, JSON.stringify(v));
  const incidents = layers.incidents.features.filter(
    (f) => f?.properties && typeof f.properties.id === 'string',
  );
  if (!options.tiles) {
    // The site holds no readings.json (the reports' readings stay with the ingest): its manifest
    // names none, so the app says at once that reports cannot be merged into it.
    const { 'readings.json': _readings, ...files } = layers.manifest.files ?? {};
    json('manifest.json', layers.manifest.files ? { ...layers.manifest, files } : layers.manifest);
    json('places.geojson', layers.places);
    json('incidents.geojson', layers.incidents);
    json('control.geojson', layers.control);
    return { mode: 'geojson', incidents: incidents.length, tiles: 0, shards: 0, bytes };
  }

  const days = layers.manifest.days ?? [];
  const rows = incidents.map(toIncidentRow);
  const points = rows.flatMap((f) => toTileIncident(f, days) ?? []);
  const tiler = incidentTiler(points, { days: days.length });
  const tiles = tiler.tiles();

  // Full records and place mentions, sharded by id.
  const shards = Math.max(1, Math.ceil(incidents.length / PER_SHARD));
  const shard = Array.from({ length: shards }, () => ({
    incidents: {} as Record<string, IncidentFeature>,
    places: {} as Record<string, PlaceProps['mentions']>,
  }));
  for (const f of incidents)
    shard[shardOf(f.properties.id, shards)]!.incidents[f.properties.id] = f as IncidentFeature;
  for (const f of layers.places.features)
    shard[shardOf(f.properties.id, shards)]!.places[f.properties.id] = f.properties.mentions;
  shard.forEach((s, n) => json(`details/${n}.json`, s));

  // Every incident as a light row (no sources, summary or figures): lists, stacks, search.
  json('rows.geojson', { type: 'FeatureCollection', features: rows });

  // Counts as of each day, per type, for the layer panel.
  const types = [...new Set(points.map((f) => f.properties.type))].sort();
  const t = new Map(types.map((x, i) => [x, i]));
  const shown = days.map(() => types.map(() => 0));
  const contested = days.map(() => types.map(() => 0));
  for (const f of rows) {
    const from = dayIndex(days, firstDay(f.properties));
    const k = t.get(f.properties.type);
    if (f.properties.background || k === undefined || from >= days.length) continue;
    shown[from]![k]!++;
    if (f.properties.status === 'contested') contested[from]![k]!++;
  }
  // Each day counts what was shown from that day on: a running sum.
  for (let d = 1; d < days.length; d++)
    for (let k = 0; k < types.length; k++) {
      shown[d]![k]! += shown[d - 1]![k]!;
      contested[d]![k]! += contested[d - 1]![k]!;
    }
  let bounds: [number, number, number, number] | null = null;
  for (const f of points) {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    bounds = bounds
      ? [
          Math.min(bounds[0], lon),
          Math.min(bounds[1], lat),
          Math.max(bounds[2], lon),
          Math.max(bounds[3], lat),
        ]
      : [lon, lat, lon, lat];
  }
  // The tiles as one PMTiles archive (read with HTTP range requests through the pmtiles protocol).
  put(
    'incidents.pmtiles',
    await writePmtiles(
      tiles.map(([z, x, y]) => ({ z, x, y, data: tiler.tile(z, x, y)! })),
      {
        metadata: {
          name: 'incidents',
          vector_layers: [{ id: INCIDENT_SOURCE_LAYER, fields: {}, minzoom: MIN_ZOOM, maxzoom: MAX_ZOOM }],
        },
        ...(bounds ? { bounds } : {}),
      },
    ),
  );
  const published: PublishedLayers = {
    incidents: {
      tiles: 'incidents.pmtiles',
      minzoom: MIN_ZOOM,
      maxzoom: MAX_ZOOM,
      bounds,
      count: points.length,
      types,
      shown,
      contested,
    },
    details: { path: 'details/{shard}.json', shards },
    rows: 'rows.geojson',
    articles: 'articles.json',
  };
  // The articles apart: the manifest is read before the map gets its data, the articles after.
  json('articles.json', layers.manifest.articles.map(slimArticle));
  // Places without their mentions (the place panel fetches them from the shards).
  const places = {
    type: 'FeatureCollection',
    features: layers.places.features.map((f) => ({ ...f, properties: { ...f.properties, mentions: [] } })),
  };
  // The manifest's digests are of the files the site holds (the app leaves out a file whose
  // digest is not the manifest's: the places without mentions were all left out), and name no
  // file it does not hold (incidents.geojson, readings.json).
  const files = layers.manifest.files
    ? {
        'places.geojson': contentDigest(places),
        ...(layers.manifest.files['control.geojson']
          ? { 'control.geojson': layers.manifest.files['control.geojson'] }
          : {}),
      }
    : undefined;
  json('manifest.json', { ...layers.manifest, articles: [], published, ...(files ? { files } : {}) });
  json('places.geojson', places);
  json('control.geojson', layers.control);
  return { mode: 'tiles', incidents: incidents.length, tiles: tiles.length, shards, bytes };
}

export { MAX_ZOOM, MIN_ZOOM };
