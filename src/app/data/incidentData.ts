// The page's side of the incident data worker (src/app/data/incidentData.worker.ts): one worker,
// one promise per request. The worker parses incidents.geojson, keeps the full records and
// cuts the tiles; the page gets light rows, tiles and, per incident, its full record.
import type { IncidentFeature } from '../../types/model.ts';
import type { IncidentRowFeature } from '../model/incidentRow.ts';
import { fromColumns, toColumns } from '../model/incidentColumns.ts';
import type { IncidentDataReply, IncidentDataRequest } from './incidentDataMessages.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: IncidentDataReply) => void>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./incidentData.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<IncidentDataReply>) => {
    pending.get(e.data.id)?.(e.data);
    pending.delete(e.data.id);
  };
  worker.onerror = (e) => {
    for (const [id, resolve] of pending)
      resolve({ id, ok: false, error: `the incident worker failed: ${e.message}` });
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

type Body = IncidentDataRequest extends infer R
  ? R extends IncidentDataRequest
    ? Omit<R, 'id'>
    : never
  : never;

function ask(body: Body, transfer: Transferable[] = []): Promise<IncidentDataReply & { ok: true }> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, (r) => (r.ok ? resolve(r) : reject(new Error(r.error))));
    getWorker().postMessage({ ...body, id }, transfer);
  });
}

/** Fetches and parses `url` (absolute) in the worker; resolves with the rows. */
export async function loadIncidentRows(url: string): Promise<IncidentRowFeature[]> {
  const columns = (await ask({ kind: 'load', url })).rows;
  return columns ? fromColumns(columns) : [];
}

/** The manifest's days, which the tiles' day indices refer to. */
export async function setIncidentDays(days: string[]): Promise<void> {
  await ask({ kind: 'days', days });
}

/**
 * Checks the loaded file against the manifest's digest for it; a file that does not match is
 * dropped in the worker (no rows, no tiles). Resolves with the file's digest (undefined when
 * none was loaded), for checkDigests to name.
 */
export async function checkIncidentDigest(digest: string): Promise<string | undefined> {
  return (await ask({ kind: 'check', digest })).digest;
}

/** Replaces the tiled incidents (reports added, places switched); `details` adds full records. */
export async function replaceIncidents(
  rows: IncidentRowFeature[],
  details: Record<string, IncidentFeature> = {},
): Promise<void> {
  const { columns, transfer } = toColumns(rows);
  await ask({ kind: 'replace', rows: columns, details }, transfer);
}

/** One incident tile (MVT bytes), or null when empty. */
export async function incidentTile(z: number, x: number, y: number): Promise<ArrayBuffer | null> {
  return (await ask({ kind: 'tile', z, x, y })).tile ?? null;
}

/** Full records of the incidents loaded from incidents.geojson, by id (unknown ids left out). */
export async function workerDetails(ids: string[]): Promise<IncidentFeature[]> {
  return (await ask({ kind: 'details', ids })).details ?? [];
}
