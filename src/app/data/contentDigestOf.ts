// The manifest's content digest (src/pipeline/outputSet.ts) taken with the platform's SHA-256
// (Web Crypto, in the page and in workers), so the app ships no hash code of its own; where Web
// Crypto is missing (a page served over plain HTTP from another host) the pipeline's own
// SHA-256 is loaded for it.
import { digestBytes, digestHex } from '../../pipeline/checkDigests.ts';

/**
 * The content digest of `value`, as `contentDigest` gives it.
 *
 * @example await contentDigestOf({ type: 'FeatureCollection', features: [] }) // 32 hex digits
 */
export async function contentDigestOf(value: unknown): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const bytes = digestBytes(value);
    return digestHex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
  }
  const { contentDigest } = await import('../../pipeline/outputSet.ts');
  return contentDigest(value);
}
