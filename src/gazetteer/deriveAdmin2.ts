// District (mintaqa) areas: each subdistrict seat joins the nearest district seat of its
// governorate, and a district is the union of its subdistricts' cells, so district boundaries
// follow subdistrict boundaries and stay inside the governorate. GeoNames' cities500 gives no
// admin-2 codes for Syria, so "nearest district seat" stands in for the real membership.
import type { MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry } from '../types/model.ts';
import { deriveAdmin1 } from './deriveAdmin1.ts';
import { DISTRICT_SEAT_CODES, groupBy } from './deriveSubdistricts.ts';

/** Squared distance in a plane scaled by the cosine of the latitude (enough to rank neighbours). */
function dist2(a: GazetteerEntry, b: GazetteerEntry): number {
  const k = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  const dx = (a.lon - b.lon) * k;
  const dy = a.lat - b.lat;
  return dx * dx + dy * dy;
}

/**
 * Seat id → id of the district seat it belongs to: itself for district seats (PPLC, PPLA,
 * PPLA2), else the nearest district seat of the same governorate. Seats of a governorate that
 * has no district seat are left out.
 */
export function districtOf(seats: GazetteerEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of groupBy(seats, (s) => s.admin1).values()) {
    const heads = group.filter((s) => DISTRICT_SEAT_CODES.has(s.featureCode));
    if (heads.length === 0) continue;
    for (const s of group) {
      if (DISTRICT_SEAT_CODES.has(s.featureCode)) {
        out.set(s.id, s.id);
        continue;
      }
      let best = heads[0];
      for (const h of heads) if (dist2(s, h) < dist2(s, best)) best = h;
      out.set(s.id, best.id);
    }
  }
  return out;
}

/**
 * One polygon per district seat id: the union of the Voronoi cells of the district's seats
 * (its subdistricts), clipped to the governorate's polygon.
 * @example deriveAdmin2(syrianSeats, governoratePolygons).get('geonames:166616') // Manbij district
 */
export function deriveAdmin2(
  seats: GazetteerEntry[],
  governorates: Map<string, Polygon | MultiPolygon>,
): Map<string, Polygon | MultiPolygon> {
  const district = districtOf(seats);
  const out = new Map<string, Polygon | MultiPolygon>();
  for (const [code, group] of groupBy(seats, (s) => s.admin1)) {
    const border = governorates.get(code);
    if (!border) continue;
    const seeds = group
      .filter((s) => district.has(s.id))
      .map((s) => ({ lon: s.lon, lat: s.lat, code: district.get(s.id)! }));
    if (seeds.length === 0) continue;
    for (const [id, g] of deriveAdmin1(seeds, border)) out.set(id, g);
  }
  return out;
}
