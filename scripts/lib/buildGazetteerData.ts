// Builds the whole-world gazetteer from its inputs (GeoNames cities500, Natural Earth via
// world-atlas, our facts in data/gazetteer) and selects the browser pack from it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GazetteerEntry, GazetteerPack } from '../../src/types/model.ts';
import { parseGeoNames } from '../../src/gazetteer/parseGeoNames.ts';
import { buildCountries, type CountryTable } from '../../src/gazetteer/buildCountries.ts';
import { factsToEntries, type FactFile } from '../../src/gazetteer/facts.ts';
import { paths } from './gazetteerPaths.ts';

export const SOURCES: GazetteerPack['sources'] = [
  { name: 'GeoNames cities500', licence: 'CC BY 4.0', url: 'https://www.geonames.org/' },
  {
    name: 'Natural Earth (via world-atlas)',
    licence: 'Public domain (Natural Earth); ISC (world-atlas)',
    url: 'https://www.naturalearthdata.com/',
  },
  { name: 'Situation map gazetteer facts (data/gazetteer)', licence: 'MIT (this project)' },
];

/** Countries whose every cities500 place goes into the browser pack. */
export const PACK_COUNTRIES = new Set(['SY', 'TR', 'LB', 'IQ', 'JO', 'IL', 'PS']);

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Fact files that hold point records (everything but the special tables). */
const TABLES = new Set(['countries.json']);

export interface BuiltGazetteer {
  world: GazetteerPack;
  pack: GazetteerPack;
}

/** Reads every input and returns the world gazetteer and the browser pack. */
export function buildGazetteerData(): BuiltGazetteer {
  const geonames = parseGeoNames(readFileSync(paths.cities500, 'utf8'));
  const population = new Map<string, number>();
  for (const e of geonames) population.set(e.country, (population.get(e.country) ?? 0) + e.population);

  const table = readJson(path.join(paths.factsDir, 'countries.json')) as CountryTable;
  const countries = buildCountries(readJson(paths.countries50m), table, { population });

  const facts: GazetteerEntry[] = [];
  for (const f of readdirSync(paths.factsDir).sort()) {
    if (!f.endsWith('.json') || TABLES.has(f)) continue;
    const file = readJson(path.join(paths.factsDir, f)) as FactFile;
    if (!Array.isArray(file.entries)) continue;
    facts.push(...factsToEntries(file, f));
  }

  const version = `gazetteer-${new Date().toISOString().slice(0, 10)}`;
  const entries = [...geonames, ...countries, ...facts];
  checkUniqueIds(entries);
  const world: GazetteerPack = { version, sources: SOURCES, entries };
  return { world, pack: selectPack(world) };
}

/** The browser's share: the region in full, the world's capitals and big cities, all else ours. */
export function selectPack(world: GazetteerPack): GazetteerPack {
  const entries = world.entries.filter((e) => {
    if (!e.id.startsWith('geonames:')) return true;
    return PACK_COUNTRIES.has(e.country) || e.featureCode === 'PPLC' || e.population >= 100_000;
  });
  return { ...world, entries };
}

function checkUniqueIds(entries: GazetteerEntry[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new Error(`duplicate gazetteer id ${e.id}`);
    seen.add(e.id);
  }
}
