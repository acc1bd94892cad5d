// The pipeline in a Web Worker: reports a user adds are read off the main thread with the
// browser gazetteer pack and merged into the loaded map (its readings.json) by the pipeline's
// own merge. The pack and the loaded readings are fetched once, on the first request that
// needs them. The worker also looks up gazetteer entries (a place switched to an alternative).
/// <reference lib="webworker" />
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { restoreReadings } from '../pipeline/mergeOutput.ts';
import type { ReportReading } from '../pipeline/readReport.ts';
import type { GazetteerEntry, GazetteerPack, PlaceFeature } from '../types/model.ts';
import type {
  MergeProgress,
  MergeRequest,
  WorkerMessage,
  WorkerRequest,
  WorkerResponse,
} from './messages.ts';
import { contentDigestOf } from '../app/data/contentDigestOf.ts';
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

/** Parsed JSON, or null when the file is missing; a file that is not JSON is named. */
async function fetchOptionalJson<T>(url: string, what: string): Promise<T | null> {
  const res = await fetch(url);
  if (!res.ok || (res.headers.get('content-type') ?? '').includes('text/html')) return null;
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(
      `${what}: cut short or not JSON (${why}): reports cannot be merged with it; run npm run ingest again`,
    );
  }
}

/**
 * The loaded map's readings with their places' geometry; none when the data has no readings.json.
 * A readings.json that is not the one the manifest was written with (`digest`) is refused.
 */
async function loadBase(
  urls: MergeRequest['baseUrls'],
  digest: string | undefined,
): Promise<ReportReading[]> {
  const [readings, places] = await Promise.all([
    fetchOptionalJson<ReportReading[]>(urls.readings, 'data/readings.json'),
    fetchOptionalJson<{ features: PlaceFeature[] }>(urls.places, 'data/places.geojson').catch(() => null),
  ]);
  if (!readings) return [];
  if (digest && (await contentDigestOf(readings)) !== digest)
    throw new Error(
      'data/readings.json does not belong with data/manifest.json (written by another ingest run, or changed since): reports cannot be merged with it; run npm run ingest again',
    );
  if (!Array.isArray(readings))
    throw new Error('data/readings.json: not a list of readings; run npm run ingest again');
  return restoreReadings(readings, places?.features ?? []);
}

/** Fetches once; a failed load is tried again on the next request. */
function once<T>(slot: Promise<T> | null, make: () => Promise<T>, reset: () => void): Promise<T> {
  const p = slot ?? make();
  p.catch(reset);
  return p;
}

const post = (message: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

async function answer(req: WorkerRequest): Promise<WorkerResponse> {
  const { id } = req;
  // A merge tells how far it has got (the app shows it beside Cancel).
  const progress = (p: MergeProgress) => req.kind === 'merge' && post({ id, progress: p });
  progress({ done: 0, total: req.kind === 'merge' ? req.articles.length : 0, step: 'Loading the gazetteer' });
  gazetteer = once(
    gazetteer,
    () => loadGazetteer(req.packUrl),
    () => (gazetteer = null),
  );
  const gaz = await gazetteer;
  switch (req.kind) {
    case 'merge': {
      progress({ done: 0, total: req.articles.length, step: 'Loading the map’s readings' });
      baseReadings = once(
        baseReadings,
        () => loadBase(req.baseUrls, req.baseDigest),
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
      const { result, errors } = mergeReports(
        base,
        req.readings,
        req.articles,
        gaz,
        req.controlOverrides,
        undefined,
        progress,
      );
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
  post(reply);
};
