// Writes the built gazetteer to disk: the CLI's world cache and the browser's files.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeWorld } from '../../src/gazetteer/worldCodec.ts';
import type { BuiltGazetteer } from './buildGazetteerData.ts';
import { paths } from './gazetteerPaths.ts';
import { admin1Layer, labelsLayer, roadsLayer } from './basemapLayers.ts';

export interface WrittenFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function write(file: string, data: string | Uint8Array): WrittenFile {
  mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a reader in another process (parallel test workers that found the
  // cache missing) never sees half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  return { file, bytes, gzipBytes: gzipSync(data, { level: 6 }).length };
}

/** Writes the world cache only (what `loadGazetteer({scope: 'world'})` reads). */
export function writeWorldCache(built: BuiltGazetteer): WrittenFile {
  return write(paths.worldCache, encodeWorld(built.world));
}

/** Writes the browser pack (what `loadGazetteer({scope: 'pack'})` and the worker read). */
export function writePack(built: BuiltGazetteer): WrittenFile {
  return write(paths.pack, JSON.stringify(built.pack));
}

/** Writes the basemap layers the app draws (governorates, roads, labels). */
export function writeBasemap(built: BuiltGazetteer): WrittenFile[] {
  return [
    write(paths.admin1, JSON.stringify(admin1Layer(built.pack))),
    write(paths.roads, JSON.stringify(roadsLayer(built.pack))),
    write(paths.labels, JSON.stringify(labelsLayer(built.pack))),
  ];
}
