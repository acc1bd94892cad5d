// The pipeline in a Web Worker: reports a user adds are read off the main thread with the
// browser gazetteer pack and merged into the loaded map (its readings.json) by the pipeline's
// own merge. The pack and the loaded readings are fetched once, on the first request that
// needs them. The worker also looks up gazetteer entries (a place switched to an alternative).
/// <reference lib="webworker" />
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { restoreReadings } from '../pipeline/mergeOutput.ts';
import type { ReportReading } from '../pipeline/readReport.ts';
import type { GazetteerEntry, GazetteerPack, PlaceFeature } from '../types/model.ts';
import type { MergeRequest, WorkerRequest, WorkerResponse } from './messages.ts';
import { mergeReports } from './mergeReports.ts';
import { searchGazetteer } from './searchGazetteer.ts';

let gazetteer: Promise<Gazetteer> | null = null;
let baseReadings: Promise<ReportReading[]> | null = null;

async function fetchJson<T>(url: string, what: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${what}: not found (HTTP ${res.status})`);
  return (await res.json()) as T;
}

async function loadGazetteer(url: string): Promise<Gazetteer> {
  const pack = await fetchJson<GazetteerPack>(url, 'gazetteer/pack.json').catch((e: Error) => {
    throw new Error(`${e.message}; run npm run build:gazetteer`);
  });
  return new Gazetteer(pack);
}

/** The loaded map's readings with their places' geometry; none when the data has no readings.json. */
async function loadBase(urls: MergeRequest['baseUrls']): Promise<ReportReading[]> {
  const [readings, places] = await Promise.all([
    fetch(urls.readings).then((r) => (r.ok ? (r.json() as Promise<ReportReading[]>) : null)),
    fetch(urls.places).then((r) => (r.ok ? (r.json() as Promise<{ features: PlaceFeature[] }>) : null)),
  ]);
  if (!readings) return [];
  return restoreReadings(readings, places?.features ?? []);
}

/** Fetches once; a failed load is tried again on the next request. */
function once<T>(slot: Promise<T> | null, make: () => Promise<T>, reset: () => void): Promise<T> {
  const p = slot ?? make();
  p.catch(reset);
  return p;
}

async function answer(req: WorkerRequest): Promise<WorkerResponse> {
  const { id } = req;
  gazetteer = once(
    gazetteer,
    () => loadGazetteer(req.packUrl),
    () => (gazetteer = null),
  );
  const gaz = await gazetteer;
  switch (req.kind) {
    case 'merge': {
      baseReadings = once(
        baseReadings,
        () => loadBase(req.baseUrls),
        () => (baseReadings = null),
      );
      const base = await baseReadings;
      if (base.length < req.baseArticles)
        return {
          id,
          ok: false,
          errors: [
            `data/readings.json is missing or older than the map (${base.length} of ${req.baseArticles} reports): reports cannot be merged with it; run npm run ingest again`,
          ],
        };
      const { result, errors } = mergeReports(base, req.readings, req.articles, gaz, req.controlOverrides);
      return result ? { id, ok: true, errors, merge: result } : { id, ok: false, errors };
    }
    case 'search':
      return { id, ok: true, errors: [], entries: searchGazetteer(gaz, req.query, req.limit) };
    case 'entries':
      return {
        id,
        ok: true,
        errors: [],
        entries: req.ids.map((g) => gaz.get(g)).filter((e): e is GazetteerEntry => !!e),
      };
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  let reply: WorkerResponse;
  try {
    reply = await answer(req);
  } catch (e) {
    reply = { id: req.id, ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
