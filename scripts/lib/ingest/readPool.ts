// Reads reports with readReport, in worker threads (node:worker_threads, one gazetteer each) or
// in this thread. Results come back as they are done, in any order; the caller puts them back
// in report order. At most `window` reports past the oldest unfinished one are in flight, so a
// long report never lets the results waiting for it pile up. A report whose reading throws is a
// failure naming it; a worker that dies fails only the reports it held and is replaced.
import { Worker } from 'node:worker_threads';
import type { Geometry } from 'geojson';
import type { ArticleInput } from '../../../src/types/model.ts';
import type { Gazetteer } from '../../../src/gazetteer/Gazetteer.ts';
import { readReport, type ReportReading } from '../../../src/pipeline/readReport.ts';
import { fillReading, type GeometryTable } from './slimReading.ts';
import { peakOf, type ThreadMemory } from './threadMemory.ts';

export interface ReadRequest {
  seq: number;
  article: ArticleInput;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | {
      type: 'reading';
      seq: number;
      reading: ReportReading;
      geometries: [string, Geometry | null][];
      /** The worker thread's CPU time so far (threadCpuMs). */
      cpuMs: number | null;
      /** The worker thread's memory now (threadMemory). */
      memory: ThreadMemory;
    }
  | { type: 'failed'; seq: number; message: string; cpuMs: number | null; memory: ThreadMemory };

export type ReadResult = { seq: number; reading: ReportReading } | { seq: number; error: string };

export interface PoolOptions {
  /** Worker threads; 0 reads in this thread with `gazetteer`. */
  workers: number;
  /** The worker script (dist-cli/read-worker.mjs); required when workers > 0. */
  workerFile?: string;
  /** Boundaries file the workers apply to their gazetteer, as the main thread does. */
  boundaries?: string;
  /** The gazetteer of this thread, for workers = 0. */
  gazetteer?: () => Promise<Gazetteer>;
  /** Reports past the oldest unfinished one that may be in flight (default 256). */
  window?: number;
  /** Reports each worker holds at once (default 4: one reading, the next ones queued). */
  perWorker?: number;
}

/** What the reading cost the worker threads: each one's CPU time (ms) and peak memory, replaced ones too. */
export interface PoolStats {
  workerCpuMs: number[];
  workerPeakMemory: ThreadMemory[];
}

/**
 * Reads every request and calls `done` once per request (a reading or an error).
 *
 * @example
 * await readReports(requests, { workers: 2, workerFile }, (r) => results.set(r.seq, r));
 */
export async function readReports(
  requests: ReadRequest[],
  options: PoolOptions,
  done: (r: ReadResult) => void,
): Promise<PoolStats> {
  if (requests.length === 0 || options.workers <= 0) {
    await readHere(requests, options, done);
    return { workerCpuMs: [], workerPeakMemory: [] };
  }
  if (!options.workerFile) throw new Error('readReports: workers need a worker file');
  return readInWorkers(requests, options, done);
}

async function readHere(requests: ReadRequest[], options: PoolOptions, done: (r: ReadResult) => void) {
  if (!requests.length) return;
  if (!options.gazetteer) throw new Error('readReports: reading in this thread needs a gazetteer');
  const gazetteer = await options.gazetteer();
  let lastYield = performance.now();
  for (const req of requests) {
    try {
      done({ seq: req.seq, reading: readReport(req.article, gazetteer) });
    } catch (err) {
      done({ seq: req.seq, error: err instanceof Error ? err.message : String(err) });
    }
    // Let timers (the progress line) run now and then.
    if (performance.now() - lastYield > 100) {
      await new Promise((r) => setImmediate(r));
      lastYield = performance.now();
    }
  }
}

interface Slot {
  worker: Worker;
  held: Set<number>;
  ready: boolean;
  /** The worker's CPU time as last reported. */
  cpuMs: number;
  /** The most memory it reported holding. */
  peak: ThreadMemory | null;
}

function readInWorkers(
  requests: ReadRequest[],
  options: PoolOptions,
  done: (r: ReadResult) => void,
): Promise<PoolStats> {
  const window = options.window ?? 256;
  const perWorker = options.perWorker ?? 4;
  const count = Math.min(options.workers, requests.length);
  const geometries: GeometryTable = new Map();
  const unfinished = new Set<number>();
  let next = 0;
  let finished = 0;
  let replacements = 0;
  const slots: Slot[] = [];
  const lost: Slot[] = [];

  return new Promise<PoolStats>((resolve, reject) => {
    let settled = false;
    const stop = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const s of slots) void s.worker.terminate();
      if (err) reject(err);
      else {
        const all = [...slots, ...lost];
        resolve({
          workerCpuMs: all.map((s) => s.cpuMs),
          workerPeakMemory: all.map((s) => s.peak ?? { heapMB: 0, externalMB: 0 }),
        });
      }
    };
    // The report order number (seq) of the oldest report not yet done: the first in flight, else
    // the next to send. Seqs count every report of the folder, cached ones too, so a run whose
    // first hundreds of reports came from the cache starts at a seq far above 0.
    const oldest = () => {
      for (const seq of unfinished) return seq;
      return next < requests.length ? requests[next].seq : Infinity;
    };
    const finish = (r: ReadResult) => {
      if (!unfinished.delete(r.seq)) return;
      finished++;
      done(r);
      if (finished === requests.length) stop();
    };
    const feed = (slot: Slot) => {
      while (
        slot.ready &&
        slot.held.size < perWorker &&
        next < requests.length &&
        requests[next].seq - oldest() < window
      ) {
        const req = requests[next++];
        unfinished.add(req.seq);
        slot.held.add(req.seq);
        slot.worker.postMessage(req);
      }
    };
    const feedAll = () => slots.forEach(feed);
    const spawn = (): Slot => {
      const worker = new Worker(options.workerFile!, { workerData: { boundaries: options.boundaries } });
      const slot: Slot = { worker, held: new Set(), ready: false, cpuMs: 0, peak: null };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'ready') {
          slot.ready = true;
          feed(slot);
        } else if (m.type === 'fatal') stop(new Error(m.message));
        else {
          slot.held.delete(m.seq);
          if (typeof m.cpuMs === 'number') slot.cpuMs = m.cpuMs;
          if (m.memory) slot.peak = peakOf(slot.peak, m.memory);
          if (m.type === 'failed') finish({ seq: m.seq, error: m.message });
          else {
            for (const [id, g] of m.geometries) if (!geometries.has(id)) geometries.set(id, g);
            let result: ReadResult;
            try {
              result = { seq: m.seq, reading: fillReading(m.reading, geometries) };
            } catch (err) {
              result = { seq: m.seq, error: (err as Error).message };
            }
            finish(result);
          }
          feedAll();
        }
      });
      const gone = (why: string) => {
        if (settled || !slots.includes(slot)) return;
        const held = [...slot.held];
        slot.held.clear();
        slots.splice(slots.indexOf(slot), 1);
        lost.push(slot);
        for (const seq of held) finish({ seq, error: `the reading stopped (${why})` });
        if (settled) return;
        if (replacements++ >= 2 * count) return stop(new Error(`worker threads keep stopping (${why})`));
        slots.push(spawn());
        feedAll();
      };
      worker.on('error', (err) => gone(err.message));
      worker.on('exit', (code) => gone(`worker exited with code ${code}`));
      return slot;
    };
    for (let i = 0; i < count; i++) slots.push(spawn());
  });
}
