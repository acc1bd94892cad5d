// Incident vector tiles: the incidents clustered by @maplibre/geojson-vt (its Supercluster) and
// written by @maplibre/vt-pbf, with the cumulative per-type, per-day counts of incidentKeys.ts
// on every cluster. Pure and DOM-free: `npm run publish` writes these tiles to files, and the
// app's data worker serves the same tiles to the map from memory.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { GeoJSONVT, type GeoJSONVTFeature } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import {
  ALL_TYPES,
  CHECKPOINT,
  CLUSTER_MAX_ZOOM,
  MAX_ZOOM,
  MIN_ZOOM,
  CLUSTER_RADIUS,
  INCIDENT_SOURCE_LAYER,
  countKey,
  lastKey,
  totalKey,
} from './incidentKeys.ts';

/** What a point in the tiles carries: enough to draw, filter, list and label it. */
export interface TileIncident {
  id: string;
  type: string;
  status: string;
  /** Index in the manifest's days of the first day it is shown (incidentKeys.dayIndex). */
  d: number;
  /** YYYY-MM-DD or null (for lists and labels). */
  date: string | null;
  /** Id in places.geojson. */
  place: string;
  /** How many sources report it. */
  n: number;
}

/** Tile extent (units per tile side). */
export const EXTENT = 4096;
// The zooms the tiles are cut for live with the keys (the page's store reads them without the tiler).
export { MAX_ZOOM, MIN_ZOOM } from './incidentKeys.ts';

export interface IncidentTiler {
  /** The tile as Mapbox Vector Tile bytes, or null when it holds nothing. */
  tile(z: number, x: number, y: number): Uint8Array | null;
  /** Every tile from MIN_ZOOM to MAX_ZOOM that holds a point or a cluster, [z, x, y]. */
  tiles(): [number, number, number][];
  /** Incidents tiled. */
  count: number;
}

/** Tile x, y at zoom z of a longitude and latitude (web mercator). */
export function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  const y = Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n);
  return [Math.max(0, Math.min(n - 1, x)), Math.max(0, Math.min(n - 1, y))];
}

/** Bits of a leaf code that hold its day index (the rest: type index and contested flag). */
const DAY_BITS = 16;
const DAY_MASK = (1 << DAY_BITS) - 1;

/** A leaf as one integer: type index, contested flag, day index (clusters sum these up). */
function leafCode(typeIndex: number, contested: boolean, d: number): number {
  return ((typeIndex << 1) | (contested ? 1 : 0)) * (DAY_MASK + 1) + Math.min(d, DAY_MASK);
}

/**
 * A cluster's counts as tile properties, from the codes of its leaves: for each type (and `*` for
 * all), contested ones apart, the cumulative count on each day index it changes and on each
 * checkpoint day between its first and last change, its last change day (`<type>^`) and its
 * final count (`<type>$`); `days` is how many days the archive has.
 */
function countsFromCodes(codes: Int32Array, types: readonly string[], days: number): Record<string, number> {
  // Per type and contested flag: (day, how many) in day order, and the same for every type.
  const groups = new Map<string, Map<number, number>>();
  const add = (type: string, contested: boolean, d: number, n: number) => {
    const key = `${type}${contested ? '!' : '@'}`;
    let m = groups.get(key);
    if (!m) groups.set(key, (m = new Map()));
    m.set(d, (m.get(d) ?? 0) + n);
  };
  codes.sort();
  let i = 0;
  while (i < codes.length) {
    const code = codes[i]!;
    let n = 0;
    while (i < codes.length && codes[i] === code) {
      i++;
      n++;
    }
    const head = Math.floor(code / (DAY_MASK + 1));
    const type = types[head >> 1]!;
    const d = code & DAY_MASK;
    add(type, false, d, n);
    add(ALL_TYPES, false, d, n);
    if (head & 1) {
      add(type, true, d, n);
      add(ALL_TYPES, true, d, n);
    }
  }
  const out: Record<string, number> = {};
  for (const [key, m] of groups) {
    const type = key.slice(0, -1);
    const contested = key.endsWith('!');
    const changes = [...m.keys()].sort((a, b) => a - b);
    let total = 0;
    changes.forEach((d, k) => {
      total += m.get(d)!;
      out[countKey(type, d, contested)] = total;
      const next = changes[k + 1];
      if (next === undefined) return;
      for (let c = (Math.floor(d / CHECKPOINT) + 1) * CHECKPOINT; c < next && c < days; c += CHECKPOINT)
        out[countKey(type, c, contested)] = total;
    });
    out[lastKey(type, contested)] = changes[changes.length - 1]!;
    out[totalKey(type, contested)] = total;
  }
  return out;
}

/**
 * A cluster's counts as tile properties (see countsFromCodes), from its leaves.
 *
 * @example
 * clusterCounts([{ type: 'airstrike', d: 3, status: 'reported' }], 40); // { 'airstrike@3': 1, 'airstrike^': 3, 'airstrike$': 1, '*@3': 1, … }
 */
export function clusterCounts(
  leaves: readonly Pick<TileIncident, 'type' | 'd' | 'status'>[],
  days: number,
): Record<string, number> {
  const types = [...new Set(leaves.map((l) => l.type))];
  const index = new Map(types.map((t, i) => [t, i]));
  const codes = Int32Array.from(leaves, (l) => leafCode(index.get(l.type)!, l.status === 'contested', l.d));
  return countsFromCodes(codes, types, days);
}

/**
 * Builds the clustered index of `incidents` (non-background ones, with a point each).
 *
 * @example
 * const t = incidentTiler(points, { days: manifest.days.length });
 * t.tile(8, 152, 101); // Uint8Array (MVT) or null
 */
export function incidentTiler(
  incidents: readonly Feature<Point, TileIncident>[],
  options: { days: number },
): IncidentTiler {
  const collection: FeatureCollection<Point, TileIncident> = {
    type: 'FeatureCollection',
    features: incidents as Feature<Point, TileIncident>[],
  };
  // Each cluster keeps the codes of its leaves (Supercluster's map/reduce, built once with the
  // index), so a tile's counts are a sort of each cluster's codes, not a walk over its leaves.
  const types = [...new Set(incidents.map((f) => f.properties.type))].sort();
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  const index = new GeoJSONVT(collection, {
    cluster: true,
    clusterOptions: {
      minZoom: 0,
      maxZoom: CLUSTER_MAX_ZOOM,
      radius: (CLUSTER_RADIUS * EXTENT) / 512,
      extent: EXTENT,
      minPoints: 2,
      map: (p) => {
        const q = p as unknown as TileIncident;
        return { k: [leafCode(typeIndex.get(q.type)!, q.status === 'contested', q.d)], at: q.place };
      },
      reduce: (acc, p) => {
        acc.k = (acc.k as number[]).concat(p.k as number[]);
        // Its place while every member is at one place ('' once they differ).
        if (acc.at !== p.at) acc.at = '';
      },
    },
    maxZoom: MAX_ZOOM,
    extent: EXTENT,
    wrap: false,
  });

  const tile = (z: number, x: number, y: number): Uint8Array | null => {
    const t = index.getTile(z, x, y);
    if (!t || !t.features.length) return null;
    const features: GeoJSONVTFeature[] = t.features.map((f) => {
      const tags = f.tags as Record<string, unknown> | null;
      if (!tags?.cluster) return f;
      const id = Number(tags.cluster_id);
      const counts = countsFromCodes(Int32Array.from(tags.k as number[]), types, options.days);
      return {
        type: 1,
        geometry: f.geometry,
        tags: {
          point_count: Number(tags.point_count),
          expand: index.getClusterExpansionZoom(id) ?? CLUSTER_MAX_ZOOM + 1,
          // Incidents at one place never split: the app lists them instead of zooming.
          ...(tags.at ? { at: String(tags.at) } : {}),
          ...counts,
        },
      } as GeoJSONVTFeature;
    });
    return fromGeojsonVt({ [INCIDENT_SOURCE_LAYER]: { features } }, { version: 2, extent: EXTENT });
  };

  const tiles = (): [number, number, number][] => {
    const out: [number, number, number][] = [];
    for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
      // A cluster lies within its radius of one of its points: the tiles of the points and their
      // neighbours hold every point and cluster of this zoom.
      const seen = new Set<number>();
      const n = 2 ** z;
      for (const f of incidents) {
        const [x, y] = tileOf(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!, z);
        for (let dx = -1; dx <= 1; dx++)
          for (let dy = -1; dy <= 1; dy++) {
            const tx = x + dx;
            const ty = y + dy;
            if (tx >= 0 && ty >= 0 && tx < n && ty < n) seen.add(tx * n + ty);
          }
      }
      for (const key of [...seen].sort((a, b) => a - b)) {
        const x = Math.floor(key / n);
        const y = key % n;
        const t = index.getTile(z, x, y);
        if (t && t.features.length) out.push([z, x, y]);
      }
    }
    return out;
  };

  return { tile, tiles, count: incidents.length };
}
