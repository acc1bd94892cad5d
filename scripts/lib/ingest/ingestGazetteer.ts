// The gazetteer an ingest reads with: the world (with its stored name index), and an analyst's
// boundaries when given. The main thread and every worker thread load it the same way, so
// each reads reports against the same places.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Gazetteer } from '../../../src/gazetteer/Gazetteer.ts';
import { importBoundaries } from '../../../src/gazetteer/importBoundaries.ts';
import { loadGazetteer } from '../loadGazetteer.ts';

export interface IngestGazetteerOptions {
  /** A GeoJSON file of admin boundaries replacing or adding areas (see importBoundaries). */
  boundaries?: string;
  /** 'lazy' when this thread will not geoparse (the main thread while workers read). */
  names?: 'stored' | 'lazy';
}

export interface IngestGazetteer {
  gazetteer: Gazetteer;
  /** Lines to print about the boundaries (counts, problems), empty without them. */
  notes: string[];
}

/** Loads the world gazetteer and applies the boundaries; throws with a one-line reason. */
export async function ingestGazetteer(options: IngestGazetteerOptions = {}): Promise<IngestGazetteer> {
  const gazetteer = await loadGazetteer({ scope: 'world', names: options.names });
  if (!options.boundaries) return { gazetteer, notes: [] };
  const name = path.basename(options.boundaries);
  let geojson: unknown;
  try {
    geojson = JSON.parse(readFileSync(options.boundaries, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read boundaries ${name}: ${(err as Error).message}`);
  }
  const res = importBoundaries(geojson, gazetteer);
  return {
    gazetteer: res.gazetteer,
    notes: [
      `boundaries ${name}: ${res.replaced.length} replaced, ${res.added.length} added`,
      ...res.errors.slice(0, 10).map((e) => `  ${name}: ${e}`),
    ],
  };
}
