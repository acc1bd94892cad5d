// The world gazetteer's name index, stored beside the world cache (.cache/gazetteer/world-names.bin)
// so a process reads it instead of folding 200,000 places' names (seconds) before its first report.
// Built and stored on first need; rebuilt when the world cache or the index code is newer, or
// when it was made for other entries. Written aside and renamed: never read half-written.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import { useNameTables } from '../../src/geoparse/index/NameIndex.ts';
import {
  buildNameTables,
  decodeNameTables,
  encodeNameTables,
  type NameTables,
} from '../../src/geoparse/index/NameTables.ts';
import { isFresh, nameIndexInputs, paths } from './gazetteerPaths.ts';

/** Reads the stored tables when they fit this gazetteer, or null. */
export function readStoredNames(gazetteer: Gazetteer, file = paths.worldNames): NameTables | null {
  if (!isFresh([file], [paths.worldCache, ...nameIndexInputs()])) return null;
  try {
    const { tables, meta } = decodeNameTables(readFileSync(file));
    return meta.version === gazetteer.version && meta.entries === gazetteer.entries.length ? tables : null;
  } catch {
    return null;
  }
}

/** Builds the tables of a gazetteer and stores them; returns them. */
export function storeNames(gazetteer: Gazetteer, file = paths.worldNames): NameTables {
  const tables = buildNameTables(gazetteer.entries);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(
    tmp,
    encodeNameTables(tables, { version: gazetteer.version, entries: gazetteer.entries.length }),
  );
  renameSync(tmp, file);
  return tables;
}

/** Gives the world gazetteer its stored name index (building and storing it when needed). */
export function attachStoredNames(gazetteer: Gazetteer): void {
  useNameTables(gazetteer, readStoredNames(gazetteer) ?? storeNames(gazetteer));
}
