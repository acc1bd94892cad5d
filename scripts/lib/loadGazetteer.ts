// STUB (owned by the gazetteer work): replace with the real implementation.
// Node-only loader used by the CLI, benches and tests: the whole world (CLI) or the browser pack.
import { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';

export interface LoadOptions {
  /** 'world': every GeoNames cities500 place (CLI default); 'pack': the browser pack. */
  scope?: 'world' | 'pack';
}

export async function loadGazetteer(_options: LoadOptions = {}): Promise<Gazetteer> {
  return new Gazetteer({ version: 'stub', sources: [], entries: [] });
}
