// The accuracy part of bench-geoparse, scored from the outside: each corpus is written out as a
// folder of report files, the CLI's ingest reads it as a user's reports, and the places.geojson
// it writes is scored against the gold toponyms (scoreToponyms.ts). The tables put each figure
// beside the published ones.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput, PlaceFeature } from '../../src/types/model.ts';
import { loadCorpus, type CorpusArticle, type CorpusName } from './corpora.ts';
import {
  addScores,
  emptyScore,
  scoreArticle,
  summarise,
  type GoldSet,
  type PredictedToponym,
  type ToponymScore,
} from './scoreToponyms.ts';
import { readOutput, runIngest } from './testsetsRun.ts';
import { toponymsByArticle } from './predictToponyms.ts';
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

/** One scored gold set of a corpus (GWN has two: every toponym with coordinates, and the literal ones). */
export interface ScoredSet {
  label: string;
  set: GoldSet;
  exact: ToponymScore;
  overlap: ToponymScore;
}

export interface CorpusRun {
  name: CorpusName;
  inputs: ArticleInput[];
  sets: ScoredSet[];
  realigned: number;
  dropped: number;
  /** Every error of the first set with a little context, for `--dump` (written under .cache only). */
  errors: ErrorRecord[];
  /** Wall time of the CLI's ingest over the corpus (ms), or of the in-process predictor. */
  ms: number;
}

export interface ErrorRecord {
  kind: 'missed' | 'spurious' | 'far';
  article: string;
  text: string;
  context: string;
  ours?: string;
  km?: number;
}

/** The gold sets scored for a corpus: GWN's two (see docs/benchmarks.md), one for the others. */
export function goldSets(name: CorpusName): { label: string; set: GoldSet }[] {
  return name === 'GWN'
    ? [
        { label: 'GWN (all with coordinates)', set: 'withCoords' },
        { label: 'GWN (literal)', set: 'places' },
      ]
    : [{ label: name, set: 'places' }];
}

/**
 * Writes a corpus as a folder of report files the CLI reads (`0000.txt`, … and an index.json
 * naming each report `<corpus>-<docid>`), exactly as given: offsets in the output index them.
 */
export function writeReports(name: CorpusName, articles: CorpusArticle[], dir: string): ArticleInput[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const inputs = articles.map((a, i) => ({
    id: `${name}-${a.id}`,
    file: `${String(i).padStart(4, '0')}.txt`,
    text: a.text,
  }));
  for (const a of inputs) writeFileSync(path.join(dir, a.file), a.text);
  const index = inputs.map((a) => ({ id: a.id, file: a.file, outlet: null, dateline: null }));
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ articles: index }, null, 1));
  return inputs;
}

/**
 * Scores one corpus (its first `limit` articles). Without `predict`, the reports go through
 * the CLI's ingest into `workDir/<corpus>/out` and its places.geojson is scored; with `predict`
 * (the naive baseline), each text is predicted in this process.
 */
export function runCorpus(
  name: CorpusName,
  dir: string,
  limit: number,
  workDir: string,
  predict?: (input: ArticleInput) => PredictedToponym[],
): CorpusRun {
  const corpus = loadCorpus(name, dir);
  const articles = corpus.articles.slice(0, limit);
  const reports = path.join(workDir, name, 'reports');
  const out = path.join(workDir, name, 'out');
  const inputs = writeReports(name, articles, reports);
  const t0 = performance.now();
  let byArticle: Map<string, PredictedToponym[]>;
  if (predict) byArticle = new Map(inputs.map((a) => [a.id, predict(a)]));
  else {
    runIngest(reports, out, true);
    const places = readOutput(out).places.features as unknown as PlaceFeature[];
    byArticle = toponymsByArticle(places);
  }
  const ms = performance.now() - t0;
  const sets = goldSets(name).map(({ label, set }) => {
    let exact = emptyScore();
    let overlap = emptyScore();
    articles.forEach((a, i) => {
      const predicted = byArticle.get(inputs[i].id) ?? [];
      exact = addScores(exact, scoreArticle(a.toponyms, predicted, 'exact', set));
      overlap = addScores(overlap, scoreArticle(a.toponyms, predicted, 'overlap', set));
    });
    return { label, set, exact, overlap };
  });
  const errors = errorRecords(articles, inputs, byArticle, sets[0].set);
  return { name, inputs, sets, realigned: corpus.realigned, dropped: corpus.dropped, errors, ms };
}

/** Misses, spurious mentions and far resolutions (overlap mode) with 40 characters of context. */
function errorRecords(
  articles: CorpusArticle[],
  inputs: ArticleInput[],
  byArticle: Map<string, PredictedToponym[]>,
  set: GoldSet,
): ErrorRecord[] {
  const errors: ErrorRecord[] = [];
  articles.forEach((a, i) => {
    const o = scoreArticle(a.toponyms, byArticle.get(inputs[i].id) ?? [], 'overlap', set);
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
  return errors;
}

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

/** The detection and resolution tables of several corpus runs, as printable text. */
export function accuracyTables(runs: CorpusRun[]): string {
  const rows = runs.flatMap((r) => r.sets.map((s) => ({ r, s })));
  const det = rows.map(({ r, s }) => {
    const e = summarise(s.exact);
    const o = summarise(s.overlap);
    return [
      s.label,
      String(r.inputs.length),
      String(s.exact.tp + s.exact.fn),
      f2(e.precision),
      f2(e.recall),
      f2(e.f1),
      f2(o.precision),
      f2(o.recall),
      f2(o.f1),
      f2(PUBLISHED[r.name].f1),
    ];
  });
  const res = rows.map(({ r, s }) => {
    const o = summarise(s.overlap);
    return [
      s.label,
      String(s.overlap.goldWithCoords),
      String(s.overlap.detectedWithCoords),
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
    "Place detection, end to end from raw text, scored on the CLI's places.geojson (exact = same span; overlap = spans share a character; a mention matching no gold toponym is a false positive):",
    table(
      [
        'gold set',
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
    "Resolution, share within 161 km (overlapping spans; geometry rule: 0 km inside the mapped area, else the distance to the place's point; point rule: the distance to its one point):",
    table(
      [
        'gold set',
        'gold with coords',
        'detected',
        'of detected, geometry',
        'of detected, point',
        'published (gold names given)',
        'end to end, geometry',
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
    sets: r.sets.map((s) => ({
      label: s.label,
      set: s.set,
      exact: { ...counts(s.exact), ...summarise(s.exact) },
      overlap: { ...counts(s.overlap), ...summarise(s.overlap) },
    })),
    realigned: r.realigned,
    dropped: r.dropped,
    ingestMs: Math.round(r.ms),
  };
}
