// npm run ingest -- <articles-dir> [--out <dir>] [--add] [--workers N] [--no-cache] [--cache <dir>]
//                                  [--boundaries <geojson>] [--control <geojson>]
// Reads reports, runs the pipeline with the world gazetteer, writes the app's data files
// (manifest.json, places/incidents/control.geojson, readings.json) and, next to the default
// output only, a git-ignored local/articles.json so a locally run app can quote sentences.
// Reports are read in worker threads (one per core; --workers N) and each reading is kept in a
// cache (.cache/readings, by report; --no-cache to skip it), so a re-run reads only new reports.
// With --add, the reports are merged into the output already in --out (src/pipeline/mergeOutput.ts,
// the browser's own merge): a report already there is skipped, the rest join its incidents.
// Run through scripts/cli.mjs (npm run ingest), which runs the precompiled bundle in dist-cli/.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from './lib/readArticles.ts';
import { writeOutputs } from './lib/writeOutputs.ts';
import { importControl } from '../src/control/importControl.ts';
import type { ControlFeature, PlaceFeature } from '../src/types/model.ts';
import { importedControl, mergeOutput, restoreReadings } from '../src/pipeline/mergeOutput.ts';
import { readReport, type ReportReading } from '../src/pipeline/readReport.ts';
import { runIngest } from './lib/ingest/runIngest.ts';
import { ingestGazetteer } from './lib/ingest/ingestGazetteer.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const defaultOut = path.join(repoRoot, 'public/data');

function usage(msg?: string): never {
  if (msg) console.error(`ingest: ${msg}`);
  console.error(
    'usage: npm run ingest -- <articles-dir> [--out <dir>] [--add] [--workers N] [--no-cache] [--cache <dir>] [--boundaries <geojson>] [--control <geojson>]',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let dir: string | undefined;
let out = defaultOut;
let boundaries: string | undefined;
let controlFile: string | undefined;
let add = false;
let workers: number | undefined;
let cacheDir: string | null = path.join(repoRoot, '.cache/readings');
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--out') out = path.resolve(args[++i] ?? usage('--out needs a folder'));
  else if (a === '--boundaries') boundaries = path.resolve(args[++i] ?? usage('--boundaries needs a file'));
  else if (a === '--control') controlFile = path.resolve(args[++i] ?? usage('--control needs a file'));
  else if (a === '--add') add = true;
  else if (a === '--no-cache') cacheDir = null;
  else if (a === '--cache') cacheDir = path.resolve(args[++i] ?? usage('--cache needs a folder'));
  else if (a === '--workers') {
    const v = args[++i];
    workers = Number(v);
    if (!Number.isInteger(workers) || workers < 1)
      usage(`--workers needs a whole number of 1 or more, not "${v ?? ''}"`);
  } else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else dir = path.resolve(a);
}
if (!dir) usage();

/** The worker script beside this bundle (dist-cli/read-worker.mjs); none when run from source. */
function workerFile(): string | undefined {
  const f = path.join(here, 'read-worker.mjs');
  return existsSync(f) ? f : undefined;
}

/**
 * What cached readings depend on besides the gazetteer: the reading code. From the bundle, the
 * hash of the worker bundle (the reading code and everything it uses); from source, of src/.
 */
function codeVersion(): string {
  const h = createHash('sha256');
  const f = workerFile();
  if (f) h.update(readFileSync(f));
  else
    for (const name of readdirSync(path.join(repoRoot, 'src'), { recursive: true }).map(String).sort())
      if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
        h.update(name).update(readFileSync(path.join(repoRoot, 'src', name)));
  return h.digest('hex').slice(0, 16);
}

/** An analyst's control polygons: problems are reported by feature, the rest is used. */
function readControl(file: string): ControlFeature[] {
  let geojson: unknown;
  try {
    geojson = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read control file ${path.basename(file)}: ${(err as Error).message}`);
  }
  const res = importControl(geojson, path.basename(file));
  console.log(`control ${path.basename(file)}: ${res.features.length} polygons imported`);
  for (const e of res.errors.slice(0, 10)) console.warn(`  ${path.basename(file)}: ${e}`);
  return res.features;
}

/** --add: the reports merged into the output already in `out` (in memory: the map as it is plus the new reports). */
async function addToOutput(controlOverrides: ControlFeature[] | undefined): Promise<string> {
  const t0 = performance.now();
  const readJson = <T>(name: string): T => {
    try {
      return JSON.parse(readFileSync(path.join(out, name), 'utf8')) as T;
    } catch (err) {
      throw new Error(`--add: cannot read ${path.join(out, name)}: ${(err as Error).message}`);
    }
  };
  const places = readJson<{ features: PlaceFeature[] }>('places.geojson').features;
  const base = restoreReadings(readJson<ReportReading[]>('readings.json'), places);
  const control = readJson<{ features: ControlFeature[] }>('control.geojson').features;
  const { articles, warnings } = readArticles(dir!);
  for (const w of warnings) console.warn(`warning: ${w.file}: ${w.message}`);
  const { gazetteer, notes } = await ingestGazetteer({ boundaries });
  for (const n of notes) console.log(n);
  const merged = mergeOutput(
    base,
    articles.map((a) => readReport(a, gazetteer)),
    gazetteer,
    { warnings, controlOverrides: controlOverrides ?? importedControl({ features: control }) },
  );
  for (const s of merged.skipped)
    console.log(
      `ingest --add: ${s.article.file ?? s.article.id} is already there (same text as ${s.sameAs.id})`,
    );
  writeOutputs(out, merged.output);
  if (path.resolve(out) === defaultOut) {
    const textsFile = path.join(out, 'local/articles.json');
    const kept = new Set(merged.output.manifest.articles.map((a) => a.id));
    let texts: { id: string; text: string }[] = existsSync(textsFile)
      ? JSON.parse(readFileSync(textsFile, 'utf8'))
      : [];
    const known = new Set(texts.map((t) => t.id));
    for (const a of articles) if (!known.has(a.id)) texts.push({ id: a.id, text: a.text });
    texts = texts.filter((t) => kept.has(t.id));
    mkdirSync(path.dirname(textsFile), { recursive: true });
    writeFileSync(textsFile, JSON.stringify(texts));
  }
  const c = merged.output.manifest.counts;
  return (
    `ingest: ${c.articles} articles → ${c.places} places (${c.mentions} mentions), ${c.incidents} incidents, ` +
    `${c.controlFeatures} control features; ${warnings.length} warnings; ${Math.round(performance.now() - t0)} ms → ${path.relative(process.cwd(), out) || '.'}`
  );
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const controlOverrides = controlFile ? readControl(controlFile) : undefined;
  if (add) {
    console.log(await addToOutput(controlOverrides));
    return;
  }
  const s = await runIngest({
    dir: dir!,
    out,
    workers,
    workerFile: workerFile(),
    cacheDir,
    codeVersion: codeVersion(),
    boundaries,
    controlOverrides,
    writeTexts: path.resolve(out) === defaultOut,
    progress: process.stderr,
    log: (l) => console.log(l),
    warn: (l) => console.warn(l),
    // Test hooks (scripts/lib/ingest/ingestCli.test.ts): small cache segments, a crash mid-run.
    cacheFlushEvery: process.env.INGEST_CACHE_FLUSH ? Number(process.env.INGEST_CACHE_FLUSH) : undefined,
    crashAfter: process.env.INGEST_CRASH_AFTER ? Number(process.env.INGEST_CRASH_AFTER) : undefined,
  });
  const c = s.counts;
  const how =
    (s.cached ? `${s.read} read, ${s.cached} from the cache` : `${s.read} read`) +
    (s.read ? (s.workers ? ` in ${s.workers} worker threads` : ' in one thread') : '') +
    (s.failed ? `, ${s.failed} left out` : '');
  console.log(
    `ingest: ${s.articles} articles (${how}) → ${c.places} places (${c.mentions} mentions), ${c.incidents} incidents, ` +
      `${c.controlFeatures} control features; ${s.warnings.length} warnings; ${Math.round(performance.now() - t0)} ms → ${path.relative(process.cwd(), out) || '.'}`,
  );
  // For npm run bench: the stage times, this process's CPU time (every thread) and peak memory.
  if (process.env.INGEST_STATS) {
    const cpu = process.cpuUsage();
    const stats = {
      ...s,
      warnings: s.warnings.length,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      wallMs: Math.round(performance.now() - t0),
      processMs: Math.round(process.uptime() * 1000),
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(`ingest stats: ${JSON.stringify(stats)}`);
  }
}

main().catch((err: unknown) => {
  console.error(`ingest: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
