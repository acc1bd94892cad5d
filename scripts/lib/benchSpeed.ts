// Speed measurements for bench-geoparse: throughput of geoparsing alone and of the whole
// pipeline (single-threaded, in this process), and gazetteer cold load in a fresh process.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../../src/types/model.ts';
import type { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import { segment } from '../../src/geoparse/text/segment.ts';
import { geoparseReport } from '../../src/geoparse/geoparse.ts';
import { extractIncidents } from '../../src/incidents/extractIncidents.ts';
import { runPipeline } from '../../src/pipeline/runPipeline.ts';
import { readReport } from '../../src/pipeline/readReport.ts';
import { clearTextCaches } from '../../src/geoparse/util/textCaches.ts';

/** One throughput figure: how many articles (and bytes of UTF-8 text) per second. */
export interface Throughput {
  label: string;
  articles: number;
  bytes: number;
  /** Wall-clock time, and CPU time of this process (user + system, all its threads). */
  ms: number;
  cpuMs: number;
}

/**
 * Rates by CPU time (steady when other processes share the cores) and by wall time.
 * On an idle machine they agree to within the GC threads' share.
 */
export const perSecond = (t: Throughput) => ({
  articlesPerS: (t.articles / t.cpuMs) * 1000,
  mbPerS: (t.bytes / 2 ** 20 / t.cpuMs) * 1000,
  msPerArticle: t.cpuMs / t.articles,
  articlesPerSWall: (t.articles / t.ms) * 1000,
});

/** Starts a stopwatch of wall and CPU time; calling the result reads both, in ms. */
export function stopwatch(): () => { ms: number; cpuMs: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
  };
}

const bytesOf = (xs: ArticleInput[]) => xs.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

/**
 * A full garbage collection now, so that a measurement does not pay for what was allocated
 * before it (the name index build leaves ~150 MB of garbage behind).
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * Steady state: one warm-up pass of `round` (over `articles`), a full collection, then passes
 * until `minMs` have passed. Returns the steady-state figure, the warm-up pass's own and the
 * fastest steady pass's (by CPU time).
 */
function repeat(
  label: string,
  articles: ArticleInput[],
  minMs: number,
  round: () => void,
): { steady: Throughput; first: Throughput; best: Throughput } {
  const readFirst = stopwatch();
  round();
  const first = {
    label: `${label}, first pass`,
    articles: articles.length,
    bytes: bytesOf(articles),
    ...readFirst(),
  };
  collectGarbage();
  let rounds = 0;
  const read = stopwatch();
  let t = read();
  let best = { ms: Infinity, cpuMs: Infinity };
  while (t.ms < minMs || rounds < 3) {
    const readRound = stopwatch();
    round();
    const r = readRound();
    if (r.cpuMs < best.cpuMs) best = r;
    rounds++;
    t = read();
  }
  return {
    steady: { label, articles: articles.length * rounds, bytes: bytesOf(articles) * rounds, ...t },
    first,
    // On a shared machine the least disturbed pass is the closest to the code's own speed.
    best: {
      label: `${label}, best pass of ${rounds}`,
      articles: articles.length,
      bytes: bytesOf(articles),
      ...best,
    },
  };
}

/** "3.2–4.9 KB": the range of the articles' UTF-8 sizes. */
function sizeRange(articles: ArticleInput[]): string {
  const kb = articles.map((a) => Buffer.byteLength(a.text) / 1024);
  return `${Math.min(...kb).toFixed(1)}–${Math.max(...kb).toFixed(1)} KB`;
}

/**
 * Throughput on a set of reports, each figure twice:
 * - _cold per text_: the caches keyed by the reports' own words (sentences, names, tokens:
 *   src/geoparse/util/textCaches.ts) are emptied before every report, so each one is read as if
 *   its words were new — the fair figure, since a few texts read again and again would otherwise
 *   be answered from those caches; what is built once per gazetteer (name index, per-country
 *   tables, region geometries) stays, and the code is compiled (a first pass ran before);
 * - _steady_: the same passes with those caches kept (the figure a corpus that repeats its names
 *   and stock phrases approaches, and the one earlier runs printed).
 * Rows: geoparsing alone (segment + geoparse, one article at a time), incident extraction alone
 * (on already geoparsed articles), the read stage (readReport: segment, geoparse, incidents, the
 * report's hash and manifest entry), and the whole pipeline (read + merge, control zones,
 * manifest) on batches of `batch` and on all at once.
 */
export function measureThroughput(
  name: string,
  articles: ArticleInput[],
  gaz: Gazetteer,
  batch: number,
  minMs = 2000,
  whole = true,
): Throughput[] {
  const geoparse = (a: ArticleInput) => geoparseReport(segment(a), gaz);
  const perText = (f: (a: ArticleInput) => unknown) => () => {
    for (const a of articles) {
      clearTextCaches();
      f(a);
    }
  };
  const kept = (f: (a: ArticleInput) => unknown) => () => {
    for (const a of articles) f(a);
  };
  const label = `${name} (${sizeRange(articles)} each): geoparse (segment + geoparse)`;
  const geoCold = repeat(`${label}, cold per text`, articles, minMs, perText(geoparse));
  const geo = repeat(`${label}, steady`, articles, minMs, kept(geoparse));
  const parsed = new Map(
    articles.map((a) => {
      const doc = segment(a);
      return [a, { doc, ...geoparseReport(doc, gaz) }] as const;
    }),
  );
  const extract = (a: ArticleInput) => {
    const p = parsed.get(a)!;
    extractIncidents(p.doc, p.mentions, p.places);
  };
  const incCold = repeat(
    `${name}: incident extraction alone, cold per text`,
    articles,
    minMs,
    perText(extract),
  );
  const inc = repeat(`${name}: incident extraction alone, steady`, articles, minMs, kept(extract));
  const read = (a: ArticleInput) => readReport(a, gaz);
  const readCold = repeat(`${name}: read stage (readReport), cold per text`, articles, minMs, perText(read));
  const first = { ...geoCold.first, label: `${label}, first pass (code compiling, tables being built)` };
  const rows = [
    first,
    geoCold.steady,
    geoCold.best,
    geo.steady,
    geo.best,
    incCold.steady,
    inc.steady,
    readCold.steady,
  ];
  if (!whole) return rows;
  // The whole pipeline per batch: one ingest of `batch` reports (merging and control zones work
  // across a batch, so a large batch also shows whether they grow faster than linearly).
  const wholes = [batch, articles.length]
    .filter((n, i, xs) => n > 0 && xs.indexOf(n) === i)
    .map((n) => {
      const batches: ArticleInput[][] = [];
      for (let i = 0; i + n <= articles.length; i += n) batches.push(articles.slice(i, i + n));
      const used = batches.flat();
      return repeat(`${name}: whole pipeline, batches of ${n}`, used, minMs, () => {
        for (const b of batches) runPipeline(b, gaz, { now: '2024-11-30T00:00:00Z' });
      }).steady;
    });
  return [...rows, ...wholes];
}

/** Whole pipeline on each article alone (one pass, no repeats): for big corpora. */
export function measurePipelinePerArticle(
  name: string,
  articles: ArticleInput[],
  gaz: Gazetteer,
): Throughput {
  const read = stopwatch();
  for (const a of articles) runPipeline([a], gaz, { now: '2024-11-30T00:00:00Z' });
  return {
    label: `${name}: whole pipeline, per article`,
    articles: articles.length,
    bytes: bytesOf(articles),
    ...read(),
  };
}

export interface ColdLoad {
  scope: string;
  entries: number;
  loadMs: number;
  loadCpuMs: number;
  firstGeoparseMs: number;
  firstGeoparseCpuMs: number;
  heapBaseMB: number;
  heapAfterLoadMB: number;
  heapAfterFirstGeoparseMB: number;
  rssMB: number;
}

/** Loads the gazetteer in `runs` fresh Node processes and returns each run's figures. */
export function measureColdLoad(scope: 'world' | 'pack', runs = 3): ColdLoad[] {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'measureColdLoad.ts');
  const out: ColdLoad[] = [];
  for (let i = 0; i < runs; i++) {
    const stdout = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, scope], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = stdout.trim().split('\n').pop() ?? '';
    out.push(JSON.parse(line) as ColdLoad);
  }
  return out;
}

/**
 * One long report of about `mb` MB made of the sample reports, every line numbered so that the
 * noise filter does not drop repeats, through the whole pipeline: the rate should not fall as
 * the report grows (time linear in input size).
 */
export function measureLongReport(samples: ArticleInput[], mb: number, gaz: Gazetteer): Throughput {
  // Without their noise: a teaser section or a biography would end the long report early.
  const unit = samples.map(withoutNoise).join('\n\n');
  const copies = Math.max(1, Math.round((mb * 2 ** 20) / Buffer.byteLength(unit)));
  const text = Array.from({ length: copies }, (_, i) => unit.replace(/\n/g, ` ${i}\n`)).join('\n');
  const article: ArticleInput = { id: `long-${mb}`, text, dateline: samples[0]?.dateline ?? null };
  collectGarbage();
  const read = stopwatch();
  runPipeline([article], gaz, { now: '2024-11-30T00:00:00Z' });
  return {
    label: `one long report, ${mb} MB: whole pipeline`,
    articles: 1,
    bytes: bytesOf([article]),
    ...read(),
  };
}

/** The text of a report with its excluded spans (teasers, biography, credits …) cut out. */
function withoutNoise(a: ArticleInput): string {
  let out = '';
  let at = 0;
  for (const e of [...segment(a).excluded].sort((x, y) => x.start - y.start)) {
    if (e.start > at) out += a.text.slice(at, e.start);
    at = Math.max(at, e.end);
  }
  return out + a.text.slice(at);
}
