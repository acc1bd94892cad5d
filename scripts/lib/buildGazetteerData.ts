// Builds the whole-world gazetteer from its inputs (GeoNames cities500, Natural Earth via
// world-atlas, our facts in data/gazetteer) and selects the browser pack from it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GazetteerEntry, GazetteerPack } from '../../src/types/model.ts';
import { lightFold, parseGeoNames } from '../../src/gazetteer/parseGeoNames.ts';
import { linkSections } from '../../src/gazetteer/linkSections.ts';
import { buildCountries, type CountryTable } from '../../src/gazetteer/buildCountries.ts';
import { factsToEntries, membersOf, type FactFile } from '../../src/gazetteer/facts.ts';
import { buildRoads, type RoadFact } from '../../src/gazetteer/buildRoads.ts';
import { deriveAdmin1 } from '../../src/gazetteer/deriveAdmin1.ts';
import { unionOfCountries } from '../../src/gazetteer/areaGeometries.ts';
import { admin1Entries, type Admin1Row } from '../../src/gazetteer/admin1Entries.ts';
import { admin1Names, type GeoNamesAdmin1, type IsoDbCountry } from '../../src/gazetteer/admin1Names.ts';
import { worldAdmin1 } from '../../src/gazetteer/worldAdmin1.ts';
import {
  admin2Codes,
  isWorldAdmin2,
  worldAdmin2,
  type GeoNamesAdmin2,
} from '../../src/gazetteer/worldAdmin2.ts';
import { packSources } from '../../src/gazetteer/sources.ts';
import { iso31662 } from 'iso-3166';
import { deriveSubdistricts, isSeat } from '../../src/gazetteer/deriveSubdistricts.ts';
import { deriveAdmin2, districtOf } from '../../src/gazetteer/deriveAdmin2.ts';
import { adminAreaEntries } from '../../src/gazetteer/adminAreaEntries.ts';
import type { MultiPolygon, Polygon } from 'geojson';
import { gazetteerDataFiles, paths } from './gazetteerPaths.ts';
import { syriaBorder } from './syriaBorder.ts';

export const SOURCES: GazetteerPack['sources'] = packSources();

/** Countries whose every cities500 place goes into the browser pack. */
export const PACK_COUNTRIES = new Set(['SY', 'TR', 'LB', 'IQ', 'JO', 'IL', 'PS']);

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Fact files that are tables read on their own, not lists of point records. */
const TABLES = new Set([
  'countries.json',
  'syria-admin1.json',
  'roads.json',
  'golan-outline.json',
  'admin1-spellings.json',
]);

export interface BuiltGazetteer {
  world: GazetteerPack;
  pack: GazetteerPack;
  /** What the world's first-level divisions could not use (printed by the build). */
  admin1: { divisions: number; shaped: number; unnamed: string[]; unplaced: string[] };
  /** The world's second-level divisions: how many, how many named after a town, how many unplaced. */
  admin2: { divisions: number; seated: number; unplaced: number };
}

/** Reads every input and returns the world gazetteer and the browser pack. */
export function buildGazetteerData(): BuiltGazetteer {
  const cities500 = readFileSync(paths.cities500, 'utf8');
  const geonames = parseGeoNames(cities500);
  linkSections(geonames);
  const population = new Map<string, number>();
  for (const e of geonames) population.set(e.country, (population.get(e.country) ?? 0) + e.population);

  const table = readJson(path.join(paths.factsDir, 'countries.json')) as CountryTable;
  const countries = buildCountries(readJson(paths.countries50m), table, { population });

  const facts: GazetteerEntry[] = [];
  const members = new Map<string, string[]>();
  for (const f of readdirSync(paths.factsDir).sort()) {
    if (!f.endsWith('.json') || TABLES.has(f)) continue;
    const file = readJson(path.join(paths.factsDir, f)) as FactFile;
    if (!Array.isArray(file.entries)) continue;
    facts.push(...factsToEntries(file, f));
    for (const [id, list] of membersOf(file)) members.set(id, list);
  }
  shapeAreas(facts, members, countries);

  const points = [...geonames, ...countries, ...facts];
  const byId = new Map(points.map((e) => [e.id, e]));
  const roadFile = readJson(path.join(paths.factsDir, 'roads.json')) as { roads: RoadFact[] };
  const roads = buildRoads(roadFile.roads, (id) => byId.get(id));
  const governorates = deriveGovernorates([...geonames, ...facts]);
  const areas = deriveAdminAreas(geonames, governorates);
  const divisions = deriveWorldAdmin1(geonames, countries);
  // A division one of our region facts already stands for (the Gaza Strip, the West Bank) is
  // left to the fact: one place, one entry.
  const regionNames = new Set(
    facts.filter((f) => f.kind === 'region').map((f) => `${f.country}:${lightFold(f.name)}`),
  );
  divisions.entries = divisions.entries.filter((d) => !regionNames.has(`${d.country}:${lightFold(d.name)}`));
  // A seat GeoNames spells otherwise is also known by its division's bare name ("Nabatieh").
  for (const e of geonames) {
    const more = divisions.seatAliases.get(e.id);
    if (more) e.aliases = [...e.aliases, ...more.filter((a) => !e.aliases.includes(a))];
  }
  // A country's name is the country's, not a division's alias ("México" of Mexico City).
  const countryKeys = new Set(countries.flatMap((c) => [c.name, ...c.aliases]).map(lightFold));
  for (const d of divisions.entries)
    d.aliases = d.aliases.filter((a) => !countryKeys.has(lightFold(a)) || lightFold(a) === lightFold(d.name));

  // Second-level divisions abroad (Syria's districts are `areas`), points only; a division's
  // bare name that is a country's, a first-level division's or one of our regions' and seas'
  // is theirs ("Atlantic" is the ocean, not Atlantic County).
  const admin2 = worldAdmin2(
    readJson(paths.geonamesAdmin2) as GeoNamesAdmin2[],
    geonames,
    admin2Codes(cities500),
    new Set(['SY']),
  );
  const upperKeys = new Set([
    ...countryKeys,
    ...divisions.entries.flatMap((d) => [d.name, ...d.aliases]).map(lightFold),
    ...facts.filter((f) => f.kind === 'region').flatMap((f) => [f.name, ...f.aliases].map(lightFold)),
  ]);
  for (const d of admin2.entries) d.aliases = d.aliases.filter((a) => !upperKeys.has(lightFold(a)));

  const version = dataVersion();
  const entries = [...points, ...roads, ...governorates, ...divisions.entries, ...admin2.entries, ...areas];
  checkUniqueIds(entries);
  const world: GazetteerPack = { version, sources: SOURCES, entries };
  const admin1 = {
    divisions: divisions.entries.length,
    shaped: divisions.entries.filter((e) => e.geometry).length,
    unnamed: divisions.unnamed,
    unplaced: divisions.unplaced,
  };
  const seated = admin2.entries.filter((e) => e.seat).length;
  return {
    world,
    pack: selectPack(world),
    admin1,
    admin2: { divisions: admin2.entries.length, seated, unplaced: admin2.unplaced },
  };
}

/**
 * Every country's first-level divisions but Syria's (its governorates have their own table):
 * names from GeoNames, iso3166-2-db and iso-3166 with our spellings, shapes from the places.
 */
export function deriveWorldAdmin1(
  geonames: GazetteerEntry[],
  countries: GazetteerEntry[],
): ReturnType<typeof worldAdmin1> {
  const spellings = readJson(path.join(paths.factsDir, 'admin1-spellings.json')) as {
    spellings: Record<string, string[]>;
  };
  const names = admin1Names({
    geonames: readJson(paths.geonamesAdmin1) as GeoNamesAdmin1[],
    isoDb: readJson(paths.isoDb) as Record<string, IsoDbCountry>,
    iso3166: iso31662,
    spellings: spellings.spellings,
  });
  const outlines = new Map<string, Polygon | MultiPolygon>();
  for (const c of countries)
    if (c.country && c.geometry && c.geometry.type !== 'LineString') outlines.set(c.country, c.geometry);
  return worldAdmin1(names, geonames, outlines, new Set(['SY']));
}

/**
 * A version that changes only when the data changes (GeoNames, Natural Earth, our facts), not
 * with the day or the build code, so committed outputs that quote it stay stable.
 */
export function dataVersion(): string {
  const h = createHash('sha1');
  for (const f of gazetteerDataFiles()) h.update(readFileSync(f));
  return `gazetteer-${h.digest('hex').slice(0, 10)}`;
}

/**
 * Gives our area facts made of whole countries the union of the countries' shapes. The fact's
 * hand-written point stays as the label point.
 */
function shapeAreas(
  facts: GazetteerEntry[],
  members: Map<string, string[]>,
  countries: GazetteerEntry[],
): void {
  const countryById = new Map(countries.map((c) => [c.id, c]));
  for (const e of facts) {
    const list = members.get(e.id);
    if (list) e.geometry = unionOfCountries(list, countryById);
  }
}

/** Syria's governorates: Voronoi cells of its places by admin-1 code, clipped to the border. */
export function deriveGovernorates(places: GazetteerEntry[]): GazetteerEntry[] {
  const rows = (readJson(path.join(paths.factsDir, 'syria-admin1.json')) as { governorates: Admin1Row[] })
    .governorates;
  const syrian = places.filter((e) => e.country === 'SY' && e.admin1 && e.kind !== 'road');
  const population = new Map<string, number>();
  for (const e of syrian) population.set(e.admin1, (population.get(e.admin1) ?? 0) + e.population);
  const polygons = deriveAdmin1(
    syrian.map((e) => ({ lon: e.lon, lat: e.lat, code: e.admin1 })),
    syriaBorder(),
  );
  return admin1Entries(rows, polygons, population);
}

/**
 * Syria's districts and subdistricts: Voronoi cells of the seats GeoNames marks (PPLC, PPLA,
 * PPLA2, PPLA3) within each derived governorate, grouped by nearest district seat.
 */
export function deriveAdminAreas(places: GazetteerEntry[], governorates: GazetteerEntry[]): GazetteerEntry[] {
  const seats = places.filter((e) => e.country === 'SY' && isSeat(e));
  const polygons = new Map<string, Polygon | MultiPolygon>();
  for (const g of governorates)
    if (g.geometry && g.geometry.type !== 'LineString') polygons.set(g.admin1, g.geometry);
  return adminAreaEntries(
    seats,
    deriveSubdistricts(seats, polygons),
    deriveAdmin2(seats, polygons),
    districtOf(seats),
  );
}

/**
 * Towns abroad of at least this many people go into the browser pack too: a pasted report about
 * Kupiansk (27,000) or Kadugli is read in the app as the CLI reads it. 15,000 keeps the pack
 * under 3 MB gzip (bench:geoparse prints its size).
 */
export const PACK_TOWN_POPULATION = 15_000;
/** Letters of the scripts the pack keeps the other names of towns abroad in (Latin, Arabic). */
const PACK_SCRIPTS = /^[\p{Script=Latin}\p{Script=Arabic}\p{M}\p{N}\p{P}\p{Zs}]+$/u;

/**
 * The browser's share: the region in full, the world's capitals, big cities and mid-sized towns
 * (their names in Latin and Arabic letters), all else ours.
 */
export function selectPack(world: GazetteerPack): GazetteerPack {
  const entries: GazetteerPack['entries'] = [];
  for (const e of world.entries) {
    if (isWorldAdmin2(e)) {
      if (PACK_COUNTRIES.has(e.country)) entries.push(e);
    } else if (!e.id.startsWith('geonames:')) entries.push(e);
    else if (PACK_COUNTRIES.has(e.country) || e.featureCode === 'PPLC' || e.population >= 100_000)
      entries.push(e);
    else if (e.kind === 'settlement' && e.population >= PACK_TOWN_POPULATION)
      entries.push({ ...e, aliases: e.aliases.filter((a) => PACK_SCRIPTS.test(a)) });
  }
  return { ...world, entries };
}

function checkUniqueIds(entries: GazetteerEntry[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new Error(`duplicate gazetteer id ${e.id}`);
    seen.add(e.id);
  }
}
