// The identity of a report, as a hash: the browser's "already added" check and the CLI's
// per-report cache both use it. Pure and synchronous (SHA-256 from @noble/hashes, no Node or
// DOM API), so it runs the same in Node, a worker and a page.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ArticleInput } from '../types/model.ts';

/**
 * The text as its identity is read: Unicode NFC, every run of white space (line breaks, tabs, a
 * byte-order mark, non-breaking spaces) one space, trimmed. The same report pasted again, or
 * saved with other line endings, reads the same.
 *
 * @example
 * normaliseReportText('  Rebels\r\nentered Aleppo. '); // 'Rebels entered Aleppo.'
 */
export function normaliseReportText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The SHA-256 of a string's UTF-8 bytes, as 64 hex digits. */
export type Sha256Hex = (s: string) => string;

const sha256Hex: Sha256Hex = (s) => bytesToHex(sha256(utf8ToBytes(s)));
const hex128 = (s: string, hash: Sha256Hex = sha256Hex) => hash(s).slice(0, 32);

/**
 * 128 bits (32 hex digits, the first half of a SHA-256) of the report's normalised text only:
 * `ManifestArticle.hash`. Two reports with the same words are the same report, whatever
 * outlet or date they were given.
 *
 * @example
 * reportTextHash('Rebels entered Aleppo.') === reportTextHash('Rebels  entered\nAleppo.'); // true
 */
export function reportTextHash(text: string): string {
  return hex128(normaliseReportText(text));
}

/**
 * 128 bits over everything a report's reading depends on besides the gazetteer and the code:
 * the normalised text, the dateline (relative dates are read from it) and the outlet (it is
 * copied into each incident source). Not the id or file name. A cache of readings is keyed by
 * this plus the gazetteer and code versions. `hash` may be a faster SHA-256 where there is one
 * (the CLI passes Node's: the same digest, several times faster than the portable one).
 *
 * @example
 * reportHash({ text: 'Rebels entered Aleppo.', dateline: '2024-11-29', outlet: 'Wire' });
 */
export function reportHash(
  article: Pick<ArticleInput, 'text' | 'dateline' | 'outlet'>,
  hash: Sha256Hex = sha256Hex,
): string {
  return hex128(
    JSON.stringify([normaliseReportText(article.text), article.dateline ?? null, article.outlet ?? null]),
    hash,
  );
}
