// npm run ingest -- <reports>... [--out <dir>] [--add] [--workers N] [--no-cache] [--cache <dir>]
//                                  [--boundaries <geojson>] [--control <geojson>] [--debug]
// Reads reports (folders of them, files, or both: scripts/lib/readArticles.ts readReportPaths),
// runs the pipeline with the world gazetteer, writes the app's data files
// (manifest.json, places/incidents/control.geojson, readings.json) and, next to the default
// output only, a git-ignored local/articles.json so a locally run app can quote sentences.
// Reports are read in worker threads (one per core; --workers N) and each reading is kept in a
// cache (.cache/readings, by report; --no-cache to skip it), so a re-run reads only new reports
// (scripts/lib/ingest/runIngest.ts); the output is the same whatever the workers or the cache.
// Run through scripts/cli.mjs (npm run ingest), which runs the precompiled bundle in dist-cli/.
// With --add, the reports are merged into the output already in --out (src/pipeline/mergeOutput.ts,
// the browser's own merge): a report already there is skipped, the rest join its incidents.
//
// Failures (docs/robustness.md): every one exits non-zero with one line naming the file or
// option and what is wrong, no stack trace (--debug adds it). The reports and files given are
// checked before anything is read or written, so a typo changes nothing; the output is written
// as one set or not at all (scripts/lib/writeOutputsAtomically.ts).
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputProblem, readReportPaths } from './lib/readArticles.ts';
import { writeOutputs } from './lib/writeOutputs.ts';
import { OutputError } from './lib/writeOutputsAtomically.ts';
import { fsProblem, unwritableFolder } from './lib/fsProblem.ts';
import type { ArticleInput, ControlFeature, PipelineOutput, PlaceFeature } from '../src/types/model.ts';
import type { ReportReading } from '../src/pipeline/readReport.ts';

// The pipeline and the gazetteer load only once the input is known good: a refusal is quick.
const load = () =>
  Promise.all([
    import('./lib/ingest/ingestGazetteer.ts'),
    import('./lib/ingest/runIngest.ts'),
    import('../src/control/reference/importControl.ts'),
    import('../src/pipeline/mergeOutput.ts'),
    import('../src/pipeline/readReport.ts'),
  ]).then(([g, i, c, m, r]) => ({ ...g, ...i, ...c, ...m, ...r }));
type Modules = Awaited<ReturnType<typeof load>>;
let m: Modules;
import { checkOutputSet } from '../src/pipeline/outputSet.ts';
import { IngestError } from './lib/ingest/IngestError.ts';
import type { BoundariesImport } from './lib/ingest/ingestGazetteer.ts';

// From the bundle (dist-cli/ingest.cjs) or from source (scripts/ingest.ts): one level down either way.
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const defaultOut = path.join(repoRoot, 'public/data');
const defaultCache = path.join(repoRoot, '.cache/readings');
const USAGE =
  'usage: npm run ingest -- <reports folder or file>... [--out <dir>] [--add] [--workers N] [--no-cache] [--cache <dir>] [--boundaries <geojson>] [--control <geojson>] [--debug]';

/** A failure the user can fix: printed as one line, `ingest: …`. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

interface Options {
  /** The paths as typed (for messages) and resolved: the reports (folders or files), then options'. */
  inputs: { arg: string; path: string }[];
  out: { arg: string; path: string };
  boundaries?: { arg: string; path: string };
  control?: { arg: string; path: string };
  add: boolean;
  /** Worker threads (default: one per core). */
  workers?: number;
  /** Reading cache, null for none; `arg` is null for the default folder. */
  cache: { arg: string | null; path: string } | null;
}

const debug = process.argv.includes('--debug');

function parseArgs(args: string[]): Options {
  const inputs: Options['inputs'] = [];
  let out: Options['out'] = { arg: path.relative(process.cwd(), defaultOut) || '.', path: defaultOut };
  let boundaries: Options['boundaries'];
  let control: Options['control'];
  let add = false;
  let workers: number | undefined;
  let cache: Options['cache'] = { arg: null, path: defaultCache };
  const value = (i: number, what: string): { arg: string; path: string } => {
    const v = args[i + 1];
    if (v === undefined || v.startsWith('--') || v === '')
      throw new CliError(`${args[i]} needs ${what} (npm run ingest -- --help)`, 2);
    return { arg: v, path: path.resolve(v) };
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--out') out = value(i++, 'a folder');
    else if (a === '--boundaries') boundaries = value(i++, 'a GeoJSON file');
    else if (a === '--control') control = value(i++, 'a GeoJSON file');
    else if (a === '--add') add = true;
    else if (a === '--no-cache') cache = null;
    else if (a === '--cache') cache = value(i++, 'a folder');
    else if (a === '--workers') {
      const v = args[++i];
      workers = Number(v);
      if (!/^\d+$/.test(v ?? '') || workers < 1)
        throw new CliError(`--workers needs a whole number of 1 or more, not "${v ?? ''}"`, 2);
    } else if (a === '--debug') continue;
    else if (a.startsWith('-')) throw new CliError(`unknown option ${a} (npm run ingest -- --help)`, 2);
    else inputs.push({ arg: a, path: path.resolve(a) });
  }
  if (!inputs.length) throw new CliError(`which reports? ${USAGE}`, 2);
  return { inputs, out, boundaries, control, add, workers, cache };
}

/** Everything that can be checked before reading and writing: a typo fails here, changing nothing. */
function preflight(o: Options): void {
  for (const input of o.inputs) {
    const problem = inputProblem(input.path);
    if (problem) throw new CliError(`reports ${problem.replace(input.path, input.arg)}; nothing written`);
  }
  const out = unwritableFolder(o.out.path, (p) => accessSync(p, constants.W_OK));
  if (out) throw new CliError(`--out ${o.out.arg}: cannot write there (${out}); nothing written`);
  // A cache folder asked for must be usable; the default one only saves time (a warning if not).
  const cache = o.cache?.arg ? unwritableFolder(o.cache.path, (p) => accessSync(p, constants.W_OK)) : null;
  if (cache) throw new CliError(`--cache ${o.cache!.arg}: cannot write there (${cache}); nothing written`);
  for (const [option, file] of [
    ['--boundaries', o.boundaries],
    ['--control', o.control],
  ] as const) {
    if (!file) continue;
    try {
      if (!statSync(file.path).isFile())
        throw new CliError(`${option} ${file.arg} is a folder, not a GeoJSON file`);
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError(`${option} ${file.arg}: ${fsProblem(err, file.arg).replace(`${file.arg}: `, '')}`);
    }
  }
  if (o.add && !existsSync(path.join(o.out.path, 'manifest.json')))
    throw new CliError(
      `--add: no output in ${o.out.arg} to add to (manifest.json is missing); run without --add first`,
    );
}

/** A JSON file given by an option, or a one-line error naming it. */
function readJsonFile(option: string, file: { arg: string; path: string }): unknown {
  let text: string;
  try {
    text = readFileSync(file.path, 'utf8');
  } catch (err) {
    throw new CliError(`${option} ${file.arg}: ${fsProblem(err, file.arg).replace(`${file.arg}: `, '')}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliError(`${option} ${file.arg}: not JSON (${(err as Error).message})`);
  }
}

/** Prints an import's problems, naming the feature; fails when nothing in the file could be used. */
function reportImport(option: string, file: { arg: string }, used: number, errors: string[]): void {
  for (const e of errors.slice(0, 10)) console.warn(`warning: ${option} ${file.arg}: ${e}`);
  if (errors.length > 10)
    console.warn(`warning: ${option} ${file.arg}: … and ${errors.length - 10} more problems`);
  if (used === 0)
    throw new CliError(
      `${option} ${file.arg}: nothing in it could be used${errors.length ? ` (${errors[0]}${errors.length > 1 ? `; ${errors.length - 1} more above` : ''})` : ''}; nothing written`,
    );
}

function reportBoundaries(file: { arg: string }, res: BoundariesImport): void {
  console.log(`boundaries ${file.arg}: ${res.replaced} replaced, ${res.added} added`);
  reportImport('--boundaries', file, res.replaced + res.added, res.errors);
}

/**
 * The worker script beside the bundle (dist-cli/read-worker.mjs, which runs read-worker.cjs);
 * none when run from source.
 */
function workerFile(): string | undefined {
  const f = path.join(here, 'read-worker.mjs');
  return existsSync(f) && existsSync(workerBundle()) ? f : undefined;
}
const workerBundle = () => path.join(here, 'read-worker.cjs');

/**
 * What cached readings depend on besides the gazetteer: the reading code. From the bundle, the
 * hash of the worker bundle (the reading code and everything it uses); from source, of src/.
 */
function codeVersion(): string {
  const h = createHash('sha256');
  if (workerFile()) h.update(readFileSync(workerBundle()));
  else
    for (const name of readdirSync(path.join(repoRoot, 'src'), { recursive: true }).map(String).sort())
      if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
        h.update(name).update(readFileSync(path.join(repoRoot, 'src', name)));
  return h.digest('hex').slice(0, 16);
}

/**
 * What control's memo in the cache depends on: the combining code. From the bundle, the hash of
 * the main bundle (merge, control and everything they use); from source, codeVersion (of src/).
 */
function combineVersion(): string {
  const main = path.join(here, 'ingest.cjs');
  if (!workerFile() || !existsSync(main)) return codeVersion();
  return createHash('sha256').update(readFileSync(main)).digest('hex').slice(0, 16);
}

/** An OutputError as the one line a user reads; anything else as it is. */
function writeFailure(err: unknown, out: Options['out']): unknown {
  return err instanceof OutputError
    ? new CliError(`cannot write the output: ${err.message}; the previous output in ${out.arg} is unchanged`)
    : err;
}

/** An analyst's control polygons: problems are reported by feature, the rest is used. */
function readControl(file: { arg: string; path: string }): ControlFeature[] {
  const res = m.importControl(readJsonFile('--control', file), path.basename(file.path));
  console.log(`control ${file.arg}: ${res.features.length} polygons imported`);
  reportImport('--control', file, res.features.length, res.errors);
  return res.features;
}

/** The output already in `out`, as readings, for --add: a whole set, or a one-line error. */
function existingOutput(out: Options['out']): { readings: ReportReading[]; control: ControlFeature[] } {
  const readJson = <T>(name: string): T => {
    const shown = path.join(out.arg, name);
    let text: string;
    try {
      text = readFileSync(path.join(out.path, name), 'utf8');
    } catch (err) {
      throw new CliError(`--add: cannot read ${fsProblem(err, shown)}`);
    }
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new CliError(`--add: ${shown} is cut short or not JSON (${(err as Error).message})`);
    }
  };
  const manifest = readJson<unknown>('manifest.json');
  const places = readJson<{ features: PlaceFeature[] }>('places.geojson');
  const control = readJson<{ features: ControlFeature[] }>('control.geojson');
  const readings = readJson<ReportReading[]>('readings.json');
  const set = checkOutputSet(
    manifest,
    { 'places.geojson': places, 'control.geojson': control, 'readings.json': readings },
    `${out.arg}/`,
  );
  if (set.problems.length) throw new CliError(`--add: ${set.problems[0]}`);
  try {
    return { readings: m.restoreReadings(readings, places.features), control: control.features };
  } catch (err) {
    throw new CliError(`--add: ${(err as Error).message}`);
  }
}

async function main(args: string[]): Promise<void> {
  const o = parseArgs(args);
  preflight(o);
  const t0 = performance.now();
  const { articles, warnings } = readReportPaths(o.inputs.map((i) => i.path));
  for (const w of warnings) console.warn(`warning: ${w.file}: ${w.message}`);
  if (!articles.length)
    throw new CliError(
      `no reports to read in ${o.inputs.map((i) => i.arg).join(', ')} (${warnings.length ? `${warnings.length} file${warnings.length === 1 ? '' : 's'} could not be read, see the warnings above` : 'no .txt, .md or .html files'}); nothing written`,
    );
  m = await load();
  // The files given with options are read before the gazetteer loads: a bad one fails at once.
  const controlOverrides = o.control ? readControl(o.control) : undefined;
  const boundariesJson = o.boundaries ? readJsonFile('--boundaries', o.boundaries) : undefined;
  if (o.add) return addToOutput(o, articles, warnings, controlOverrides, boundariesJson, t0);

  let s: Awaited<ReturnType<Modules['runIngest']>>;
  try {
    s = await m.runIngest({
      inputs: o.inputs.map((i) => i.path),
      listed: { articles, warnings },
      out: o.out.path,
      workers: o.workers,
      workerFile: workerFile(),
      cacheDir: o.cache?.path ?? null,
      codeVersion: codeVersion(),
      combineVersion: combineVersion(),
      boundaries: o.boundaries?.path,
      boundariesJson,
      onBoundaries: (b) => reportBoundaries(o.boundaries!, b),
      controlOverrides,
      writeTexts: o.out.path === defaultOut,
      holdSignals: true,
      progress: process.stderr,
      log: (l) => console.log(l),
      warn: (l) => console.warn(l),
      // Test hooks (scripts/lib/ingest/ingestCli.test.ts): small cache segments, a crash mid-run.
      cacheFlushEvery: process.env.INGEST_CACHE_FLUSH ? Number(process.env.INGEST_CACHE_FLUSH) : undefined,
      crashAfter: process.env.INGEST_CRASH_AFTER ? Number(process.env.INGEST_CRASH_AFTER) : undefined,
    });
  } catch (err) {
    throw writeFailure(err, o.out);
  }
  const c = s.counts;
  const how =
    (s.cached ? `${s.read} read, ${s.cached} from the cache` : `${s.read} read`) +
    (s.read ? (s.workers ? ` in ${s.workers} worker threads` : ' in one thread') : '') +
    (s.failed ? `, ${s.failed} left out` : '');
  console.log(
    `ingest: ${s.articles} article${s.articles === 1 ? '' : 's'} (${how}) → ${c.places} places (${c.mentions} mentions), ${c.incidents} incidents, ` +
      `${c.controlFeatures} control features; ${s.warnings.length} warnings; ${Math.round(performance.now() - t0)} ms → ${o.out.arg}`,
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

/** --add: the reports merged into the output already in --out (the browser's own merge). */
async function addToOutput(
  o: Options,
  articles: ArticleInput[],
  warnings: { file: string; message: string }[],
  controlOverrides: ControlFeature[] | undefined,
  boundariesJson: unknown,
  t0: number,
): Promise<void> {
  const before = existingOutput(o.out);
  const { gazetteer, boundaries } = await m.ingestGazetteer({
    boundaries: o.boundaries?.path,
    boundariesJson,
  });
  if (boundaries) reportBoundaries(o.boundaries!, boundaries);
  const merged = m.mergeOutput(
    before.readings,
    articles.map((a) => m.readReport(a, gazetteer)),
    gazetteer,
    { warnings, controlOverrides: controlOverrides ?? m.importedControl({ features: before.control }) },
  );
  for (const s of merged.skipped)
    console.log(
      `ingest --add: ${s.article.file ?? s.article.id} is already there (same text as ${s.sameAs.id})`,
    );
  const result: PipelineOutput = merged.output;
  let texts = articles.map((a) => ({ id: a.id, text: a.text }));
  const textsFile = path.join(o.out.path, 'local/articles.json');
  if (existsSync(textsFile)) {
    let old: { id: string; text: string }[] = [];
    try {
      old = JSON.parse(readFileSync(textsFile, 'utf8')) as typeof old;
    } catch (err) {
      console.warn(
        `warning: ${textsFile}: unreadable, rewritten with the new reports only (${(err as Error).message})`,
      );
    }
    const known = new Set(old.map((t) => t.id));
    texts = [...old, ...texts.filter((t) => !known.has(t.id))];
  }
  // Next to the default output only: the article texts, so a locally run app can quote them.
  const kept = new Set(result.manifest.articles.map((a) => a.id));
  const extra =
    o.out.path === defaultOut ? { 'local/articles.json': texts.filter((t) => kept.has(t.id)) } : {};
  try {
    writeOutputs(o.out.path, result, { extra, holdSignals: true });
  } catch (err) {
    throw writeFailure(err, o.out);
  }
  const c = result.manifest.counts;
  console.log(
    `ingest: ${c.articles} article${c.articles === 1 ? '' : 's'} → ${c.places} places (${c.mentions} mentions), ${c.incidents} incidents, ` +
      `${c.controlFeatures} control features; ${warnings.length} warnings; ${Math.round(performance.now() - t0)} ms → ${o.out.arg}`,
  );
}

// A closed pipe (`npm run ingest | head`) is not an error worth a stack.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof CliError || err instanceof IngestError) {
    console.error(`ingest: ${err.message}`);
    process.exitCode = err instanceof CliError ? err.exitCode : 1;
    return;
  }
  const message = err instanceof Error ? err.message : String(err);
  console.error(
    `ingest: internal error: ${message.split('\n')[0]}${debug ? '' : ' (run again with --debug for the stack)'}`,
  );
  if (debug && err instanceof Error) console.error(err.stack);
  process.exitCode = 70;
});
