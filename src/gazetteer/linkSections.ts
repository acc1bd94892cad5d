// GeoNames "sections of populated places" (PPLX: Mezzeh, Eminönü …) get the city they are a
// part of as `parent`, so "the X neighbourhood of <city>" can be checked against it.
import type { GazetteerEntry } from '../types/model.ts';

/** A city must be this large to be a section's parent (or be a capital or admin seat). */
const MIN_CITY_POPULATION = 50_000;
const MAX_KM = 25;

function distanceKm(a: GazetteerEntry, b: GazetteerEntry): number {
  const k = Math.PI / 180;
  const x = (b.lon - a.lon) * k * Math.cos(((a.lat + b.lat) / 2) * k);
  const y = (b.lat - a.lat) * k;
  return Math.hypot(x, y) * 6371;
}

/**
 * Sets `parent` on each PPLX entry without one: the nearest city of the same country within
 * 25 km, preferring larger cities (distance is divided by log10 of the population).
 * Returns how many were linked. Mutates the entries given (build-time only).
 */
export function linkSections(entries: GazetteerEntry[]): number {
  const cell = (lon: number, lat: number) => `${Math.floor(lon * 4)},${Math.floor(lat * 4)}`;
  const grid = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    if (e.featureCode === 'PPLX' || e.kind !== 'settlement') continue;
    if (e.population < MIN_CITY_POPULATION && !/^PPL(C|A)$/.test(e.featureCode)) continue;
    const k = cell(e.lon, e.lat);
    grid.set(k, [...(grid.get(k) ?? []), e]);
  }
  let linked = 0;
  for (const s of entries) {
    if (s.featureCode !== 'PPLX' || s.parent) continue;
    let best: GazetteerEntry | undefined;
    let bestScore = Infinity;
    const cx = Math.floor(s.lon * 4);
    const cy = Math.floor(s.lat * 4);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const c of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (c.country !== s.country) continue;
          const d = distanceKm(s, c);
          if (d > MAX_KM) continue;
          const score = d / Math.log10(Math.max(c.population, 10_000));
          if (score < bestScore) [best, bestScore] = [c, score];
        }
    if (best) {
      s.parent = best.id;
      linked++;
    }
  }
  return linked;
}
