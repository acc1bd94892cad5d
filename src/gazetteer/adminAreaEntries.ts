// District and subdistrict entries (`sm:adm2:<seat>`, `sm:adm3:<seat>`) from derived polygons.
// They are named after their seat town ("Manbij District", "Manbij Subdistrict"); the geoparser
// reaches them through the seat when a report says "district", "subdistrict" or "nahiya", so a
// bare "Manbij" stays the town.
import type { MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry } from '../types/model.ts';
import { representativePoint, roundGeometry } from './geometryUtils.ts';

/** The number of a GeoNames id (`geonames:166616` → `166616`), or the id itself. */
function seatKey(id: string): string {
  return id.startsWith('geonames:') ? id.slice('geonames:'.length) : id.replace(/[^\w-]+/g, '-');
}

function areaEntry(
  seat: GazetteerEntry,
  level: 2 | 3,
  geometry: Polygon | MultiPolygon,
  population: number,
): GazetteerEntry {
  const g = roundGeometry(geometry, 3);
  const [lon, lat] = representativePoint(g);
  const word = level === 2 ? 'District' : 'Subdistrict';
  const name = `${seat.name} ${word}`;
  // "منطقة" is the Arabic word for a district, "ناحية" for a subdistrict.
  const ar = seat.names.ar ? `${level === 2 ? 'منطقة' : 'ناحية'} ${seat.names.ar}` : undefined;
  const aliases =
    level === 2 ? [] : [`${seat.name} Sub-district`, `${seat.name} Nahiya`, `Nahiyat ${seat.name}`];
  return {
    id: `sm:adm${level}:${seatKey(seat.id)}`,
    name,
    kind: level === 2 ? 'admin2' : 'region',
    names: ar ? { en: name, ar } : { en: name },
    aliases: ar ? [...aliases, ar] : aliases,
    lon: Math.round(lon * 1e4) / 1e4,
    lat: Math.round(lat * 1e4) / 1e4,
    population,
    country: seat.country,
    admin1: seat.admin1,
    featureCode: level === 2 ? 'ADM2' : 'ADM3',
    adminLevel: level,
    seat: seat.id,
    geometry: g,
  };
}

/**
 * Entries for the derived areas: one subdistrict per seat with a polygon, one district per
 * district seat with a polygon. A district's population is the sum of its seats' (for ranking).
 * @example adminAreaEntries(seats, deriveSubdistricts(seats, govs), deriveAdmin2(seats, govs), districtOf(seats))
 */
export function adminAreaEntries(
  seats: GazetteerEntry[],
  subdistricts: Map<string, Polygon | MultiPolygon>,
  districts: Map<string, Polygon | MultiPolygon>,
  districtOf: Map<string, string>,
): GazetteerEntry[] {
  const districtPop = new Map<string, number>();
  for (const s of seats) {
    const d = districtOf.get(s.id);
    if (d) districtPop.set(d, (districtPop.get(d) ?? 0) + s.population);
  }
  const out: GazetteerEntry[] = [];
  for (const s of seats) {
    const d = districts.get(s.id);
    if (d) out.push(areaEntry(s, 2, d, districtPop.get(s.id) ?? s.population));
  }
  for (const s of seats) {
    const c = subdistricts.get(s.id);
    if (c) out.push(areaEntry(s, 3, c, s.population));
  }
  return out;
}
