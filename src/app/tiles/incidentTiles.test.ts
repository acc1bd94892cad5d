import { describe, expect, it } from 'vitest';
import Protobuf from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, Point } from 'geojson';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  clusterCounts,
  incidentTiler,
  tileOf,
  type TileIncident,
} from './incidentTiles.ts';
import {
  ALL_TYPES,
  CHECKPOINT,
  INCIDENT_SOURCE_LAYER,
  clusterCount,
  countKey,
  dayIndex,
} from './incidentKeys.ts';

const point = (
  id: string,
  lon: number,
  lat: number,
  p: Partial<TileIncident> = {},
): Feature<Point, TileIncident> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { id, type: 'airstrike', status: 'reported', d: 0, date: '2024-01-01', place: 'p', n: 1, ...p },
});

function decode(bytes: Uint8Array) {
  const layer = new VectorTile(new Protobuf(bytes)).layers[INCIDENT_SOURCE_LAYER]!;
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i));
}

/** Evaluates a count expression of incidentKeys against a feature's properties (coalesce, get, +). */
function evaluate(e: unknown, props: Record<string, unknown>): number {
  const [op, ...args] = e as [string, ...unknown[]];
  if (op === 'get') return props[args[0] as string] as number;
  if (op === 'literal') return args[0] as number;
  if (op === 'to-number') return typeof args[0] === 'number' ? args[0] : evaluate(args[0], props);
  if (op === 'case') return evaluate(args[0], props) ? evaluate(args[1], props) : evaluate(args[2], props);
  if (op === '>=') {
    const v = (a: unknown) => (typeof a === 'number' ? a : evaluate(a, props));
    return (v(args[0]) >= v(args[1])) as unknown as number;
  }
  if (op === 'coalesce') {
    for (const a of args) {
      const v = typeof a === 'number' ? a : evaluate(a, props);
      if (v !== undefined && v !== null) return v;
    }
    return 0;
  }
  if (op === '+') return args.reduce<number>((s, a) => s + evaluate(a, props), 0);
  throw new Error(`unexpected ${op}`);
}

describe('incident tiles', () => {
  it('puts a lone incident into the tile under it at every zoom, with its properties', () => {
    const t = incidentTiler(
      [point('inc-1', 37.16, 36.2, { type: 'shelling', d: 2, place: 'geonames:170063', n: 3 })],
      { days: 5 },
    );
    for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
      const [x, y] = tileOf(37.16, 36.2, z);
      const features = decode(t.tile(z, x, y)!);
      expect(features).toHaveLength(1);
      expect(features[0]!.properties).toMatchObject({
        id: 'inc-1',
        type: 'shelling',
        d: 2,
        place: 'geonames:170063',
        n: 3,
      });
      // Not in a tile two tiles away.
      expect(t.tile(z, x + 2, y)).toBeNull();
    }
    expect(t.tiles()).toHaveLength(MAX_ZOOM - MIN_ZOOM + 1);
  });

  it('clusters nearby incidents below the point zoom and counts them per type and day', () => {
    const pts = [
      point('a', 37.16, 36.2, { type: 'airstrike', d: 0 }),
      point('b', 37.161, 36.201, { type: 'shelling', d: 3, status: 'contested' }),
      point('c', 37.162, 36.2, { type: 'airstrike', d: 20 }),
    ];
    const t = incidentTiler(pts, { days: 40 });
    const [x, y] = tileOf(37.16, 36.2, 8);
    const [cluster] = decode(t.tile(8, x, y)!);
    const p = cluster!.properties as Record<string, number>;
    expect(p.point_count).toBe(3);
    expect(p.expand).toBeGreaterThan(8);
    const at = (types: string[] | null, day: number, contested = false) =>
      evaluate(clusterCount(types, day, contested), p);
    expect(at(null, 0)).toBe(1);
    expect(at(null, 2)).toBe(1);
    expect(at(null, 3)).toBe(2);
    expect(at(null, 19)).toBe(2);
    expect(at(null, 20)).toBe(3);
    expect(at(null, 39)).toBe(3);
    expect(at(['airstrike'], 19)).toBe(1);
    expect(at(['shelling', 'airstrike'], 25)).toBe(3);
    expect(at(['explosion'], 25)).toBe(0);
    expect(at(null, 2, true)).toBe(0);
    expect(at(null, 30, true)).toBe(1);
    // No day (the last one, or the manifest not in yet): every incident, as on the last day.
    const latest = (types: string[] | null, contested = false) =>
      evaluate(clusterCount(types, null, contested), p);
    expect(latest(null)).toBe(at(null, 39));
    expect(latest(['airstrike'])).toBe(2);
    expect(latest(['shelling', 'explosion'])).toBe(1);
    expect(latest(null, true)).toBe(1);
    // At the point zoom the three are points again.
    const [px, py] = tileOf(37.16, 36.2, MAX_ZOOM);
    expect(
      decode(t.tile(MAX_ZOOM, px, py)!)
        .map((f) => f.properties.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('writes cumulative counts at changes and checkpoints only', () => {
    const counts = clusterCounts(
      [
        { type: 'airstrike', d: 1, status: 'reported' },
        { type: 'airstrike', d: 1, status: 'reported' },
        { type: 'airstrike', d: 40, status: 'contested' },
      ],
      50,
    );
    expect(counts[countKey('airstrike', 1)]).toBe(2);
    expect(counts[countKey('airstrike', CHECKPOINT)]).toBe(2);
    expect(counts[countKey('airstrike', 2 * CHECKPOINT)]).toBe(2);
    expect(counts[countKey(ALL_TYPES, 2 * CHECKPOINT, true)]).toBeUndefined();
    expect(counts[countKey('airstrike', 40)]).toBe(3);
    // After the last change: no checkpoints, the final count.
    expect(counts[countKey('airstrike', 3 * CHECKPOINT)]).toBeUndefined();
    expect(counts['airstrike^']).toBe(40);
    expect(counts['airstrike$']).toBe(3);
    expect(counts[countKey(ALL_TYPES, 40, true)]).toBe(1);
    expect(counts[countKey('airstrike', 2)]).toBeUndefined();
    // Every day's count can be read back within one checkpoint interval.
    for (let d = 0; d < 50; d++)
      expect(evaluate(clusterCount(['airstrike'], d), counts)).toBe(d < 1 ? 0 : d < 40 ? 2 : 3);
  });

  it('indexes days as the first day an incident is shown', () => {
    const days = ['2024-01-01', '2024-01-03', '2024-01-04'];
    expect(dayIndex(days, null)).toBe(0);
    expect(dayIndex(days, '2023-12-01')).toBe(0);
    expect(dayIndex(days, '2024-01-02')).toBe(1);
    expect(dayIndex(days, '2024-01-04')).toBe(2);
    expect(dayIndex(days, '2024-02-01')).toBe(3);
  });
});
