// Runs the test sets end to end as a user would: the CLI's ingest over data/testsets/reports into
// a fresh folder, then the scorer on the files it wrote. Also what bench:geoparse (or any other
// script) calls: `runTestsets()` for the whole thing, `scoreOutputDir(dir)` for files at hand.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Geometry } from 'geojson';
import { buildCountries, type CountryTable } from '../../src/gazetteer/buildCountries.ts';
import { pointInGeometry } from '../../src/gazetteer/pointInGeometry.ts';
import { paths, repoRoot } from './gazetteerPaths.ts';
import { readArticles } from './readArticles.ts';
import { greatCircleKm } from './scoreToponyms.ts';
import type { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import { loadGazetteer } from './loadGazetteer.ts';
import { readExpected, validate, type ExpectedPlace } from './testsetsExpected.ts';
import { DEFAULT_TOL_KM, scoreTestsets, type OutputFiles, type TestsetScore } from './testsetsScore.ts';

export const TESTSETS = {
  reports: path.join(repoRoot, 'data/testsets/reports'),
  expected: path.join(repoRoot, 'data/testsets/expected'),
  out: path.join(repoRoot, '.cache/testsets'),
};

/** Runs `ingest <reports> --out <out>` in a child process, as `npm run ingest` does (scripts/cli.mjs). */
export function runIngest(reportsDir: string, outDir: string, quiet = false): void {
  rmSync(outDir, { recursive: true, force: true });
  const res = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'scripts/cli.mjs'), 'ingest', reportsDir, '--out', outDir],
    {
      cwd: repoRoot,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      encoding: 'utf8',
    },
  );
  if (res.status !== 0)
    throw new Error(`ingest failed (exit ${res.status})${quiet ? `: ${res.stderr?.slice(-2000)}` : ''}`);
}

/** The CLI's output files in a folder; a clear error naming the missing file. */
export function readOutput(dir: string): OutputFiles {
  const read = (name: string) => {
    const file = path.join(dir, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: run the ingest first`);
    return JSON.parse(readFileSync(file, 'utf8'));
  };
  return {
    places: read('places.geojson'),
    incidents: read('incidents.geojson'),
    manifest: read('manifest.json'),
  };
}

/** ISO alpha-2 of the Natural Earth country holding a point (world-atlas 50m), null at sea. */
export function countryLookup(): (lon: number, lat: number) => string | null {
  const table = JSON.parse(readFileSync(path.join(paths.factsDir, 'countries.json'), 'utf8')) as CountryTable;
  const topo = JSON.parse(readFileSync(paths.countries50m, 'utf8'));
  const countries = buildCountries(topo, table).filter((c) => c.geometry);
  const cache = new Map<string, string | null>();
  return (lon, lat) => {
    const k = `${lon.toFixed(3)},${lat.toFixed(3)}`;
    if (!cache.has(k))
      cache.set(
        k,
        countries.find((c) => pointInGeometry([lon, lat], c.geometry as Geometry))?.country ?? null,
      );
    return cache.get(k)!;
  };
}

/** Folds a spelling for the gap probe: no accents, apostrophes, article prefix or area word. */
export function foldForProbe(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʿʾ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:al|el|ad|ar|as|at|an|ash|az|ath) /, '')
    .replace(/ (?:region|state|province|oblast|governorate|department|district|city|camp)$/, '')
    .trim();
}

/**
 * A probe telling whether the world gazetteer has an entry spelled like `surface` (folded) near
 * the expected place: a miss without one is a gazetteer gap (or a spelling only fuzzy matching
 * can reach), a miss with one is the geoparser's.
 */
export function gazetteerProbe(gaz: Gazetteer): (p: ExpectedPlace, surface: string) => boolean {
  const index = new Map<string, { lon: number; lat: number; kind: string }[]>();
  for (const e of gaz.entries)
    for (const n of new Set([e.name, e.names.en, ...e.aliases].map(foldForProbe)))
      if (n) (index.get(n) ?? index.set(n, []).get(n)!).push({ lon: e.lon, lat: e.lat, kind: e.kind });
  return (p, surface) => {
    const tol = Math.max(p.tolKm ?? DEFAULT_TOL_KM[p.kind], 50);
    // An area needs an area entry: the town "Kherson" does not make "Kherson Oblast" known.
    const kinds = new Set<string>([p.kind, ...(p.kindAlt ?? [])]);
    const pointlike = p.kind === 'settlement' || p.kind === 'neighbourhood' || p.kind === 'landmark';
    return (index.get(foldForProbe(surface)) ?? []).some(
      (e) =>
        (pointlike || kinds.has(e.kind) || (p.kind === 'region' && e.kind !== 'settlement')) &&
        greatCircleKm(p.at[0], p.at[1], e.lon, e.lat) <= tol,
    );
  };
}

export interface RunOptions {
  reportsDir?: string;
  expectedDir?: string;
  /** Where the CLI writes (and the scorer reads); default .cache/testsets. */
  outDir?: string;
  /** false: score the files already in outDir. */
  ingest?: boolean;
  /** Read the world gazetteer to diagnose misses and place relative areas' bases (default on). */
  probe?: boolean;
  quiet?: boolean;
}

/** Scores the CLI output in `outDir` against the committed expected answers. */
export async function scoreOutputDir(options: RunOptions = {}): Promise<TestsetScore> {
  const reportsDir = options.reportsDir ?? TESTSETS.reports;
  const expectedDir = options.expectedDir ?? TESTSETS.expected;
  const outDir = options.outDir ?? TESTSETS.out;
  const { articles, warnings } = readArticles(reportsDir);
  if (warnings.length)
    throw new Error(`reading ${reportsDir}: ${warnings.map((w) => `${w.file}: ${w.message}`).join('; ')}`);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const expected = readExpected(expectedDir);
  const problems: string[] = [];
  const reports = expected.map((e) => {
    const a = byId.get(e.id);
    if (!a) {
      problems.push(`${e.id}: no report ${e.id}.txt in ${reportsDir}`);
      return null;
    }
    problems.push(...validate(e, a.text, a.dateline));
    return { expected: e, text: a.text, outlet: a.outlet ?? null };
  });
  if (problems.length)
    throw new Error(`expected answers do not fit the reports:\n  ${problems.join('\n  ')}`);
  const gaz = options.probe === false ? undefined : await loadGazetteer({ scope: 'world' });
  return scoreTestsets({
    reports: reports.filter((r) => r !== null),
    output: readOutput(outDir),
    countryAt: countryLookup(),
    resolveId: gaz
      ? (id) => {
          const e = gaz.get(id);
          return (
            e && {
              name: e.name,
              kind: e.kind,
              geometry: e.geometry ?? { type: 'Point', coordinates: [e.lon, e.lat] },
            }
          );
        }
      : undefined,
    gazetteerKnows: gaz ? gazetteerProbe(gaz) : undefined,
  });
}

/** Ingest (unless told not to), then score: the figures `npm run score:testsets` prints. */
export async function runTestsets(options: RunOptions = {}): Promise<TestsetScore> {
  if (options.ingest !== false)
    runIngest(options.reportsDir ?? TESTSETS.reports, options.outDir ?? TESTSETS.out, options.quiet);
  return scoreOutputDir(options);
}
