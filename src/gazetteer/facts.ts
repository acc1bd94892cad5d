// Our own facts (data/gazetteer/*.json) → gazetteer entries. A fact file is
// { basis, entries: FactRecord[] }; each record may carry its own `basis` (where the
// coordinates come from and how sure we are), which the entry does not keep.
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
    return e;
  });
}
