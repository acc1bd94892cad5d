// npm run bench:geoparse [-- --corpus TR-News,GWN --limit 50 --errors 15 --dump --no-speed --no-browser --no-testsets]
// Accuracy of our geoparser end to end (raw text → places) on the public corpora, scored from the
// outside on the places.geojson the CLI's ingest writes, beside the published figures; our own
// test reports (score:testsets); then speed, gazetteer cold load and browser pack figures. See
// docs/benchmarks.md for what each figure means.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../src/types/model.ts';
import { CORPUS_NAMES, corporaDir, type CorpusName } from './lib/corpora.ts';
import { loadGazetteer } from './lib/loadGazetteer.ts';
import { predictToponyms } from './lib/predictToponyms.ts';
import { accuracyTables, runCorpus, runFigures, type CorpusRun } from './lib/benchAccuracy.ts';
import {
  measureLongReport,
  measureColdLoad,
  measurePipelinePerArticle,
  measureThroughput,
  perSecond,
  stopwatch,
  type Throughput,
} from './lib/benchSpeed.ts';
import { measurePack, packTable } from './lib/benchPack.ts';
import { printErrorClasses } from './lib/printErrorClasses.ts';
import { table } from './lib/table.ts';
import { naiveBaseline } from './lib/naiveBaseline.ts';
import { runTestsets } from './lib/testsetsRun.ts';
import { summaryLine } from './lib/testsetsReport.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const flag = (name: string) => argv.includes(`--${name}`);
const corpora = (opt('corpus')?.split(',') ?? ['TR-News', 'GWN']) as CorpusName[];
const limit = opt('limit') ? Number(opt('limit')) : Infinity;
const errorsShown = Number(opt('errors') ?? 12);
const bad = corpora.filter((c) => !CORPUS_NAMES.includes(c));
if (bad.length) {
  console.error(`unknown corpus ${bad.join(', ')}; choose from ${CORPUS_NAMES.join(', ')}`);
  process.exit(2);
}

const results: Record<string, unknown> = { generated: new Date().toISOString(), argv };

const tLoad = performance.now();
const gaz = await loadGazetteer({ scope: (opt('scope') as 'world' | 'pack') ?? 'world' });
console.log(
  `gazetteer: ${gaz.entries.length} entries (${gaz.version}), loaded in ${(performance.now() - tLoad).toFixed(0)} ms\n`,
);

// ---- accuracy ----
// --baseline: score the naive exact-name lookup instead of our geoparser (a floor for comparison).
const baseline = flag('baseline') ? naiveBaseline(gaz) : undefined;
if (baseline) console.log('accuracy of the NAIVE BASELINE (exact-name lookup), not of our geoparser\n');
// The first geoparse builds the name index; build it here so no corpus's timing includes it.
const warm = stopwatch();
predictToponyms({ id: 'warm-up', text: 'Fighting was reported near Aleppo and Idlib.' }, gaz);
console.log(`name index built by the first geoparse in ${warm().ms.toFixed(0)} ms`);
console.log(
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores (speed figures use CPU time)\n`,
);
const dir = corporaDir(repoRoot);
const workDir = path.join(repoRoot, '.cache/bench-geoparse');
const runs: CorpusRun[] = [];
if (!flag('no-accuracy') && existsSync(dir)) {
  for (const name of corpora) {
    const run = runCorpus(name, dir, limit, workDir, baseline ? (input) => baseline(input.text) : undefined);
    runs.push(run);
    results[name] = runFigures(run);
    console.log(
      `${name}: ${run.inputs.length} articles, ${run.realigned} spans realigned, ${run.dropped} dropped; ` +
        `${baseline ? 'predicted in this process' : `ingest (CLI) ${(run.ms / 1000).toFixed(1)} s → ${path.relative(repoRoot, path.join(workDir, name, 'out'))}`}`,
    );
    for (const { label, exact, overlap } of run.sets) {
      console.log(
        `  ${label}: ${exact.tp + exact.fn} gold places (${overlap.goldWithCoords} with coordinates), ${exact.neutral} exact hits on toponyms outside the set (neutral)`,
      );
      if (errorsShown > 0) printErrorClasses(label, overlap, errorsShown);
    }
  }
  console.log(`\n${accuracyTables(runs)}`);
  if (flag('dump')) {
    // Errors with some context from the corpora: under .cache (git-ignored), never committed.
    const file = path.join(repoRoot, '.cache/bench-geoparse-errors.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(Object.fromEntries(runs.map((r) => [r.name, r.errors])), null, 1));
    console.log(`errors with context: ${path.relative(repoRoot, file)}`);
  }
} else if (!existsSync(dir)) console.log(`(accuracy skipped: ${dir} not found)`);

// ---- our own test reports (data/testsets, the figures of npm run score:testsets) ----
if (!flag('no-accuracy') && !flag('no-testsets') && !baseline) {
  const t = stopwatch();
  const score = await runTestsets({ outDir: path.join(workDir, 'testsets'), quiet: true });
  const s = score.summary;
  console.log(
    `\nOur own test reports (data/testsets, ingest → places.geojson; ${(t().ms / 1000).toFixed(0)} s):`,
  );
  console.log(
    table(
      ['event places ≤ 161 km', '≤ 25 km', 'datelines', 'non-places mapped', 'wrong namesakes'],
      [
        [
          `${s.events.found}/${s.events.of} = ${((s.events.found / s.events.of) * 100).toFixed(1)} %`,
          `${((s.events.tight / s.events.of) * 100).toFixed(1)} %`,
          `${s.datelines.found}/${s.datelines.of}`,
          `${s.nonPlaces.mapped}/${s.nonPlaces.of}`,
          String(s.wrongNamesakes),
        ],
      ],
    ),
  );
  console.log(summaryLine(s));
  results.testsets = s;
}

// ---- speed ----
if (!flag('no-speed')) {
  const samples = loadSampleReports(path.resolve(repoRoot, '../shared/articles'));
  const reps = Number(opt('repeat') ?? 20);
  const rows: Throughput[] = [];
  if (samples.length) {
    const many = Array.from({ length: reps }, (_, r) =>
      samples.map((a) => ({ ...a, id: `${a.id}#${r}` })),
    ).flat();
    rows.push(...measureThroughput(`sample reports ×${reps}`, many, gaz, samples.length));
  }
  // Distinct texts (24 reports of ours, 16 countries): no text is read twice in a pass.
  const ours = flag('no-testsets') ? [] : loadSampleReports(path.join(repoRoot, 'data/testsets/reports'));
  if (ours.length)
    rows.push(...measureThroughput(`our ${ours.length} test reports`, ours, gaz, 0, 2000, false));
  for (const run of runs) {
    // Geoparsing alone in this process: a first pass (fuzzy buckets of new countries still being
    // built, code still compiling), then a warm pass (the steady state).
    const bytes = run.inputs.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    const base = { articles: run.inputs.length, bytes };
    for (const label of ['geoparse, first pass (cold caches, JIT)', 'geoparse, warm pass']) {
      const read = stopwatch();
      for (const a of run.inputs) predictToponyms(a, gaz);
      rows.push({ ...base, label: `${run.name}: ${label}`, ...read() });
    }
  }
  for (const run of runs) rows.push(measurePipelinePerArticle(run.name, run.inputs, gaz));
  // Bad input includes huge files: the rate per MB should hold as one report grows.
  if (samples.length && !flag('no-long'))
    for (const mb of [1, 2, 4]) rows.push(measureLongReport(samples, mb, gaz));
  console.log(
    `\nSpeed, single-threaded, this process (target ≥ 500 articles/s on 3–5 KB reports; load average now ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}):`,
  );
  console.log(
    table(
      ['what', 'articles', 'MB', 'articles/s (CPU)', 'MB/s (CPU)', 'ms/article (CPU)', 'articles/s (wall)'],
      rows.map((t) => {
        const s = perSecond(t);
        return [
          t.label,
          String(t.articles),
          (t.bytes / 2 ** 20).toFixed(2),
          s.articlesPerS.toFixed(0),
          s.mbPerS.toFixed(2),
          s.msPerArticle.toFixed(3),
          s.articlesPerSWall.toFixed(0),
        ];
      }),
    ),
  );
  results.speed = rows.map((t) => ({ ...t, ...perSecond(t) }));
  const geo = rows.find((t) => t.label.endsWith('geoparse (segment + geoparse), cold per text'));
  const inc = rows.find((t) => t.label.endsWith('incident extraction alone, cold per text'));
  if (geo && inc) {
    const g = perSecond(geo).msPerArticle;
    const i = perSecond(inc).msPerArticle;
    console.log(
      `incident extraction adds ${i.toFixed(2)} ms per article to geoparsing's ${g.toFixed(2)} ms (+${((i / g) * 100).toFixed(0)} %), cold per text`,
    );
  }

  const cold = measureColdLoad('world', Number(opt('cold-runs') ?? 3));
  const med = (f: (c: (typeof cold)[number]) => number) =>
    cold.map(f).sort((a, b) => a - b)[Math.floor(cold.length / 2)];
  console.log(
    `\nGazetteer cold load in a fresh Node process (world scope, median of ${cold.length}; targets ≤ 300 ms, ≤ 200 MB):`,
  );
  console.log(
    table(
      [
        'entries',
        'load ms (wall / CPU)',
        'first geoparse ms, index build (wall / CPU)',
        'heap after load MB',
        'heap after first geoparse MB',
        'rss MB',
      ],
      [
        [
          String(cold[0].entries),
          `${med((c) => c.loadMs).toFixed(0)} / ${med((c) => c.loadCpuMs).toFixed(0)}`,
          `${med((c) => c.firstGeoparseMs).toFixed(0)} / ${med((c) => c.firstGeoparseCpuMs).toFixed(0)}`,
          med((c) => c.heapAfterLoadMB).toFixed(0),
          med((c) => c.heapAfterFirstGeoparseMB).toFixed(0),
          med((c) => c.rssMB).toFixed(0),
        ],
      ],
    ),
  );
  results.coldLoad = cold;
}

// ---- browser pack ----
const packFile = path.join(repoRoot, 'public/gazetteer/pack.json');
if (!flag('no-pack') && existsSync(packFile)) {
  const pack = await measurePack(packFile, !flag('no-browser'));
  console.log('\nBrowser pack (target ≤ 3 MB gzip):');
  console.log(packTable('public/gazetteer/pack.json', pack));
  results.pack = pack;
} else if (!flag('no-pack'))
  console.log(`\n(browser pack skipped: ${packFile} not found; run npm run build:gazetteer)`);

mkdirSync(path.join(repoRoot, '.cache'), { recursive: true });
writeFileSync(path.join(repoRoot, '.cache/bench-geoparse.json'), JSON.stringify(results, null, 1));
console.log('\nfull figures: .cache/bench-geoparse.json');

/** The five sample reports (text read at run time, never stored); [] when absent. */
function loadSampleReports(dirPath: string): ArticleInput[] {
  const index = path.join(dirPath, 'index.json');
  if (!existsSync(index)) return [];
  const list = (JSON.parse(readFileSync(index, 'utf8')) as { articles: ArticleInput[] }).articles;
  return list.map((a) => ({ ...a, text: readFileSync(path.join(dirPath, a.file ?? `${a.id}.txt`), 'utf8') }));
}
