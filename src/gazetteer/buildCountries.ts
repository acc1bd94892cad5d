// Country entries from Natural Earth (the world-atlas TopoJSON) and our table of codes,
// English and Arabic names and the aliases news uses (Türkiye, UK, US …).
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { onOneSide } from './antimeridian.ts';
import type { GazetteerEntry } from '../types/model.ts';
import { representativePoint, roundGeometry } from './geometryUtils.ts';

/** The shape of data/gazetteer/countries.json. */
export interface CountryTable {
  columns: string[];
  rows: [key: string, iso2: string, iso3: string, name: string][];
  extra: Record<string, { ar?: string; aliases?: string[] }>;
}

export interface CountryOptions {
  /** Population by ISO alpha-2 (e.g. the sum of a country's GeoNames places), for ranking. */
  population?: Map<string, number>;
  /** Decimals kept in coordinates (3 ≈ 100 m). */
  digits?: number;
}

/**
 * One `ne:<ISO3>` entry per Natural Earth country with a known code, with its polygon.
 * @example buildCountries(require('world-atlas/countries-50m.json'), table).find((c) => c.id === 'ne:SYR')
 */
export function buildCountries(
  topology: unknown,
  table: CountryTable,
  options: CountryOptions = {},
): GazetteerEntry[] {
  const topo = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  const byKey = new Map(table.rows.map((r) => [r[0], r]));
  const out = new Map<string, GazetteerEntry>();
  for (const f of fc.features) {
    const neName = f.properties?.name ?? '';
    const row = byKey.get(String(f.id ?? '')) ?? byKey.get(`name:${neName}`);
    if (!row || !f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
      continue;
    const [, iso2, iso3, name] = row;
    const geometry = roundGeometry(onOneSide(f.geometry as Polygon | MultiPolygon), options.digits ?? 3);
    if (!geometry.coordinates.length) continue;
    const id = `ne:${iso3}`;
    const prev = out.get(id);
    if (prev) {
      // Natural Earth splits some countries (Australia and its Ashmore reefs): merge the parts.
      prev.geometry = mergePolygons(prev.geometry as Polygon | MultiPolygon, geometry);
      continue;
    }
    const extra = table.extra[iso3] ?? {};
    // No ISO codes as aliases: "CAN", "PER", "ARE" are English words once case is folded.
    const aliases = unique([...(extra.aliases ?? []), neName].filter((a) => a && a !== name));
    if (extra.ar && !aliases.includes(extra.ar)) aliases.push(extra.ar);
    const [lon, lat] = representativePoint(geometry);
    out.set(id, {
      id,
      name,
      kind: 'country',
      names: extra.ar ? { en: name, ar: extra.ar } : { en: name },
      aliases,
      lon: Math.round(lon * 1e4) / 1e4,
      lat: Math.round(lat * 1e4) / 1e4,
      population: options.population?.get(iso2) ?? 0,
      country: iso2,
      admin1: '',
      featureCode: 'PCLI',
      geometry,
    });
  }
  return [...out.values()];
}

function mergePolygons(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): MultiPolygon {
  const parts = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  return { type: 'MultiPolygon', coordinates: [...parts(a), ...parts(b)] };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
