// Areas at the antimeridian (Fiji, Chukotka, the Aleutians): Natural Earth cuts them at 180°,
// but TopoJSON's quantisation leaves some rings running across it, and Voronoi cells are built
// on a flat map. These helpers make such an area whole east of 0° and cut it back at 180°.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { clipToBox } from './deriveAdmin1.ts';

type Area = Polygon | MultiPolygon;

/** Whether an area has parts near both sides of the antimeridian. */
export function crossesAntimeridian(g: Area): boolean {
  let west = false;
  let east = false;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const p of polys)
    for (const [x] of p[0]) {
      if (x < -170) west = true;
      if (x > 170) east = true;
    }
  return west && east;
}

/** The area with every longitude west of 0° moved by `by` degrees. */
export function shiftWest(g: Area, by: number): Area {
  const ring = (r: Position[]) => r.map(([x, y]) => [x < 0 ? x + by : x, y]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

/** An area east of 0° that runs past 180°, cut at 180° with the part beyond moved back west. */
export function backWest(g: Area): Area | undefined {
  const f: Feature<Area> = { type: 'Feature', properties: {}, geometry: g };
  const parts: Position[][][] = [];
  const west = clipToBox(f, [-180, -90, 180, 90]);
  const east = clipToBox(f, [180, -90, 540, 90]);
  for (const [part, by] of [
    [west, 0],
    [east, -360],
  ] as const) {
    if (!part) continue;
    const geom = part.geometry;
    for (const p of geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates)
      parts.push(p.map((r) => r.map(([x, y]) => [x + by, y])));
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1
    ? { type: 'Polygon', coordinates: parts[0] }
    : { type: 'MultiPolygon', coordinates: parts };
}

/** Whether a ring jumps across the map between two vertices (it runs across the antimeridian). */
function runsAcross(r: Position[]): boolean {
  for (let i = 1; i < r.length; i++) if (Math.abs(r[i][0] - r[i - 1][0]) > 180) return true;
  return false;
}

/**
 * The area with every polygon that runs across the antimeridian cut there, each piece on its
 * own side: an edge across the whole map makes point-in-polygon tests wrong (Russia's main ring
 * in world-atlas runs from 179.8° W to 180° E). Polygons that do not are unchanged.
 */
export function onOneSide<G extends Area>(g: G): G {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (!polys.some((p) => runsAcross(p[0]))) return g;
  const out: Position[][][] = [];
  for (const p of polys) {
    if (!runsAcross(p[0])) {
      out.push(p);
      continue;
    }
    const whole = shiftWest({ type: 'Polygon', coordinates: p }, 360);
    const cut = backWest(whole);
    if (cut) out.push(...(cut.type === 'Polygon' ? [cut.coordinates] : cut.coordinates));
  }
  return (
    g.type === 'Polygon' && out.length === 1
      ? { type: 'Polygon', coordinates: out[0] }
      : { type: 'MultiPolygon', coordinates: out }
  ) as G;
}
