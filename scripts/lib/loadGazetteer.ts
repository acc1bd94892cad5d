// Node-only loader used by the CLI, benches and tests: the whole world (CLI) or the browser pack.
// Reads the files `npm run build:gazetteer` writes; builds them first when missing or built
// from other inputs (by content, gazetteerPaths.ts), so a test run straight after a clone works. The world comes with its stored name index.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import { decodeWorld } from '../../src/gazetteer/worldCodec.ts';
import type { GazetteerPack } from '../../src/types/model.ts';
import { gazetteerFresh, markGazetteerBuilt, paths } from './gazetteerPaths.ts';
import { attachStoredNames, readNamesFileAhead } from './storedNames.ts';

export interface LoadOptions {
  /** 'world': every GeoNames cities500 place (CLI default); 'pack': the browser pack. */
  scope?: 'world' | 'pack';
  /** Read a pack or world cache from this file instead of the built one. */
  file?: string;
  /**
   * The name index of the built world cache: 'stored' (default for the world) reads it from
   * beside the cache, building and storing it first when it is missing or stale; 'lazy' leaves
   * it to the first geoparse (for callers that never geoparse).
   */
  names?: 'stored' | 'lazy';
}

/**
 * The gazetteer for Node code.
 * @example const gaz = await loadGazetteer(); gaz.get('geonames:170063')?.name // 'Aleppo'
 */
export async function loadGazetteer(options: LoadOptions = {}): Promise<Gazetteer> {
  const scope = options.scope ?? 'world';
  const file = options.file ?? (scope === 'world' ? paths.worldCache : paths.pack);
  if (!options.file && !gazetteerFresh([file])) await rebuild(file);
  const storedNames = scope === 'world' && !options.file && (options.names ?? 'stored') === 'stored';
  // The name index file is read on another thread while this one decodes the world.
  const namesAhead = storedNames ? readNamesFileAhead() : null;
  let pack: GazetteerPack;
  try {
    const bytes = readFileSync(file);
    if (bytes[0] !== 0x7b) pack = decodeWorld(bytes);
    else {
      pack = JSON.parse(bytes.toString('utf8')) as GazetteerPack;
      if (!pack || !Array.isArray(pack.entries)) throw new Error('not a gazetteer pack');
    }
  } catch (err) {
    throw new Error(`cannot read gazetteer ${file}: ${(err as Error).message}`);
  }
  const gazetteer = new Gazetteer(pack);
  if (namesAhead) attachStoredNames(gazetteer, await namesAhead);
  return gazetteer;
}

async function rebuild(file: string): Promise<void> {
  const { runBuild } = await import('./runBuild.ts');
  const { withBuildLock } = await import('./buildLock.ts');
  await withBuildLock(
    path.join(paths.cacheDir, 'build.lock'),
    () => gazetteerFresh([file]),
    async () => {
      await runBuild({ quiet: true });
      markGazetteerBuilt();
    },
  );
}
