// The app's side of the pipeline worker: one lazily created worker, one promise per request.
import type { ArticleInput, ControlFeature, GazetteerEntry } from '../../types/model.ts';
import type { ReportReading } from '../../pipeline/readReport.ts';
import type { WorkerRequest, WorkerResponse } from '../../worker/messages.ts';
import { assetUrl } from './loadData.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: WorkerResponse) => void>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../worker/pipeline.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
    pending.get(e.data.id)?.(e.data);
    pending.delete(e.data.id);
  };
  worker.onerror = (e) => {
    for (const [id, resolve] of pending)
      resolve({ id, ok: false, errors: [`the pipeline worker failed: ${e.message}`] });
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

type Body = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id' | 'packUrl'>
    : never
  : never;

function ask(body: Body): Promise<WorkerResponse> {
  const id = nextId++;
  const request = { ...body, id, packUrl: assetUrl('gazetteer/pack.json') } as WorkerRequest;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage(request);
  });
}

/**
 * Reads `articles` in the worker and merges them, with the user's earlier reports (`readings`),
 * into the loaded map; with no articles, rebuilds the map from the loaded and the given readings.
 *
 * @example
 * const reply = await mergeInWorker([{ id: 'a', text: '…' }], stored, []); // reply.merge?.output
 */
export function mergeInWorker(
  articles: ArticleInput[],
  readings: ReportReading[],
  controlOverrides: ControlFeature[],
  baseArticles: number,
): Promise<WorkerResponse> {
  return ask({
    kind: 'merge',
    articles,
    readings,
    controlOverrides,
    baseArticles,
    baseUrls: { readings: assetUrl('data/readings.json'), places: assetUrl('data/places.geojson') },
  });
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
