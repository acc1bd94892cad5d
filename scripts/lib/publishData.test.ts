import { describe, expect, it } from 'vitest';
import Protobuf from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { PMTiles, type Source } from 'pmtiles';
import type { Manifest } from '../../src/types/model.ts';
import { gazetteerEntry } from '../../src/gazetteer/gazetteerEntry.ts';
import { INCIDENT_SOURCE_LAYER } from '../../src/app/tiles/incidentKeys.ts';
import { shardOf } from '../../src/app/tiles/shards.ts';
import type { DetailsShard } from '../../src/app/data/incidentDetails.ts';
import { MAX_ZOOM, MIN_ZOOM, publishData, type DataLayers } from './publishData.ts';
import { tileOf } from '../../src/app/tiles/incidentTiles.ts';
import { contentDigest, sealManifest } from '../../src/pipeline/outputSet.ts';

/** A PMTiles reader over bytes in memory. */
function reader(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => 'memory',
    getBytes: (offset, length) =>
      Promise.resolve({ data: bytes.slice(offset, offset + length).buffer as ArrayBuffer }),
  };
  return new PMTiles(source);
}
import { syntheticIncidents } from './syntheticIncidents.ts';

const entry = (id: string, name: string, lon: number, lat: number, population: number) =>
  gazetteerEntry({ id, name, lon, lat, population, admin1: 'SY.09' });
const entries = [
  entry('g:1', 'Alpha Town', 37.1, 36.2, 500000),
  entry('g:2', 'Beta Village', 36.6, 35.9, 3000),
  entry('g:3', 'Gamma', 38.0, 35.0, 20000),
  entry('g:4', 'Delta', 36.7, 34.7, 80000),
];

async function publish(tiles: boolean) {
  const layers = syntheticIncidents(entries, { incidents: 600, seed: 3, days: 20 }) as unknown as DataLayers;
  // Sealed as the CLI seals a run's files (src/pipeline/outputSet.ts).
  layers.manifest = sealManifest(layers.manifest, {
    'places.geojson': layers.places,
    'incidents.geojson': layers.incidents,
    'control.geojson': layers.control,
    'readings.json': [],
  });
  const files = new Map<string, string | Uint8Array>();
  const summary = await publishData(layers, { tiles }, (p, d) => files.set(p, d));
  const json = <T>(p: string) => JSON.parse(files.get(p) as string) as T;
  return { layers, files, summary, json };
}

describe('publishData', () => {
  it('keeps a small archive as the CLI wrote it', async () => {
    const { layers, files, summary, json } = await publish(false);
    expect(summary.mode).toBe('geojson');
    expect([...files.keys()].sort()).toEqual([
      'control.geojson',
      'incidents.geojson',
      'manifest.json',
      'places.geojson',
    ]);
    expect(json('incidents.geojson')).toEqual(layers.incidents);
    // Every layer as the CLI sealed it; no readings.json on the site, none named.
    const { 'readings.json': _readings, ...sealed } = layers.manifest.files!;
    expect(json<Manifest>('manifest.json')).toEqual({ ...layers.manifest, files: sealed });
  });

  it('writes tiles holding every incident at the point zoom, and every record in its shard', async () => {
    const { layers, files, summary, json } = await publish(true);
    expect(summary.mode).toBe('tiles');
    const manifest = json<Manifest>('manifest.json');
    const pub = manifest.published!;
    expect(pub.details.shards).toBe(summary.shards);
    // Each incident's full record, sources and all, is in the shard its id names.
    for (const f of layers.incidents.features) {
      const shard = json<DetailsShard>(`details/${shardOf(f.properties.id, pub.details.shards)}.json`);
      expect(shard.incidents[f.properties.id]).toEqual(f);
    }
    // The articles in their own file (read after the map's first idle), the manifest's list empty.
    expect(manifest.articles).toEqual([]);
    const articles = json<Manifest['articles']>(pub.articles!);
    expect(articles.map((a) => [a.id, a.outlet])).toEqual(
      layers.manifest.articles.map((a) => [a.id, a.outlet]),
    );
    // Every incident as a light row: ids and source counts, no sentences' offsets or summaries.
    const rows = json<{ features: { properties: Record<string, unknown> }[] }>(pub.rows);
    expect(rows.features.map((f) => f.properties.id)).toEqual(
      layers.incidents.features.map((f) => f.properties.id),
    );
    expect(rows.features.map((f) => f.properties.sources)).toEqual(
      layers.incidents.features.map((f) => f.properties.sources.length),
    );
    expect(rows.features.every((f) => !('summary' in f.properties))).toBe(true);
    // Place mentions moved to the shards; places.geojson keeps names and geometry.
    for (const f of json<DataLayers['places']>('places.geojson').features)
      expect(f.properties.mentions).toEqual([]);
    // The manifest's digests are of the files written (the app leaves out a file whose digest
    // differs), and name none the site does not hold.
    expect(manifest.files).toEqual({
      'places.geojson': contentDigest(json('places.geojson')),
      'control.geojson': layers.manifest.files!['control.geojson'],
    });
    const place = layers.places.features[0]!;
    expect(
      json<DetailsShard>(`details/${shardOf(place.properties.id, pub.details.shards)}.json`).places[
        place.properties.id
      ],
    ).toEqual(place.properties.mentions);
    // At the point zoom every map incident is a point of one tile of the archive, once.
    const archive = reader(files.get(pub.incidents.tiles) as Uint8Array);
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([MIN_ZOOM, MAX_ZOOM]);
    const ids: string[] = [];
    const shown = layers.incidents.features.filter((f) => !f.properties.background);
    const tileKeys = new Set(
      shown.map((f) => {
        const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        return tileOf(lon, lat, MAX_ZOOM).join('/');
      }),
    );
    for (const key of tileKeys) {
      const [x, y] = key.split('/').map(Number) as [number, number];
      const t = await archive.getZxy(MAX_ZOOM, x, y);
      expect(t, `tile ${MAX_ZOOM}/${key}`).toBeDefined();
      const layer = new VectorTile(new Protobuf(new Uint8Array(t!.data))).layers[INCIDENT_SOURCE_LAYER]!;
      for (let i = 0; i < layer.length; i++) {
        const props = layer.feature(i).properties;
        expect(props.point_count).toBeUndefined();
        ids.push(String(props.id));
      }
    }
    expect(ids.sort()).toEqual(shown.map((f) => f.properties.id).sort());
    expect(pub.incidents.count).toBe(shown.length);
    // The last day's counts add up to every incident shown.
    const last = pub.incidents.shown[pub.incidents.shown.length - 1]!;
    expect(last.reduce((a, b) => a + b, 0)).toBe(shown.length);
  });
});
