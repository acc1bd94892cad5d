// The app's side of the pipeline worker: one lazily created worker, one promise per run.
import type { ArticleInput } from '../../types/model.ts';
import type { RunRequest, RunResponse } from '../../worker/messages.ts';
import { assetUrl } from './loadData.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: RunResponse) => void>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../worker/pipeline.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<RunResponse>) => {
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

/**
 * Runs the pipeline in the worker on every report the user added so far.
 *
 * @example
 * const reply = await runInWorker([{ id: 'a', text: '…' }]); // reply.ok && reply.output
 */
export function runInWorker(articles: ArticleInput[]): Promise<RunResponse> {
  const id = nextId++;
  const request: RunRequest = { id, packUrl: assetUrl('gazetteer/pack.json'), articles };
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage(request);
  });
}
