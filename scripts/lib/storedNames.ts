// The world gazetteer's name index, stored beside the world cache (.cache/gazetteer/world-names.bin)
// so a process reads it instead of folding 200,000 places' names (seconds) before its first report.
// Built and stored on first need; rebuilt when the world cache was rebuilt from other inputs or
// the index code changed (by content: gazetteerPaths.ts namesFresh), or when it was made for
// other entries. Written aside and renamed: never read half-written.
import { closeSync, fstatSync, openSync, read, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import { useNameTables } from '../../src/geoparse/index/NameIndex.ts';
import {
  buildNameTables,
  decodeNameTables,
  encodeNameTables,
  type NameTables,
} from '../../src/geoparse/index/NameTables.ts';
import { markNamesBuilt, namesFresh, paths } from './gazetteerPaths.ts';

/**
 * The stored index file's bytes, read on a thread of libuv's pool in one call, so the read
 * (~50 MB) runs while this thread decodes the world cache. Null when it cannot be read.
 */
export function readNamesFileAhead(): Promise<Uint8Array | null> {
  const file = paths.worldNames;
  return new Promise((resolve) => {
    let fd: number;
    let bytes: Uint8Array;
    try {
      fd = openSync(file, 'r');
      bytes = new Uint8Array(fstatSync(fd).size);
    } catch {
      resolve(null);
      return;
    }
    const next = (at: number) =>
      read(fd, bytes, at, bytes.length - at, at, (err, n) => {
        if (err || (n === 0 && at < bytes.length)) {
          closeSync(fd);
          resolve(null);
        } else if (at + n < bytes.length) next(at + n);
        else {
          closeSync(fd);
          resolve(bytes);
        }
      });
    next(0);
  });
}

/** Reads the stored tables when they fit this gazetteer, or null. `bytes`: the file, read already. */
export function readStoredNames(gazetteer: Gazetteer, bytes?: Uint8Array | null): NameTables | null {
  if (!namesFresh()) return null;
  try {
    const { tables, meta } = decodeNameTables(bytes ?? readFileSync(paths.worldNames));
    return meta.version === gazetteer.version && meta.entries === gazetteer.size ? tables : null;
  } catch {
    return null;
  }
}

/** Builds the tables of a gazetteer and stores them; returns them. */
export function storeNames(gazetteer: Gazetteer): NameTables {
  const tables = buildNameTables(gazetteer.entries);
  const tmp = `${paths.worldNames}.${process.pid}.tmp`;
  writeFileSync(tmp, encodeNameTables(tables, { version: gazetteer.version, entries: gazetteer.size }));
  renameSync(tmp, paths.worldNames);
  markNamesBuilt();
  return tables;
}

/**
 * Makes sure the stored index fits the world cache, building and storing it when it does not:
 * called once before worker threads start, so they read it rather than each build it (tens of
 * seconds each, right after the world cache was rebuilt).
 */
export function ensureStoredNames(gazetteer: Gazetteer): void {
  if (!namesFresh()) storeNames(gazetteer);
}

/**
 * Gives the world gazetteer its stored name index (building and storing it when needed).
 * `bytes`: the stored file as readNamesFileAhead read it.
 */
export function attachStoredNames(gazetteer: Gazetteer, bytes?: Uint8Array | null): void {
  useNameTables(gazetteer, readStoredNames(gazetteer, bytes) ?? storeNames(gazetteer));
}
