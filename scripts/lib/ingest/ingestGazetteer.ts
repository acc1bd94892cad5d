// The gazetteer an ingest reads with: the world (with its stored name index), and an analyst's
// boundaries when given. The main thread and every worker thread load it the same way, so
// each reads reports against the same places.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Gazetteer } from '../../../src/gazetteer/Gazetteer.ts';
import { importBoundaries } from '../../../src/gazetteer/importBoundaries.ts';
import { loadGazetteer } from '../loadGazetteer.ts';
import { ensureStoredNames } from '../storedNames.ts';
import { IngestError } from './IngestError.ts';

export interface IngestGazetteerOptions {
  /** A GeoJSON file of admin boundaries replacing or adding areas (see importBoundaries). */
  boundaries?: string;
  /** Its content when already read (the main thread reads it before loading anything). */
  boundariesJson?: unknown;
  /** 'lazy' when this thread will not geoparse (the main thread while workers read). */
  names?: 'stored' | 'lazy';
}

/** What importing the boundaries did. */
export interface BoundariesImport {
  replaced: number;
  added: number;
  /** One line per feature that could not be used, naming it. */
  errors: string[];
}

export interface IngestGazetteer {
  gazetteer: Gazetteer;
  /** What the boundaries changed, null without them. */
  boundaries: BoundariesImport | null;
}

/** Loads the world gazetteer and applies the boundaries; throws an IngestError with a one-line reason. */
export async function ingestGazetteer(options: IngestGazetteerOptions = {}): Promise<IngestGazetteer> {
  let gazetteer: Gazetteer;
  try {
    gazetteer = await loadGazetteer({ scope: 'world', names: options.names });
    // Workers are about to read the stored index: build it here once if it is stale.
    if (options.names === 'lazy') ensureStoredNames(gazetteer);
  } catch (err) {
    throw new IngestError(`${(err as Error).message}; run npm run build:gazetteer`);
  }
  if (!options.boundaries) return { gazetteer, boundaries: null };
  let geojson = options.boundariesJson;
  if (geojson === undefined) {
    const name = path.basename(options.boundaries);
    try {
      geojson = JSON.parse(readFileSync(options.boundaries, 'utf8').replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new IngestError(`--boundaries ${name}: ${(err as Error).message}`);
    }
  }
  const res = importBoundaries(geojson, gazetteer);
  return {
    gazetteer: res.gazetteer,
    boundaries: { replaced: res.replaced.length, added: res.added.length, errors: res.errors },
  };
}
