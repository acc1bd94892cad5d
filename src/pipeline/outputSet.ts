// The files of one ingest run belong together: the manifest lists every other file it was written
// with and a digest of its content, so whoever reads them (the app, `ingest --add`) can tell a
// whole set from files of two runs or a file changed or cut short since. Pure (SHA-256 from
// @noble/hashes), the same in Node and the browser; the comparison itself is in checkDigests.ts.
import { sha256 } from '@noble/hashes/sha2.js';
import type { Manifest } from '../types/model.ts';
import { checkDigests, digestBytes, digestHex, expectedDigest, type SetCheck } from './checkDigests.ts';

export { checkDigests, expectedDigest, type SetCheck };

/**
 * 128 bits of SHA-256 over the content as compact JSON: the same whatever the file's indentation
 * or line endings, so a checkout that rewrites line endings still matches.
 *
 * @example contentDigest({ type: 'FeatureCollection', features: [] }).length // 32
 */
export function contentDigest(value: unknown): string {
  return digestHex(sha256(digestBytes(value)));
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
  const digests: Record<string, string | undefined> = {};
  for (const [name, data] of Object.entries(loaded))
    digests[name] = data === undefined || !expectedDigest(manifest, name) ? undefined : contentDigest(data);
  return checkDigests(manifest, digests, prefix);
}
