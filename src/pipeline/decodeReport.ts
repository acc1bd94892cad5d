// One rule for a report's bytes, in the CLI (scripts/lib/readArticles.ts) and the app
// (src/app/data/readReportFiles.ts): strict UTF-8 (a Latin-1 or Windows-1252 file is refused, not
// read with replacement characters that would shift offsets and garble quotes), a leading
// byte-order mark dropped, no NUL bytes, and some letters to read. Offsets later index the text
// exactly as decoded here.

/** Largest report the app accepts, pasted or as a file, in bytes of UTF-8. */
export const MAX_REPORT_BYTES = 2_000_000;

/** The line (1-based) of the first character the lenient decoder had to replace. */
function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const at = text.indexOf('\uFFFD');
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The text of a report's bytes, or why it cannot be read (without the file name).
 *
 * @example
 * decodeReport(new TextEncoder().encode('\uFEFFRebels entered Aleppo.')); // { text: 'Rebels entered Aleppo.' }
 * decodeReport(new Uint8Array([0x48, 0xe9, 0x0a])); // { error: 'not UTF-8 text (line 1: …)' }
 */
export function decodeReport(bytes: Uint8Array): { text: string } | { error: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      error: `not UTF-8 text (line ${firstBadLine(bytes)} has a byte that is not UTF-8: Latin-1 or Windows-1252? Save it as UTF-8)`,
    };
  }
  if (text.includes('\u0000')) return { error: 'binary data, not text' };
  if (!text.trim()) return { error: 'the file is empty' };
  if (!/\p{L}/u.test(text)) return { error: 'no letters, nothing to read' };
  return { text };
}

/**
 * Whether pasted text is larger than a report file may be (MAX_REPORT_BYTES of UTF-8); text too
 * short to reach it, or surely past it (a UTF-16 unit is at least one byte), is not encoded.
 */
export function textTooLarge(text: string): boolean {
  if (text.length > MAX_REPORT_BYTES) return true;
  return text.length * 3 > MAX_REPORT_BYTES && new TextEncoder().encode(text).length > MAX_REPORT_BYTES;
}

/** "3.4 MB": a size in bytes, as the limit is said. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
