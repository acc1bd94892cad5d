// The app's side of the pipeline worker: one lazily created worker, one promise per request.
// A merge reports its progress; Cancel stops the worker outright (a report being read cannot be
// interrupted any other way), answers every pending request as cancelled, and the next request
// starts a fresh worker.
import type { ArticleInput, ControlFeature, GazetteerEntry } from '../../types/model.ts';
import type { ReportReading } from '../../pipeline/readReport.ts';
import type { MergeProgress, WorkerMessage, WorkerRequest, WorkerResponse } from '../../worker/messages.ts';
import { assetUrl } from './loadData.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: WorkerResponse) => void>();
const listeners = new Map<number, (p: MergeProgress) => void>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../worker/pipeline.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    const m = e.data;
    if ('progress' in m) {
      listeners.get(m.id)?.(m.progress);
      return;
    }
    pending.get(m.id)?.(m);
    pending.delete(m.id);
    listeners.delete(m.id);
  };
  worker.onerror = (e) => {
    for (const [id, resolve] of pending)
      resolve({ id, ok: false, errors: [`the pipeline worker failed: ${e.message}`] });
    pending.clear();
    listeners.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/**
 * Stops whatever the worker is doing: every pending request is answered `cancelled` (nothing it
 * would have changed is changed). Returns whether anything was running.
 *
 * @example
 * cancelWorker(); // the merge's promise resolves { ok: false, cancelled: true, errors: [] }
 */
export function cancelWorker(): boolean {
  if (!worker || !pending.size) return false;
  worker.terminate();
  worker = null;
  for (const [id, resolve] of pending) resolve({ id, ok: false, cancelled: true, errors: [] });
  pending.clear();
  listeners.clear();
  return true;
}

type Body = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id' | 'packUrl'>
    : never
  : never;

function ask(body: Body, onProgress?: (p: MergeProgress) => void): Promise<WorkerResponse> {
  const id = nextId++;
  const request = { ...body, id, packUrl: assetUrl('gazetteer/pack.json') } as WorkerRequest;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    if (onProgress) listeners.set(id, onProgress);
    getWorker().postMessage(request);
  });
}

/**
 * Reads `articles` in the worker and merges them, with the user's earlier reports (`readings`),
 * into the loaded map; with no articles, rebuilds the map from the loaded and the given readings.
 * `onProgress` hears how far it has got; `cancelWorker()` stops it.
 *
 * @example
 * const reply = await mergeInWorker([{ id: 'a', text: '…' }], stored, [], { articles: 5 }); // reply.merge?.output
 */
export function mergeInWorker(
  articles: ArticleInput[],
  readings: ReportReading[],
  controlOverrides: ControlFeature[],
  base: { articles: number; digest?: string },
  onProgress?: (p: MergeProgress) => void,
): Promise<WorkerResponse> {
  return ask(
    {
      kind: 'merge',
      articles,
      readings,
      controlOverrides,
      baseArticles: base.articles,
      ...(base.digest ? { baseDigest: base.digest } : {}),
      baseUrls: { readings: assetUrl('data/readings.json'), places: assetUrl('data/places.geojson') },
    },
    onProgress,
  );
}

/** Gazetteer entries from the browser pack; ids it lacks are left out. */
export async function entriesInWorker(
  ids: string[],
): Promise<{ entries: GazetteerEntry[]; errors: string[] }> {
  const reply = await ask({ kind: 'entries', ids });
  return { entries: reply.ok ? (reply.entries ?? []) : [], errors: reply.errors };
}

/** Gazetteer entries whose names match `query`, best first (the pack is loaded on first use). */
export async function searchInWorker(query: string, limit = 8): Promise<GazetteerEntry[]> {
  const reply = await ask({ kind: 'search', query, limit });
  return reply.ok ? (reply.entries ?? []) : [];
}
