// Governorate entries (`sm:adm1:<PCODE>`) from derived or imported polygons and our table
// of codes and names.
import type { MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry } from '../types/model.ts';
import { representativePoint, roundGeometry } from './geometryUtils.ts';

/** One row of data/gazetteer/syria-admin1.json. */
export interface Admin1Row {
  /** GeoNames admin-1 code, `SY.09`. */
  geonames: string;
  /** OCHA P-code, `SY02`. */
  pcode: string;
  name: string;
  ar?: string;
  aliases?: string[];
}

/**
 * Entries for every row that has a polygon; `population` is the sum of its places' (for ranking).
 * @example admin1Entries(table, deriveAdmin1(seeds, border), popByCode)
 */
export function admin1Entries(
  rows: Admin1Row[],
  polygons: Map<string, Polygon | MultiPolygon>,
  population: Map<string, number> = new Map(),
  country = 'SY',
): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const r of rows) {
    const g = polygons.get(r.geonames);
    if (!g) continue;
    const geometry = roundGeometry(g, 4);
    const [lon, lat] = representativePoint(geometry);
    const name = `${r.name} Governorate`;
    const aliases = [...new Set([r.name, ...(r.aliases ?? []), ...(r.ar ? [r.ar] : [])])].filter(
      (a) => a !== name,
    );
    out.push({
      id: `sm:adm1:${r.pcode}`,
      name,
      kind: 'admin1',
      names: r.ar ? { en: name, ar: r.ar } : { en: name },
      aliases,
      lon: Math.round(lon * 1e4) / 1e4,
      lat: Math.round(lat * 1e4) / 1e4,
      population: population.get(r.geonames) ?? 0,
      country,
      admin1: r.geonames,
      featureCode: 'ADM1',
      geometry,
    });
  }
  return out;
}
