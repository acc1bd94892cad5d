// Our own facts (data/gazetteer/*.json) → gazetteer entries. A fact file is
// { basis, entries: FactRecord[] }; each record may carry its own `basis` (where the
// coordinates come from and how sure we are), which the entry does not keep.
import type { MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry, PlaceKind } from '../types/model.ts';

export interface FactRecord {
  id: string;
  name: string;
  ar?: string;
  aliases?: string[];
  kind?: PlaceKind;
  lat: number;
  lon: number;
  population?: number;
  country?: string;
  admin1?: string;
  featureCode?: string;
  parent?: string;
  basis?: string;
  /** A region made of whole countries: their Natural Earth ids (`ne:FRA`); its shape is their union. */
  members?: string[];
  /** A coarse outline written by hand: one or more rings of [lon, lat] (several for a sea split by the antimeridian). */
  outline?: number[][][];
}

export interface FactFile {
  basis: string;
  /** Defaults for every record of the file (kind, country, admin1, featureCode, parent). */
  defaults?: Partial<FactRecord>;
  entries: FactRecord[];
}

const KIND_BY_CODE: Record<string, PlaceKind> = {
  RGN: 'region',
  CONT: 'region',
  NBHD: 'neighbourhood',
  PPLX: 'neighbourhood',
  ROAD: 'road',
  ADM1: 'admin1',
  ADM2: 'admin2',
  PCLI: 'country',
};

/**
 * Entries from one fact file; throws with the record's id when a record is malformed, so a
 * typo in our data fails the build rather than shipping a place at 0,0.
 */
export function factsToEntries(file: FactFile, fileName = 'facts'): GazetteerEntry[] {
  if (!file || !Array.isArray(file.entries)) throw new Error(`${fileName}: no "entries" array`);
  if (!file.basis) throw new Error(`${fileName}: no "basis" note`);
  return file.entries.map((raw) => {
    const r = { ...file.defaults, ...raw };
    if (!r.id || !r.name) throw new Error(`${fileName}: record without id or name`);
    if (!Number.isFinite(r.lat) || !Number.isFinite(r.lon) || Math.abs(r.lat) > 90 || Math.abs(r.lon) > 180)
      throw new Error(`${fileName}: ${r.id} has no valid lat/lon`);
    const featureCode = r.featureCode ?? 'PPL';
    const kind = r.kind ?? KIND_BY_CODE[featureCode] ?? (r.parent ? 'landmark' : 'settlement');
    const aliases = [...new Set([...(r.aliases ?? []), ...(r.ar ? [r.ar] : [])])].filter((a) => a !== r.name);
    const e: GazetteerEntry = {
      id: r.id,
      name: r.name,
      kind,
      names: r.ar ? { en: r.name, ar: r.ar } : { en: r.name },
      aliases,
      lon: r.lon,
      lat: r.lat,
      population: r.population ?? 0,
      country: r.country ?? '',
      admin1: r.admin1 ?? '',
      featureCode,
    };
    if (r.parent) e.parent = r.parent;
    if (r.outline) e.geometry = outlineGeometry(r.outline, `${fileName}: ${r.id}`);
    return e;
  });
}

/** Regions of a fact file that are made of whole countries: id → member country ids. */
export function membersOf(file: FactFile): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of file.entries) if (Array.isArray(r.members) && r.members.length) out.set(r.id, r.members);
  return out;
}

/** Closed rings → a Polygon (one ring) or MultiPolygon (several parts); throws on a malformed ring. */
function outlineGeometry(rings: number[][][], where: string): Polygon | MultiPolygon {
  const closed = rings.map((ring) => {
    if (!Array.isArray(ring) || ring.length < 3)
      throw new Error(`${where}: an outline ring needs 3 or more points`);
    for (const p of ring)
      if (!Array.isArray(p) || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
        throw new Error(`${where}: outline point ${JSON.stringify(p)} is not [lon, lat]`);
    const [a, b] = [ring[0], ring[ring.length - 1]];
    return a[0] === b[0] && a[1] === b[1] ? ring : [...ring, a];
  });
  return closed.length === 1
    ? { type: 'Polygon', coordinates: closed }
    : { type: 'MultiPolygon', coordinates: closed.map((r) => [r]) };
}
