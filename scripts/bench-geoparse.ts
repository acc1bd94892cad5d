// npm run bench:geoparse [-- --corpus TR-News,GWN --limit 50 --errors 15 --no-speed --no-browser]
// Accuracy of our geoparser end to end (raw text → places) on the public corpora, beside the
// published figures; then speed, gazetteer cold load and browser pack figures. See
// docs/benchmarks.md for what each figure means.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ArticleInput } from '../src/types/model.ts';
import { CORPUS_NAMES, corporaDir, loadCorpus, type CorpusName } from './lib/corpora.ts';
import { loadGazetteer } from './lib/loadGazetteer.ts';
import { fileURLToPath } from 'node:url';
import { predictToponyms } from './lib/predictToponyms.ts';
import { addScores, emptyScore, scoreArticle, summarise, type ToponymScore } from './lib/scoreToponyms.ts';
import {
  measureColdLoad,
  measurePipelinePerArticle,
  measureThroughput,
  perSecond,
  stopwatch,
  type Throughput,
} from './lib/benchSpeed.ts';
import { measurePackInBrowser } from './lib/measurePackInBrowser.ts';
import { printErrorClasses } from './lib/printErrorClasses.ts';
import { table } from './lib/table.ts';
import { naiveBaseline } from './lib/naiveBaseline.ts';

/** Published figures from ../shared/benchmarks/geoparsing/README.md. */
const PUBLISHED: Partial<Record<CorpusName, { f1: number; resolved: number }>> = {
  'TR-News': { f1: 0.75, resolved: 0.873 },
  GWN: { f1: 0.75, resolved: 0.941 },
  LGL: { f1: 0.69, resolved: 0.827 },
  GeoVirus: { f1: NaN, resolved: 0.82 },
};
const MORDECAI_END_TO_END = 0.607;

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

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
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
const corpusInputs: Record<string, ArticleInput[]> = {};
const geoparseTimes: Throughput[] = [];
if (!flag('no-accuracy') && existsSync(dir)) {
  const detRows: string[][] = [];
  const resRows: string[][] = [];
  for (const name of corpora) {
    const corpus = loadCorpus(name, dir);
    const articles = corpus.articles.slice(0, limit);
    const inputs = articles.map((a) => ({ id: `${name}-${a.id}`, text: a.text }));
    corpusInputs[name] = inputs;
    let exact = emptyScore();
    let overlap = emptyScore();
    let ms = 0;
    let cpuMs = 0;
    articles.forEach((a, i) => {
      const read = stopwatch();
      const predicted = baseline ? baseline(a.text) : predictToponyms(inputs[i], gaz);
      const t = read();
      ms += t.ms;
      cpuMs += t.cpuMs;
      exact = addScores(exact, scoreArticle(a.toponyms, predicted, 'exact'));
      overlap = addScores(overlap, withText(scoreArticle(a.toponyms, predicted, 'overlap'), a.text));
    });
    geoparseTimes.push({
      label: `${name}: geoparse (segment + geoparse)`,
      articles: inputs.length,
      bytes: inputs.reduce((n, a) => n + Buffer.byteLength(a.text), 0),
      ms,
      cpuMs,
    });
    const e = summarise(exact);
    const o = summarise(overlap);
    const pub = PUBLISHED[name];
    detRows.push([
      name,
      String(articles.length),
      String(exact.tp + exact.fn),
      f2(e.precision),
      f2(e.recall),
      f2(e.f1),
      f2(o.precision),
      f2(o.recall),
      f2(o.f1),
      f2(pub?.f1 ?? NaN),
    ]);
    resRows.push([
      name,
      String(overlap.goldWithCoords),
      String(overlap.detectedWithCoords),
      pct(o.accDetected),
      pct(o.accDetectedPoint),
      pct(pub?.resolved ?? NaN),
      pct(o.accEndToEnd),
      pct(o.accEndToEndPoint),
      pct(MORDECAI_END_TO_END),
      o.medianKm.toFixed(0),
    ]);
    results[name] = {
      articles: articles.length,
      exact: { ...counts(exact), ...e },
      overlap: { ...counts(overlap), ...o },
      realigned: corpus.realigned,
      dropped: corpus.dropped,
    };
    console.log(
      `${name}: ${articles.length} articles, ${exact.tp + exact.fn} gold places (${overlap.goldWithCoords} with coordinates), ${exact.neutral} hits on non-place toponyms (neutral), ${corpus.realigned} spans realigned, ${corpus.dropped} dropped`,
    );
    if (errorsShown > 0) printErrorClasses(name, overlap, errorsShown);
  }
  console.log(
    '\nPlace detection, end to end from raw text (exact = same span; overlap = spans share a character):',
  );
  console.log(
    table(
      [
        'corpus',
        'articles',
        'gold places',
        'P exact',
        'R exact',
        'F1 exact',
        'P overlap',
        'R overlap',
        'F1 overlap',
        'F1 published (NER)',
      ],
      detRows,
    ),
  );
  console.log(
    '\nResolution, share within 161 km (overlapping spans; "area" counts a gold point inside the area we chose as 0 km, "point" uses point distance only):',
  );
  console.log(
    table(
      [
        'corpus',
        'gold with coords',
        'detected',
        'of detected, area',
        'of detected, point',
        'published (gold names given)',
        'end to end, area',
        'end to end, point',
        'Mordecai 3 end to end',
        'median km',
      ],
      resRows,
    ),
  );
} else if (!existsSync(dir)) console.log(`(accuracy skipped: ${dir} not found)`);

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
  rows.push(...geoparseTimes);
  for (const name of Object.keys(corpusInputs))
    rows.push(measurePipelinePerArticle(name, corpusInputs[name], gaz));
  console.log('\nSpeed, single-threaded, this process (target ≥ 500 articles/s on 3–5 KB reports):');
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
  const raw = readFileSync(packFile);
  const gz = gzipSync(raw, { level: 9 }).length;
  const t0 = performance.now();
  const entries = (JSON.parse(raw.toString('utf8')) as { entries: unknown[] }).entries.length;
  const nodeParseMs = performance.now() - t0;
  let browser = 'skipped (--no-browser)';
  if (!flag('no-browser')) {
    try {
      const b = await measurePackInBrowser(packFile);
      browser = `${b.totalMs.toFixed(0)} ms (fetch ${b.fetchMs.toFixed(0)} + JSON.parse ${b.parseMs.toFixed(0)}), Chromium ${b.browser}, median of ${b.runs}`;
      results.browserPack = b;
    } catch (e) {
      browser = `failed: ${(e as Error).message.split('\n')[0]}`;
    }
  }
  console.log('\nBrowser pack (target ≤ 3 MB gzip):');
  console.log(
    table(
      ['file', 'entries', 'raw MB', 'gzip MB', 'Node JSON.parse ms', 'Web Worker load + parse'],
      [
        [
          'public/gazetteer/pack.json',
          String(entries),
          (statSync(packFile).size / 2 ** 20).toFixed(2),
          (gz / 2 ** 20).toFixed(2),
          nodeParseMs.toFixed(0),
          browser,
        ],
      ],
    ),
  );
  results.pack = { raw: raw.length, gzip: gz, entries, nodeParseMs };
} else if (!flag('no-pack'))
  console.log(`\n(browser pack skipped: ${packFile} not found; run npm run build:gazetteer)`);

mkdirSync(path.join(repoRoot, '.cache'), { recursive: true });
writeFileSync(path.join(repoRoot, '.cache/bench-geoparse.json'), JSON.stringify(results, null, 1));
console.log('\nfull figures: .cache/bench-geoparse.json');

function counts(s: ToponymScore) {
  return {
    tp: s.tp,
    fp: s.fp,
    fn: s.fn,
    neutral: s.neutral,
    goldWithCoords: s.goldWithCoords,
    detectedWithCoords: s.detectedWithCoords,
    within: s.within,
  };
}

/** Keeps a few characters of context on misses so error classes can be read (printed only). */
function withText(s: ToponymScore, text: string): ToponymScore {
  for (const m of s.misses)
    (m as { context?: string }).context = text.slice(Math.max(0, m.start - 20), m.end + 20);
  return s;
}

/** The five sample reports (text read at run time, never stored); [] when absent. */
function loadSampleReports(dirPath: string): ArticleInput[] {
  const index = path.join(dirPath, 'index.json');
  if (!existsSync(index)) return [];
  const list = (JSON.parse(readFileSync(index, 'utf8')) as { articles: ArticleInput[] }).articles;
  return list.map((a) => ({ ...a, text: readFileSync(path.join(dirPath, a.file ?? `${a.id}.txt`), 'utf8') }));
}
