// Subdistrict (nahiya) areas derived from the seats GeoNames marks: every subdistrict has a
// seat town (feature code PPLA3; district, governorate and national seats are also the seats
// of their central subdistrict), so the Voronoi cells of a governorate's seats, clipped to the
// governorate, approximate its subdistricts. Cells never cross a governorate boundary.
import type { MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry } from '../types/model.ts';
import { deriveAdmin1 } from './deriveAdmin1.ts';

/** GeoNames feature codes of administrative seats, from the capital down to subdistricts. */
export const SEAT_CODES = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3'] as const;
/** Seats that also head a district (the capital and governorate seats head their central district). */
export const DISTRICT_SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2']);

/** Whether a gazetteer entry is an administrative seat (PPLC, PPLA, PPLA2 or PPLA3) with an admin-1 code. */
export function isSeat(e: GazetteerEntry): boolean {
  return (SEAT_CODES as readonly string[]).includes(e.featureCode) && !!e.admin1 && e.kind === 'settlement';
}

/**
 * One polygon per seat id: the seat's Voronoi cell among the seats of its governorate, clipped
 * to the governorate's polygon. Seats whose governorate has no polygon get none.
 * @example deriveSubdistricts(syrianSeats, new Map([['SY.09', aleppoPolygon]]))
 */
export function deriveSubdistricts(
  seats: GazetteerEntry[],
  governorates: Map<string, Polygon | MultiPolygon>,
): Map<string, Polygon | MultiPolygon> {
  const out = new Map<string, Polygon | MultiPolygon>();
  for (const [code, group] of groupBy(seats, (s) => s.admin1)) {
    const border = governorates.get(code);
    if (!border) continue;
    const cells = deriveAdmin1(
      group.map((s) => ({ lon: s.lon, lat: s.lat, code: s.id })),
      border,
    );
    for (const [id, g] of cells) out.set(id, g);
  }
  return out;
}

/** Items grouped by a key, in first-seen order. */
export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}
