// One label point inside an area: zones, governorates and named areas are labelled once each,
// at a point inside their largest part, instead of once per tile the polygon spans.
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';

type Ring = Position[];

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(a / 2);
}

/** The x-intervals where the horizontal line at `y` is inside the polygon (even-odd rule). */
function insideIntervals(rings: Ring[], y: number): [number, number][] {
  const xs: number[] = [];
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j] as [number, number];
      const [x2, y2] = ring[i] as [number, number];
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
    }
  xs.sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) out.push([xs[i]!, xs[i + 1]!]);
  return out;
}

/**
 * A point inside the largest part of a polygon: the middle of the widest stretch of the
 * horizontal line through that part's middle (a bounding-box centre can fall outside a bent
 * zone); points and lines give their first position. Null for empty geometry.
 *
 * @example
 * labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] }); // [2, 1]
 */
export function labelPoint(g: Geometry | null | undefined): [number, number] | null {
  if (!g) return null;
  if (g.type === 'Point') return [g.coordinates[0]!, g.coordinates[1]!];
  if (g.type === 'LineString' || g.type === 'MultiPoint') {
    const p = g.coordinates[Math.floor(g.coordinates.length / 2)];
    return p ? [p[0]!, p[1]!] : null;
  }
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return null;
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: Ring[] | null = null;
  let bestArea = -1;
  for (const rings of parts) {
    const a = rings[0] ? ringArea(rings[0]) : 0;
    if (a > bestArea) [best, bestArea] = [rings, a];
  }
  if (!best?.[0]?.length) return null;
  let [s, n] = [Infinity, -Infinity];
  for (const [, y] of best[0]) [s, n] = [Math.min(s, y!), Math.max(n, y!)];
  // Try the middle line first, then lines a little above and below it.
  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const y = s + (n - s) * f;
    const widest = insideIntervals(best, y).reduce<[number, number] | null>(
      (a, b) => (!a || b[1] - b[0] > a[1] - a[0] ? b : a),
      null,
    );
    if (widest && widest[1] > widest[0]) return [(widest[0] + widest[1]) / 2, y];
  }
  const p = best[0][0]!;
  return [p[0]!, p[1]!];
}

/**
 * One point feature per feature of `fc` that has a label point, with `extra` added to its
 * properties: the features a label layer draws.
 *
 * @example
 * labelPoints(zones, { label: true }).features.length; // one per zone
 */
export function labelPoints<P, E extends object>(
  fc: FeatureCollection<Geometry | null, P>,
  extra: E,
): Feature<Point, P & E>[] {
  return fc.features.flatMap((f) => {
    const pt = labelPoint(f.geometry);
    return pt
      ? [
          {
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: pt },
            properties: { ...(f.properties as P), ...extra },
          },
        ]
      : [];
  });
}

const withLabelsCache = new WeakMap<object, FeatureCollection>();

/**
 * `fc` plus one label point per feature that `wanted` keeps, carrying `extra`; remembered per
 * collection, so the same input gives the same object (the map bridge sets data by identity).
 *
 * @example
 * withLabelPoints(admin1, { label: true }).features.length; // polygons + one point each
 */
export function withLabelPoints<P>(
  fc: FeatureCollection<Geometry | null, P>,
  extra: object,
  wanted: (f: Feature<Geometry | null, P>) => boolean = () => true,
): FeatureCollection {
  let out = withLabelsCache.get(fc);
  if (!out) {
    const labels = labelPoints({ type: 'FeatureCollection', features: fc.features.filter(wanted) }, extra);
    out = { type: 'FeatureCollection', features: [...(fc.features as Feature[]), ...labels] };
    withLabelsCache.set(fc, out);
  }
  return out;
}
