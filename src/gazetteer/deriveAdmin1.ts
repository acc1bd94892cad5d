// Governorate polygons derived from data we may ship: each GeoNames place votes for the
// governorate its admin-1 code names; the Voronoi cell of every place goes to that
// governorate; cells are dissolved per governorate and clipped to the country border.
// Where places are dense the boundary falls between neighbouring towns of different
// governorates, which is where real boundaries run; in empty desert it is only a guess.
import { Delaunay } from 'd3-delaunay';
import { featureCollection, intersect, polygon as turfPolygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface Seed {
  lon: number;
  lat: number;
  /** Admin-1 code the place belongs to, e.g. `SY.09`. */
  code: string;
}

/** Mean latitude scaling so Voronoi cells are built in (roughly) equal-distance space. */
function scaleFor(border: Polygon | MultiPolygon): number {
  const polys = border.type === 'Polygon' ? [border.coordinates] : border.coordinates;
  let sum = 0;
  let n = 0;
  for (const p of polys)
    for (const [, y] of p[0]) {
      sum += y;
      n++;
    }
  return Math.cos(((n ? sum / n : 0) * Math.PI) / 180);
}

/**
 * One polygon per admin-1 code: the union of its seeds' Voronoi cells, clipped to `border`.
 * Codes with no seed get no polygon.
 * @example deriveAdmin1(syrianPlaces.map((p) => ({ lon: p.lon, lat: p.lat, code: p.admin1 })), syriaBorder)
 */
export function deriveAdmin1(
  seeds: Seed[],
  border: Polygon | MultiPolygon,
): Map<string, Polygon | MultiPolygon> {
  const k = scaleFor(border);
  const uniq = new Map<string, Seed>();
  for (const s of seeds) if (s.code) uniq.set(`${s.lon.toFixed(5)},${s.lat.toFixed(5)}`, s);
  const pts = [...uniq.values()];
  const delaunay = Delaunay.from(
    pts,
    (s) => s.lon * k,
    (s) => s.lat,
  );
  const ring = border.type === 'Polygon' ? [border.coordinates[0]] : border.coordinates.map((p) => p[0]);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of ring)
    for (const [x, y] of r) {
      x0 = Math.min(x0, x * k);
      x1 = Math.max(x1, x * k);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  const voronoi = delaunay.voronoi([x0 - 1, y0 - 1, x1 + 1, y1 + 1]);
  const cells = new Map<string, Feature<Polygon>[]>();
  pts.forEach((s, i) => {
    const cell = voronoi.cellPolygon(i);
    if (!cell) return;
    const coords: Position[] = cell.map(([x, y]) => [x / k, y]);
    const list = cells.get(s.code) ?? [];
    list.push(turfPolygon([coords]));
    cells.set(s.code, list);
  });
  const borderFeature: Feature<Polygon | MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: border,
  };
  const out = new Map<string, Polygon | MultiPolygon>();
  for (const [code, list] of cells) {
    const merged = list.length === 1 ? list[0] : union(featureCollection(list));
    if (!merged) continue;
    const clipped = intersect(featureCollection([merged, borderFeature]));
    if (clipped) out.set(code, clipped.geometry);
  }
  return out;
}
