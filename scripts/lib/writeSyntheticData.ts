// Writes a synthetic data folder (syntheticIncidents.ts) in the shape `npm run ingest` writes:
// manifest.json, places.geojson, incidents.geojson, control.geojson. Used by
// `npm run make:incidents` and the map benchmark (benchMap.ts).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadGazetteer } from './loadGazetteer.ts';
import { repoRoot } from './gazetteerPaths.ts';
import { syntheticIncidents } from './syntheticIncidents.ts';

/** Writes the data folder; returns its path and the bytes of each file. */
export async function writeSyntheticData(o: {
  incidents: number;
  seed: number;
  days?: number;
  start?: string;
  out?: string;
}): Promise<{ dir: string; bytes: Record<string, number> }> {
  const dir = path.resolve(
    o.out ?? path.join(repoRoot, `.cache/incidents/incidents-${o.incidents}-seed-${o.seed}`),
  );
  const gaz = await loadGazetteer({ scope: 'pack' });
  const data = syntheticIncidents(gaz.entries, o);
  // Written beside, then swapped in: an interrupted run never leaves half a folder under the name.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const bytes: Record<string, number> = {};
  for (const [name, value] of [
    ['manifest.json', data.manifest],
    ['places.geojson', data.places],
    ['incidents.geojson', data.incidents],
    ['control.geojson', data.control],
  ] as const) {
    const text = JSON.stringify(value);
    writeFileSync(path.join(tmp, name), text);
    bytes[name] = Buffer.byteLength(text);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  renameSync(tmp, dir);
  return { dir, bytes };
}
