// The files the app loads, written the same way by the CLI and the golden test.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PipelineOutput } from '../../src/types/model.ts';
import { slimReadings } from '../../src/pipeline/mergeOutput.ts';

/** File name → content of one pipeline run. */
export function outputFiles(out: PipelineOutput): Record<string, unknown> {
  return {
    'manifest.json': out.manifest,
    'places.geojson': out.places,
    'incidents.geojson': out.incidents,
    'control.geojson': out.control,
    // What each report said on its own, text-free: reports added later (the app, `ingest --add`)
    // merge with these by the ingest's rules (src/pipeline/mergeOutput.ts).
    ...(out.readings ? { 'readings.json': slimReadings(out.readings) } : {}),
  };
}

/** JSON as committed: one-space indent, trailing newline (small diffs, readable in review). */
export function toJson(data: unknown): string {
  return JSON.stringify(data, null, 1) + '\n';
}

/** Writes manifest.json, places/incidents/control.geojson (and readings.json) into a folder. */
export function writeOutputs(dir: string, out: PipelineOutput): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, data] of Object.entries(outputFiles(out)))
    writeFileSync(path.join(dir, name), toJson(data));
}
