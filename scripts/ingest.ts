// npm run ingest -- <articles-dir> [--out <dir>] [--add] [--boundaries <geojson>] [--control <geojson>]
// Reads reports, runs the pipeline with the world gazetteer, writes the app's data files
// (manifest.json, places/incidents/control.geojson, readings.json) and, next to the default
// output only, a git-ignored local/articles.json so a locally run app can quote sentences.
// With --add, the reports are merged into the output already in --out (src/pipeline/mergeOutput.ts,
// the browser's own merge): a report already there is skipped, the rest join its incidents.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from './lib/loadGazetteer.ts';
import { readArticles } from './lib/readArticles.ts';
import { writeOutputs } from './lib/writeOutputs.ts';
import { runPipeline } from '../src/pipeline/runPipeline.ts';
import { importControl } from '../src/control/importControl.ts';
import type { Gazetteer } from '../src/gazetteer/Gazetteer.ts';
import type { ControlFeature, PlaceFeature } from '../src/types/model.ts';
import { importedControl, mergeOutput, restoreReadings } from '../src/pipeline/mergeOutput.ts';
import { readReport, type ReportReading } from '../src/pipeline/readReport.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const defaultOut = path.join(repoRoot, 'public/data');

function usage(msg?: string): never {
  if (msg) console.error(`ingest: ${msg}`);
  console.error(
    'usage: npm run ingest -- <articles-dir> [--out <dir>] [--add] [--boundaries <geojson>] [--control <geojson>]',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let dir: string | undefined;
let out = defaultOut;
let boundaries: string | undefined;
let controlFile: string | undefined;
let add = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--out') out = path.resolve(args[++i] ?? usage('--out needs a folder'));
  else if (a === '--boundaries') boundaries = path.resolve(args[++i] ?? usage('--boundaries needs a file'));
  else if (a === '--control') controlFile = path.resolve(args[++i] ?? usage('--control needs a file'));
  else if (a === '--add') add = true;
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else dir = path.resolve(a);
}
if (!dir) usage();

async function applyBoundaries(gaz: Gazetteer, file: string): Promise<Gazetteer> {
  let mod: {
    importBoundaries?: (
      g: unknown,
      gz: Gazetteer,
    ) => { gazetteer: Gazetteer; replaced: string[]; added: string[]; errors: string[] };
  };
  try {
    mod = await import('../src/gazetteer/importBoundaries.ts');
  } catch {
    console.error('ingest: --boundaries needs src/gazetteer/importBoundaries.ts, which is not available');
    process.exit(1);
  }
  let geojson: unknown;
  try {
    geojson = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`ingest: cannot read boundaries ${path.basename(file)}: ${(err as Error).message}`);
    process.exit(1);
  }
  const res = mod.importBoundaries!(geojson, gaz);
  console.log(
    `boundaries ${path.basename(file)}: ${res.replaced.length} replaced, ${res.added.length} added`,
  );
  for (const e of res.errors.slice(0, 10)) console.warn(`  ${path.basename(file)}: ${e}`);
  return res.gazetteer;
}

/** An analyst's control polygons: problems are reported by feature, the rest is used. */
function readControl(file: string): ControlFeature[] {
  let geojson: unknown;
  try {
    geojson = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`ingest: cannot read control file ${path.basename(file)}: ${(err as Error).message}`);
    process.exit(1);
  }
  const res = importControl(geojson, path.basename(file));
  console.log(`control ${path.basename(file)}: ${res.features.length} polygons imported`);
  for (const e of res.errors.slice(0, 10)) console.warn(`  ${path.basename(file)}: ${e}`);
  return res.features;
}

const t0 = performance.now();
const { articles, warnings } = readArticles(dir);
for (const w of warnings) console.warn(`warning: ${w.file}: ${w.message}`);
let gazetteer = await loadGazetteer({ scope: 'world' });
if (boundaries) gazetteer = await applyBoundaries(gazetteer, boundaries);
const controlOverrides = controlFile ? readControl(controlFile) : undefined;
/** The output already in `out`, as readings, for --add. */
function existingOutput(): { readings: ReportReading[]; control: ControlFeature[] } {
  const readJson = <T>(name: string): T => {
    try {
      return JSON.parse(readFileSync(path.join(out, name), 'utf8')) as T;
    } catch (err) {
      console.error(`ingest --add: cannot read ${path.join(out, name)}: ${(err as Error).message}`);
      return process.exit(1);
    }
  };
  const places = readJson<{ features: PlaceFeature[] }>('places.geojson').features;
  try {
    const readings = restoreReadings(readJson<ReportReading[]>('readings.json'), places);
    return { readings, control: readJson<{ features: ControlFeature[] }>('control.geojson').features };
  } catch (err) {
    console.error(`ingest --add: ${(err as Error).message}`);
    return process.exit(1);
  }
}

let result;
if (add) {
  const before = existingOutput();
  const merged = mergeOutput(
    before.readings,
    articles.map((a) => readReport(a, gazetteer)),
    gazetteer,
    { warnings, controlOverrides: controlOverrides ?? importedControl({ features: before.control }) },
  );
  for (const s of merged.skipped)
    console.log(
      `ingest --add: ${s.article.file ?? s.article.id} is already there (same text as ${s.sameAs.id})`,
    );
  result = merged.output;
} else result = runPipeline(articles, gazetteer, { warnings, controlOverrides });
writeOutputs(out, result);
if (path.resolve(out) === defaultOut) {
  mkdirSync(path.join(out, 'local'), { recursive: true });
  const textsFile = path.join(out, 'local/articles.json');
  const kept = new Set(result.manifest.articles.map((a) => a.id));
  let texts: { id: string; text: string }[] = [];
  if (add && existsSync(textsFile)) texts = JSON.parse(readFileSync(textsFile, 'utf8')) as typeof texts;
  const known = new Set(texts.map((t) => t.id));
  for (const a of articles) if (!known.has(a.id)) texts.push({ id: a.id, text: a.text });
  writeFileSync(textsFile, JSON.stringify(texts.filter((t) => kept.has(t.id))));
}
const c = result.manifest.counts;
console.log(
  `ingest: ${c.articles} articles → ${c.places} places (${c.mentions} mentions), ${c.incidents} incidents, ` +
    `${c.controlFeatures} control features; ${warnings.length} warnings; ${Math.round(performance.now() - t0)} ms → ${path.relative(process.cwd(), out) || '.'}`,
);
