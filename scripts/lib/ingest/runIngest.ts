// One ingest run: reports (folders, files) → the app's files. The pipeline's two halves as the CLI
// runs them at scale:
//   1. list the reports (readReportPaths) and key each one (readingKey);
//   2. take the readings the cache has; read the others with readReport in worker threads (or in
//      this thread for a handful), storing each new reading in the cache as it comes;
//   3. feed every reading, in report order, to one ReportCombiner (merging and control zones stay
//      single and deterministic: the output does not depend on the number of workers, on the
//      cache, or on the order readings come back), writing readings.json as they pass;
//   4. write the layers and the manifest, streamed, as one set.
// A report that cannot be read is named in a warning and left out; the rest carry on. Errors
// the user can fix are IngestErrors (one line); a write that fails is an OutputError naming the
// path, and the output already there is then as it was.
import { cpus } from 'node:os';
import type { ArticleInput, ControlFeature } from '../../../src/types/model.ts';
import type { Gazetteer } from '../../../src/gazetteer/Gazetteer.ts';
import { readReport, type ReportReading } from '../../../src/pipeline/readReport.ts';
import { ReportCombiner, type CombinedReading } from '../../../src/pipeline/combineReports.ts';
import { readReportPaths } from '../readArticles.ts';
import { ingestGazetteer, type BoundariesImport } from './ingestGazetteer.ts';
import { attachStoredNames } from '../storedNames.ts';
import { readReports, type ReadRequest, type ReadResult } from './readPool.ts';
import { cacheNamespace, ReadingCache, readingKey } from './readingCache.ts';
import { Progress, type ProgressOptions } from './progress.ts';
import { threadCpuMs } from './threadCpu.ts';
import { peakOf, threadMemory, type ThreadMemory } from './threadMemory.ts';
import { OutputWriter, readingText } from '../writeOutputs.ts';
import type { ItemText, StoredText } from './jsonStream.ts';
import { ControlMemoFile } from './controlMemoFile.ts';

export interface IngestOptions {
  /** The reports: folders of them, files, or both (readReportPaths). */
  inputs: string[];
  /** The reports and warnings when the caller has listed them already (then not warned again). */
  listed?: { articles: ArticleInput[]; warnings: { file: string; message: string }[] };
  /** Output folder. */
  out: string;
  /** Worker threads for reading (default: one per core). */
  workers?: number;
  /** dist-cli/read-worker.mjs; without it every report is read in this thread. */
  workerFile?: string;
  /** Reading cache folder, or null for none. */
  cacheDir: string | null;
  /** What the readings depend on besides the gazetteer (the reading code's hash). */
  codeVersion: string;
  /**
   * The combining code's hash: with a cache, control's costliest answers are kept in it under
   * this version (controlMemoFile.ts) and a re-run takes those its inputs leave unchanged.
   */
  combineVersion?: string;
  /** Boundaries file (see ingestGazetteer), and its content when already read. */
  boundaries?: string;
  boundariesJson?: unknown;
  /** What the boundaries did, once the gazetteer is loaded (throw to stop before writing). */
  onBoundaries?: (b: BoundariesImport) => void;
  controlOverrides?: ControlFeature[];
  /** Texts of the reports to write as local/articles.json (the default output only). */
  writeTexts?: boolean;
  /** Ctrl-C held while the output is written and swapped in (the CLI). */
  holdSignals?: boolean;
  /** Manifest timestamp (tests). */
  now?: string;
  /** Progress bar or lines; null for none. */
  progress?: ProgressOptions['stream'] | null;
  log?: (line: string) => void;
  warn?: (line: string) => void;
  /** Readings per cache segment (default 500). */
  cacheFlushEvery?: number;
  /** Test hook: the process kills itself (SIGKILL, no clean-up) after this many new readings. */
  crashAfter?: number;
}

export interface IngestSummary {
  articles: number;
  read: number;
  cached: number;
  failed: number;
  workers: number;
  warnings: { file: string; message: string }[];
  counts: { places: number; mentions: number; incidents: number; controlFeatures: number };
  /**
   * Wall milliseconds of each stage: list (find and key the reports), gazetteer (load it, open
   * the cache), read (readReport, in workers or here, and cache reads), fold (readings into the
   * combiner and readings.json as they come), places, merge, control, manifest (combineReports'
   * stages), write (the other files, streamed, and the swap).
   */
  times: Record<string, number>;
  /**
   * CPU milliseconds of the same stages, every thread of the process (process.cpuUsage): `read`
   * holds the reading in workers and the folding done meanwhile (no `fold` of its own).
   */
  cpu: Record<string, number>;
  /**
   * CPU milliseconds by thread (Linux; null elsewhere): this one (listing, merge, control zones,
   * writing, and reading when no workers run) and each worker thread. What `cpuMs` has beyond
   * their sum went to V8's and libuv's helper threads (garbage collection, file reads).
   */
  threads: { mainMs: number | null; workersMs: number[] };
  /**
   * Memory: the process's peak RSS (MB) as it stood at the end of each stage (the stage where it
   * last grew holds the run's peak), and the peak of each thread's V8 heap and of what it holds
   * outside the heap (the gazetteer's columns and name index), sampled as readings come in.
   */
  memory: { maxRssMB: Record<string, number>; main: ThreadMemory; workers: ThreadMemory[] };
}

/** Fewer reports to read than this are read in this thread: a worker costs a gazetteer load. */
export const IN_THREAD_BELOW = 64;

/** How many worker threads a run of `toRead` reports uses (0: this thread). */
export function workersFor(
  toRead: number,
  wanted: number | undefined,
  workerFile: string | undefined,
): number {
  const n = wanted ?? cpus().length;
  if (!workerFile || n <= 1 || toRead < IN_THREAD_BELOW) return 0;
  return Math.min(n, Math.ceil(toRead / 16));
}

/**
 * Runs an ingest; throws an Error with a one-line message when it cannot (no gazetteer, output
 * not writable). Files that cannot be read are warnings, not errors.
 *
 * @example
 * await runIngest({ inputs: ['reports'], out: 'public/data', cacheDir: '.cache/readings', codeVersion: 'dev' });
 */
export async function runIngest(o: IngestOptions): Promise<IngestSummary> {
  const log = o.log ?? (() => {});
  const warn = o.warn ?? (() => {});
  const times: Record<string, number> = { list: 0, gazetteer: 0, read: 0, fold: 0 };
  const cpu: Record<string, number> = {};
  let t = performance.now();
  let c = cpuMs();
  const maxRssMB: Record<string, number> = {};
  let mainPeak: ThreadMemory | null = null;
  const sampleMemory = () => (mainPeak = peakOf(mainPeak, threadMemory()));
  const rssAt = (stage: string) => {
    sampleMemory();
    maxRssMB[stage] = Math.round(process.resourceUsage().maxRSS / 1024);
  };
  const lap = (stage: string) => {
    const [now, cNow] = [performance.now(), cpuMs()];
    times[stage] = (times[stage] ?? 0) + now - t;
    cpu[stage] = (cpu[stage] ?? 0) + cNow - c;
    [t, c] = [now, cNow];
    rssAt(stage);
  };

  const listed = o.listed ?? readReportPaths(o.inputs);
  const warnings = [...listed.warnings];
  if (!o.listed) for (const w of warnings) warn(`warning: ${w.file}: ${w.message}`);
  const articles = listed.articles;
  const keys = articles.map(readingKey);
  lap('list');

  // The cache first: how many reports are left to read decides where they are read.
  const wantWorkers = o.workers ?? cpus().length;
  const mayUseWorkers = !!o.workerFile && wantWorkers > 1 && articles.length >= IN_THREAD_BELOW;
  const main = await ingestGazetteer({
    boundaries: o.boundaries,
    boundariesJson: o.boundariesJson,
    names: mayUseWorkers ? 'lazy' : 'stored',
  });
  if (main.boundaries) {
    if (o.onBoundaries) o.onBoundaries(main.boundaries);
    else {
      const b = main.boundaries;
      log(`boundaries ${o.boundaries}: ${b.replaced} replaced, ${b.added} added`);
      for (const e of b.errors.slice(0, 10)) warn(`warning: --boundaries ${o.boundaries}: ${e}`);
    }
  }
  const gazetteer: Gazetteer = main.gazetteer;
  let cache: ReadingCache | null = null;
  if (o.cacheDir)
    try {
      cache = ReadingCache.open({
        dir: o.cacheDir,
        namespace: cacheNamespace(`${gazetteer.version}|${o.boundaries ?? ''}`, o.codeVersion),
        flushEvery: o.cacheFlushEvery,
      });
    } catch (err) {
      // The cache only saves time: without it every report is read.
      warn(
        `warning: reading cache ${o.cacheDir} cannot be used, every report is read: ${(err as Error).message}`,
      );
    }
  const cached = keys.map((k) => cache?.has(k) ?? false);
  const requests: ReadRequest[] = [];
  articles.forEach((a, seq) => {
    if (!cached[seq]) requests.push({ seq, article: a });
  });
  const workers = workersFor(requests.length, o.workers, o.workerFile);
  // Loaded for workers, but the cache left few enough reports to read them here: this thread
  // geoparses after all, with the stored name index (not one built from the world on first use).
  if (mayUseWorkers && workers === 0 && requests.length && !o.boundaries) attachStoredNames(gazetteer);
  lap('gazetteer');

  // Only with the cache: --no-cache computes everything, as a first run does.
  const memo = cache && o.combineVersion ? new ControlMemoFile(cache.dir, o.combineVersion) : null;
  const combiner = new ReportCombiner(gazetteer, {
    now: o.now,
    warnings,
    controlOverrides: o.controlOverrides,
    controlMemo: memo ?? undefined,
  });
  const writer = new OutputWriter(o.out);
  const readingsOut = writer.readings();
  const results = new Map<number, ReadResult>();
  let cursor = 0;
  let failed = 0;
  let newReadings = 0;
  let combineMs = 0;
  let folded = 0;
  // A reading's text in readings.json is made once: when it is read, for the cache and the file
  // both; a cached reading's is the cache's.
  const texts = new Map<number, ItemText>();
  // A reading with its text (a cache's may lack its mentions: combining only counts them).
  const foldText = (r: CombinedReading, text: ItemText | StoredText) => {
    const t0 = performance.now();
    combiner.add(r);
    readingsOut.pushText(text);
    combineMs += performance.now() - t0;
    if (++folded % 16 === 0) sampleMemory();
  };
  const fold = (r: ReportReading, text?: ItemText | StoredText | null) => {
    if (text) return foldText(r, text);
    const t0 = performance.now();
    combiner.add(r);
    readingsOut.push(r);
    combineMs += performance.now() - t0;
    if (++folded % 16 === 0) sampleMemory();
  };
  // Readings are folded in report order: cached ones when their turn comes, read ones when done.
  const advance = () => {
    while (cursor < articles.length) {
      const a = articles[cursor];
      if (cached[cursor]) {
        const got = cache!.getForCombining(keys[cursor], a);
        if (got?.text) foldText(got.reading, got.text);
        else if (got) fold(got.reading);
        else {
          // The entry could not be read back: read the report here and now.
          const res = readHereNow(a, gazetteer);
          if ('reading' in res) fold(res.reading);
          else fail(a, res.error);
        }
      } else {
        const res = results.get(cursor);
        if (!res) return;
        results.delete(cursor);
        if ('reading' in res) fold(res.reading, texts.get(cursor));
        texts.delete(cursor);
      }
      cursor++;
    }
  };
  const fail = (a: ArticleInput, message: string) => {
    failed++;
    const w = { file: a.file ?? a.id, message: `could not be read, left out: ${message}` };
    warnings.push(w);
    warn(`warning: ${w.file}: ${w.message}`);
  };
  const progress =
    o.progress && requests.length
      ? new Progress('reports read', requests.length, { stream: o.progress })
      : null;
  try {
    const pool = await readReports(
      requests,
      { workers, workerFile: o.workerFile, boundaries: o.boundaries, gazetteer: async () => gazetteer },
      (res) => {
        const a = articles[res.seq];
        if ('reading' in res) {
          if (cache) {
            const text = readingText(res.reading);
            cache.put(keys[res.seq], res.reading, text);
            texts.set(res.seq, text);
          }
          if (o.crashAfter !== undefined && ++newReadings >= o.crashAfter)
            process.kill(process.pid, 'SIGKILL');
        } else fail(a, res.error);
        results.set(res.seq, res);
        progress?.tick('error' in res);
        advance();
      },
    );
    advance();
    progress?.end();
    cache?.close();
    times.read = performance.now() - t - combineMs;
    times.fold = combineMs;
    cpu.read = cpuMs() - c;
    [t, c] = [performance.now(), cpuMs()];
    rssAt('read');
    const output = combiner.finish(lap);
    if (memo)
      try {
        memo.save();
      } catch (err) {
        // The memo only saves time: the next run computes what it lacks.
        warn(`warning: control memo ${memo.file} not written: ${(err as Error).message}`);
      }
    // Next to the default output only: the texts of the reports kept, so a local app can quote them.
    const kept = new Set(output.manifest.articles.map((a) => a.id));
    writer.write(output, {
      holdSignals: o.holdSignals,
      extra: o.writeTexts
        ? {
            'local/articles.json': articles
              .filter((a) => kept.has(a.id))
              .map((a) => ({ id: a.id, text: a.text })),
          }
        : undefined,
    });
    lap('write');
    const counts = output.manifest.counts;
    return {
      articles: articles.length,
      read: requests.length,
      cached: articles.length - requests.length,
      failed,
      workers,
      warnings,
      counts: {
        places: counts.places,
        mentions: counts.mentions,
        incidents: counts.incidents,
        controlFeatures: counts.controlFeatures,
      },
      times,
      cpu,
      threads: { mainMs: threadCpuMs(), workersMs: pool.workerCpuMs },
      memory: { maxRssMB, main: mainPeak ?? threadMemory(), workers: pool.workerPeakMemory },
    };
  } catch (err) {
    writer.abort();
    cache?.close();
    throw err;
  }
}

/** CPU milliseconds of this process so far, every thread. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function readHereNow(a: ArticleInput, gazetteer: Gazetteer): { reading: ReportReading } | { error: string } {
  try {
    return { reading: readReport(a, gazetteer) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
