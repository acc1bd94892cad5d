// The app's side of the pipeline worker: one lazily created worker, one promise per request.
import type {
  ArticleInput,
  ControlFeature,
  GazetteerEntry,
  IncidentFeature,
  PlaceFeature,
} from '../../types/model.ts';
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
 * Runs the pipeline in the worker on every report the user added so far.
 *
 * @example
 * const reply = await runInWorker([{ id: 'a', text: '…' }]); // reply.ok && reply.output
 */
export function runInWorker(articles: ArticleInput[]): Promise<WorkerResponse> {
  return ask({ kind: 'run', articles });
}

/** Gazetteer entries from the browser pack; ids it lacks are left out. */
export async function entriesInWorker(
  ids: string[],
): Promise<{ entries: GazetteerEntry[]; errors: string[] }> {
  const reply = await ask({ kind: 'entries', ids });
  return { entries: reply.ok ? (reply.entries ?? []) : [], errors: reply.errors };
}

/** Control zones rebuilt for these incidents and places, or the errors that stopped it. */
export async function controlInWorker(
  incidents: IncidentFeature[],
  places: PlaceFeature[],
): Promise<{ control: ControlFeature[] | null; errors: string[] }> {
  const reply = await ask({ kind: 'control', incidents, places });
  return { control: reply.ok ? (reply.control ?? null) : null, errors: reply.errors };
}
