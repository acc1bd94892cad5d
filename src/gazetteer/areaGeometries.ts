// Shapes for areas that our facts name only as points: regions made of whole countries
// ("Europe", "the Middle East") become the union of their countries' Natural Earth polygons;
// first-level areas abroad (US states, Canadian provinces) become Voronoi cells of the GeoNames
// places that carry their admin-1 code, like Syria's governorates. An area is an area: a
// report naming "Alberta" means all of it, not a point near its middle.
import { buffer, featureCollection, simplify, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry } from '../types/model.ts';
import { deriveAdmin1, type Seed } from './deriveAdmin1.ts';
import { backWest, crossesAntimeridian, shiftWest } from './antimeridian.ts';
import { roundGeometry } from './geometryUtils.ts';

type Area = Polygon | MultiPolygon;

/** Degrees: outlines this coarse are enough to say which area a point is in, and keep the pack small. */
const TOLERANCE = 0.03;
/** Seeds are thinned to one per admin code per grid cell of this many degrees (cells stay local). */
const SEED_GRID = 0.2;
/** Kilometres the country outline is widened by before first-level areas are clipped to it. */
const COAST_KM = 8;

function tidy(g: Area): Area {
  const s = simplify(
    { type: 'Feature', properties: {}, geometry: g },
    { tolerance: TOLERANCE, highQuality: false },
  );
  return roundGeometry(s.geometry as Area, 3);
}

/**
 * The union of the member countries' polygons (ids `ne:<ISO3>`), simplified; undefined when no
 * member has a shape. Throws on an unknown member so a typo in our facts fails the build.
 * @example unionOfCountries(['ne:FRA', 'ne:DEU'], countriesById)
 */
export function unionOfCountries(
  members: string[],
  countries: Map<string, GazetteerEntry>,
): Area | undefined {
  const parts: Feature<Area>[] = [];
  for (const id of members) {
    const c = countries.get(id);
    if (!c) throw new Error(`unknown member country ${id}`);
    if (c.geometry && (c.geometry.type === 'Polygon' || c.geometry.type === 'MultiPolygon'))
      parts.push({ type: 'Feature', properties: {}, geometry: c.geometry });
  }
  if (parts.length === 0) return undefined;
  const merged = parts.length === 1 ? parts[0] : union(featureCollection(parts));
  return merged ? tidy(merged.geometry) : undefined;
}

/**
 * Polygons for first-level areas of one country from its places' admin-1 codes (`CC.XX`),
 * clipped to the country's outline. Places are thinned on a grid first: the boundary only
 * needs the nearest place of each area, not every village.
 * @example admin1Areas(usPlaces, usOutline) // Map { 'US.TX' => MultiPolygon, ... }
 */
export function admin1Areas(places: GazetteerEntry[], outline: Area): Map<string, Area> {
  const seeds = new Map<string, Seed>();
  for (const p of places) {
    if (!p.admin1 || p.admin1.endsWith('.00')) continue;
    const key = `${p.admin1}:${Math.round(p.lon / SEED_GRID)}:${Math.round(p.lat / SEED_GRID)}`;
    if (!seeds.has(key)) seeds.set(key, { lon: p.lon, lat: p.lat, code: p.admin1 });
  }
  // The outline is widened a little: at this scale a coastal city (New York) can fall just
  // outside the coastline, and an area that misses its own largest city is worse than one that
  // takes in a strip of sea.
  // Simplified first (to a tenth of the widening): buffering every point of a long coastline
  // costs seconds.
  const coarse = simplify(
    { type: 'Feature', properties: {}, geometry: outline },
    { tolerance: (COAST_KM / 111) * 0.1, highQuality: false },
  );
  const wide = (buffer(coarse, COAST_KM, { units: 'kilometers' })?.geometry as Area | undefined) ?? outline;
  // A country on both sides of the antimeridian (Fiji, Chukotka, the Aleutians) is made whole
  // east of it for the cells, and cut back at 180° after.
  const across = crossesAntimeridian(wide);
  const list = [...seeds.values()].map((s) => (across && s.lon < 0 ? { ...s, lon: s.lon + 360 } : s));
  const out = new Map<string, Area>();
  for (const [code, g] of deriveAdmin1(list, across ? shiftWest(wide, 360) : wide)) {
    const back = across ? backWest(g) : g;
    if (back) out.set(code, tidy(back));
  }
  return out;
}
