// Comparing the files of an output set with the digests its manifest holds
// (src/pipeline/outputSet.ts), given digests already taken: the app hashes with the platform's
// SHA-256 (and incidents.geojson in its data worker), so this part carries no hash code.
import type { Manifest } from '../types/model.ts';

export interface SetCheck {
  /** Files that are not the ones the manifest was written with. */
  foreign: string[];
  /** One line per file, naming it and what is wrong. */
  problems: string[];
}

/** What a content digest is taken over: the value as compact JSON, in UTF-8. */
export function digestBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value) ?? 'undefined');
}

/** A content digest from the SHA-256 of digestBytes: its first 128 bits in hex. */
export function digestHex(sha256: Uint8Array): string {
  let hex = '';
  for (const b of sha256.subarray(0, 16)) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The digest the manifest holds for `name`, or undefined (no sealed manifest, or a file that is
 * not part of the set): whoever hashes a file asks first whether there is anything to compare.
 *
 * @example expectedDigest(manifest, 'incidents.geojson') // '2569a9c9…' (32 hex digits)
 */
export function expectedDigest(manifest: unknown, name: string): string | undefined {
  const files = (manifest as Partial<Manifest> | null)?.files;
  if (!files || typeof files !== 'object') return undefined;
  const want = (files as Record<string, unknown>)[name];
  return typeof want === 'string' ? want : undefined;
}

/**
 * checkOutputSet for digests already taken (the app hashes with the platform's SHA-256, off the
 * main thread for incidents.geojson): undefined digests are not checked.
 *
 * @example
 * checkDigests(manifest, { 'incidents.geojson': await digestInWorker() }, 'data/').foreign;
 */
export function checkDigests(
  manifest: unknown,
  digests: Record<string, string | undefined>,
  prefix = '',
): SetCheck {
  const out: SetCheck = { foreign: [], problems: [] };
  for (const [name, digest] of Object.entries(digests)) {
    const want = expectedDigest(manifest, name);
    if (digest === undefined || want === undefined || digest === want) continue;
    out.foreign.push(name);
    out.problems.push(
      `${prefix}${name} does not belong with ${prefix}manifest.json (written by another ingest run, or changed since): not shown. Run \`npm run ingest\` again to write a whole set.`,
    );
  }
  return out;
}
