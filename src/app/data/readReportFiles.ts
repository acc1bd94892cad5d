// Turns dropped or chosen files into pipeline input, with a clear reason for each file refused.
import type { ArticleInput } from '../../types/model.ts';

/** Largest report accepted, in bytes; a news report is a few tens of kilobytes. */
export const MAX_REPORT_BYTES = 2_000_000;

export interface ReadResult {
  articles: ArticleInput[];
  errors: string[];
}

/** An article id from a file name: lower case, safe characters, unique among `taken`. */
export function articleIdFor(name: string, taken: Set<string>): string {
  const stem =
    name
      .replace(/\.[^.]*$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'report';
  let id = stem;
  for (let i = 2; taken.has(id); i++) id = `${stem}-${i}`;
  taken.add(id);
  return id;
}

/**
 * Checks a report's bytes and decodes them: must be UTF-8 text, not empty, not too large.
 *
 * @example
 * checkReport('a.txt', bytes); // { text } or { error: 'a.txt: not UTF-8 text' }
 */
export function checkReport(name: string, bytes: Uint8Array): { text: string } | { error: string } {
  if (!/\.(txt|md|markdown|text)$/i.test(name))
    return { error: `${name}: only .txt and .md reports can be added` };
  if (bytes.length > MAX_REPORT_BYTES) return { error: `${name}: larger than 2 MB, not a news report?` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: `${name}: not UTF-8 text` };
  }
  if (text.includes('\u0000')) return { error: `${name}: binary data, not text` };
  if (!text.trim()) return { error: `${name}: the file is empty` };
  return { text: text.replace(/^\uFEFF/, '') };
}

/** Reads every file; good ones become articles, bad ones become messages naming the file. */
export async function readReportFiles(files: File[], taken: Set<string>): Promise<ReadResult> {
  const out: ReadResult = { articles: [], errors: [] };
  for (const file of files) {
    const checked = checkReport(file.name, new Uint8Array(await file.arrayBuffer()));
    if ('error' in checked) out.errors.push(checked.error);
    else
      out.articles.push({
        id: articleIdFor(file.name, taken),
        file: file.name,
        text: checked.text,
        outlet: null,
        dateline: null,
      });
  }
  return out;
}
