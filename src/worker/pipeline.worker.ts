// The pipeline in a Web Worker: reports a user adds are geoparsed off the main thread with the
// browser gazetteer pack, which is fetched only when the first report arrives.
/// <reference lib="webworker" />
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { GazetteerPack } from '../types/model.ts';
import type { RunRequest, RunResponse } from './messages.ts';
import { runReports } from './runReports.ts';
import { runPipeline } from '../pipeline/runPipeline.ts';

let gazetteer: Promise<Gazetteer> | null = null;

async function loadGazetteer(url: string): Promise<Gazetteer> {
  const res = await fetch(url);
  if (!res.ok)
    throw new Error(`gazetteer/pack.json: not found (HTTP ${res.status}); run npm run build:gazetteer`);
  return new Gazetteer((await res.json()) as GazetteerPack);
}

self.onmessage = async (event: MessageEvent<RunRequest>) => {
  const { id, packUrl, articles } = event.data;
  let reply: RunResponse;
  try {
    gazetteer ??= loadGazetteer(packUrl);
    const gaz = await gazetteer.catch((e: unknown) => {
      gazetteer = null;
      throw e;
    });
    reply = { id, ok: true, ...runReports(articles, gaz, runPipeline) };
  } catch (e) {
    reply = { id, ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
