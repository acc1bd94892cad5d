// npm run ingest -- <articles-dir> [--out <dir>] [--boundaries <geojson>] [--control <geojson>]
// Reads reports, runs the pipeline with the world gazetteer, writes the app's data files
// (manifest.json, places/incidents/control.geojson) and, next to the default output only, a
// git-ignored local/articles.json so a locally run app can quote sentences.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from './lib/loadGazetteer.ts';
import { readArticles } from './lib/readArticles.ts';
import { writeOutputs } from './lib/writeOutputs.ts';
import { runPipeline } from '../src/pipeline/runPipeline.ts';
import { importControl } from '../src/control/importControl.ts';
import type { Gazetteer } from '../src/gazetteer/Gazetteer.ts';
import type { ControlFeature } from '../src/types/model.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const defaultOut = path.join(repoRoot, 'public/data');

function usage(msg?: string): never {
  if (msg) console.error(`ingest: ${msg}`);
  console.error(
    'usage: npm run ingest -- <articles-dir> [--out <dir>] [--boundaries <geojson>] [--control <geojson>]',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let dir: string | undefined;
let out = defaultOut;
let boundaries: string | undefined;
let controlFile: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--out') out = path.resolve(args[++i] ?? usage('--out needs a folder'));
  else if (a === '--boundaries') boundaries = path.resolve(args[++i] ?? usage('--boundaries needs a file'));
  else if (a === '--control') controlFile = path.resolve(args[++i] ?? usage('--control needs a file'));
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
const result = runPipeline(articles, gazetteer, { warnings, controlOverrides });
writeOutputs(out, result);
if (path.resolve(out) === defaultOut) {
  mkdirSync(path.join(out, 'local'), { recursive: true });
  writeFileSync(
    path.join(out, 'local/articles.json'),
    JSON.stringify(articles.map((a) => ({ id: a.id, text: a.text }))),
  );
}
const c = result.manifest.counts;
console.log(
  `ingest: ${c.articles} articles → ${c.places} places (${c.mentions} mentions), ${c.incidents} incidents, ` +
    `${c.controlFeatures} control features; ${warnings.length} warnings; ${Math.round(performance.now() - t0)} ms → ${path.relative(process.cwd(), out) || '.'}`,
);
