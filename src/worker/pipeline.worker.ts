// The pipeline in a Web Worker: reports a user adds are geoparsed off the main thread with the
// browser gazetteer pack, which is fetched only when the first request needs it. The worker also
// looks up gazetteer entries (a place switched to an alternative) and rebuilds control zones.
/// <reference lib="webworker" />
import { buildControl } from '../control/buildControl.ts';
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { runPipeline } from '../pipeline/runPipeline.ts';
import type { GazetteerEntry, GazetteerPack } from '../types/model.ts';
import type { WorkerRequest, WorkerResponse } from './messages.ts';
import { recomputeControl } from './recomputeControl.ts';
import { runReports } from './runReports.ts';

let gazetteer: Promise<Gazetteer> | null = null;

async function loadGazetteer(url: string): Promise<Gazetteer> {
  const res = await fetch(url);
  if (!res.ok)
    throw new Error(`gazetteer/pack.json: not found (HTTP ${res.status}); run npm run build:gazetteer`);
  return new Gazetteer((await res.json()) as GazetteerPack);
}

function answer(req: WorkerRequest, gaz: Gazetteer): WorkerResponse {
  const { id } = req;
  switch (req.kind) {
    case 'run':
      return { id, ok: true, ...runReports(req.articles, gaz, runPipeline) };
    case 'entries':
      return {
        id,
        ok: true,
        errors: [],
        entries: req.ids.map((g) => gaz.get(g)).filter((e): e is GazetteerEntry => !!e),
      };
    case 'control': {
      const { control, error } = recomputeControl(req.incidents, req.places, gaz, buildControl);
      return control ? { id, ok: true, errors: [], control } : { id, ok: false, errors: [error!] };
    }
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  let reply: WorkerResponse;
  try {
    gazetteer ??= loadGazetteer(req.packUrl);
    const gaz = await gazetteer.catch((e: unknown) => {
      gazetteer = null;
      throw e;
    });
    reply = answer(req, gaz);
  } catch (e) {
    reply = { id: req.id, ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
