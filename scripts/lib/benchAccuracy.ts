// The accuracy part of bench-geoparse: runs a geoparser over one corpus, scores it, and
// formats the detection and resolution rows beside the published figures.
import type { ArticleInput } from '../../src/types/model.ts';
import { loadCorpus, type CorpusName } from './corpora.ts';
import {
  addScores,
  emptyScore,
  scoreArticle,
  summarise,
  type PredictedToponym,
  type ToponymScore,
} from './scoreToponyms.ts';
import { stopwatch, type Throughput } from './benchSpeed.ts';
import { table } from './table.ts';

/** Published figures from ../shared/benchmarks/geoparsing/README.md. */
export const PUBLISHED: Record<CorpusName, { f1: number; resolved: number }> = {
  'TR-News': { f1: 0.75, resolved: 0.873 },
  GWN: { f1: 0.75, resolved: 0.941 },
  LGL: { f1: 0.69, resolved: 0.827 },
  GeoVirus: { f1: NaN, resolved: 0.82 },
};
/** Mordecai 3 end to end from raw text, within 161 km (TR-News + LGL + GWN held-out articles). */
export const MORDECAI_END_TO_END = 0.607;

export interface CorpusRun {
  name: CorpusName;
  inputs: ArticleInput[];
  exact: ToponymScore;
  overlap: ToponymScore;
  /** Time of this first pass (cold caches, JIT warming up). */
  time: Throughput;
  realigned: number;
  dropped: number;
  /** Every error with a little context, for `--dump` (written under .cache only). */
  errors: ErrorRecord[];
}

export interface ErrorRecord {
  kind: 'missed' | 'spurious' | 'far';
  article: string;
  text: string;
  context: string;
  ours?: string;
  km?: number;
}

/** Loads a corpus (first `limit` articles), geoparses every article with `predict` and scores it. */
export function runCorpus(
  name: CorpusName,
  dir: string,
  limit: number,
  predict: (input: ArticleInput) => PredictedToponym[],
): CorpusRun {
  const corpus = loadCorpus(name, dir);
  const articles = corpus.articles.slice(0, limit);
  const inputs = articles.map((a) => ({ id: `${name}-${a.id}`, text: a.text }));
  let exact = emptyScore();
  let overlap = emptyScore();
  let ms = 0;
  let cpuMs = 0;
  const errors: ErrorRecord[] = [];
  articles.forEach((a, i) => {
    const read = stopwatch();
    const predicted = predict(inputs[i]);
    const t = read();
    ms += t.ms;
    cpuMs += t.cpuMs;
    exact = addScores(exact, scoreArticle(a.toponyms, predicted, 'exact'));
    const o = scoreArticle(a.toponyms, predicted, 'overlap');
    overlap = addScores(overlap, o);
    const ctx = (x: { start: number; end: number }) =>
      a.text.slice(Math.max(0, x.start - 40), x.end + 40).replace(/\s+/g, ' ');
    const article = inputs[i].id;
    for (const m of o.misses) errors.push({ kind: 'missed', article, text: m.name, context: ctx(m) });
    for (const p of o.falsePositives)
      errors.push({ kind: 'spurious', article, text: p.text, context: ctx(p), ours: p.resolvedName });
    for (const w of o.wrong)
      errors.push({
        kind: 'far',
        article,
        text: w.gold.name,
        context: ctx(w.gold),
        ours: w.predicted.resolvedName,
        km: Math.round(w.km),
      });
  });
  const bytes = inputs.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const time = {
    label: `${name}: geoparse, first pass (cold caches, JIT)`,
    articles: inputs.length,
    bytes,
    ms,
    cpuMs,
  };
  return { name, inputs, exact, overlap, time, realigned: corpus.realigned, dropped: corpus.dropped, errors };
}

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

/** The detection and resolution tables of several corpus runs, as printable text. */
export function accuracyTables(runs: CorpusRun[]): string {
  const det = runs.map((r) => {
    const e = summarise(r.exact);
    const o = summarise(r.overlap);
    return [
      r.name,
      String(r.inputs.length),
      String(r.exact.tp + r.exact.fn),
      f2(e.precision),
      f2(e.recall),
      f2(e.f1),
      f2(o.precision),
      f2(o.recall),
      f2(o.f1),
      f2(PUBLISHED[r.name].f1),
    ];
  });
  const res = runs.map((r) => {
    const o = summarise(r.overlap);
    return [
      r.name,
      String(r.overlap.goldWithCoords),
      String(r.overlap.detectedWithCoords),
      pct(o.accDetected),
      pct(o.accDetectedPoint),
      pct(PUBLISHED[r.name].resolved),
      pct(o.accEndToEnd),
      pct(o.accEndToEndPoint),
      pct(MORDECAI_END_TO_END),
      o.medianKm.toFixed(0),
    ];
  });
  return [
    'Place detection, end to end from raw text (exact = same span; overlap = spans share a character):',
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
      det,
    ),
    '',
    'Resolution, share within 161 km (overlapping spans; "area" counts a gold point inside the area we chose as 0 km, "point" uses point distance only):',
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
      res,
    ),
  ].join('\n');
}

/** Figures of a run for the JSON record (no article text). */
export function runFigures(r: CorpusRun) {
  const counts = (s: ToponymScore) => ({
    tp: s.tp,
    fp: s.fp,
    fn: s.fn,
    neutral: s.neutral,
    goldWithCoords: s.goldWithCoords,
    detectedWithCoords: s.detectedWithCoords,
    within: s.within,
    withinPoint: s.withinPoint,
  });
  return {
    articles: r.inputs.length,
    exact: { ...counts(r.exact), ...summarise(r.exact) },
    overlap: { ...counts(r.overlap), ...summarise(r.overlap) },
    realigned: r.realigned,
    dropped: r.dropped,
  };
}
