// The files of one ingest run belong together: the manifest lists every other file it was written
// with and a digest of its content, so whoever reads them (the app, `ingest --add`) can tell a
// whole set from files of two runs or a file changed or cut short since. Pure (SHA-256 from
// @noble/hashes), the same in Node and the browser.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Manifest } from '../types/model.ts';

/**
 * 128 bits of SHA-256 over the content as compact JSON: the same whatever the file's indentation
 * or line endings, so a checkout that rewrites line endings still matches.
 *
 * @example contentDigest({ type: 'FeatureCollection', features: [] }).length // 32
 */
export function contentDigest(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(value) ?? 'undefined'))).slice(0, 32);
}

/**
 * The manifest with the digest of every other file of the set (`files`).
 *
 * @example sealManifest(manifest, { 'places.geojson': places }).files // { 'places.geojson': '…' }
 */
export function sealManifest(manifest: Manifest, others: Record<string, unknown>): Manifest {
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(others)) files[name] = contentDigest(data);
  return { ...manifest, files };
}

export interface SetCheck {
  /** Files that are not the ones the manifest was written with. */
  foreign: string[];
  /** One line per file, naming it and what is wrong. */
  problems: string[];
}

/**
 * Which of the loaded files do not belong with the manifest (another run, or changed since).
 * Files not loaded (undefined) are not checked; a manifest without `files` (written before sets
 * were sealed) checks nothing. `prefix` is put before file names in messages ("data/").
 *
 * @example
 * checkOutputSet(manifest, { 'places.geojson': places }, 'data/').problems;
 * // ['data/places.geojson does not belong with data/manifest.json: …']
 */
export function checkOutputSet(manifest: unknown, loaded: Record<string, unknown>, prefix = ''): SetCheck {
  const out: SetCheck = { foreign: [], problems: [] };
  const files = (manifest as Partial<Manifest> | null)?.files;
  if (!files || typeof files !== 'object') return out;
  for (const [name, data] of Object.entries(loaded)) {
    if (data === undefined) continue;
    const want = files[name];
    if (want === undefined) continue; // not part of this run's set (an optional file)
    if (contentDigest(data) === want) continue;
    out.foreign.push(name);
    out.problems.push(
      `${prefix}${name} does not belong with ${prefix}manifest.json (written by another ingest run, or changed since): not shown. Run \`npm run ingest\` again to write a whole set.`,
    );
  }
  return out;
}
