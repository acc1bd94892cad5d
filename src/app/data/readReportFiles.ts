// Turns dropped or chosen files into pipeline input, with a clear reason for each file refused.
import type { ArticleInput } from '../../types/model.ts';
import { decodeReport, MAX_REPORT_BYTES } from '../../pipeline/decodeReport.ts';

export { MAX_REPORT_BYTES };

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
 * Checks a report's bytes and decodes them by the CLI's rule (src/pipeline/decodeReport.ts): UTF-8
 * text, not empty, with letters; and, in the app, not too large.
 *
 * @example
 * checkReport('a.txt', bytes); // { text } or { error: 'a.txt: not UTF-8 text (line 3 …)' }
 */
export function checkReport(name: string, bytes: Uint8Array): { text: string } | { error: string } {
  if (!/\.(txt|md|markdown|text)$/i.test(name))
    return { error: `${name}: only .txt and .md reports can be added` };
  if (bytes.length > MAX_REPORT_BYTES) return { error: `${name}: larger than 2 MB, not a news report?` };
  const decoded = decodeReport(bytes);
  return 'error' in decoded ? { error: `${name}: ${decoded.error}` } : decoded;
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
