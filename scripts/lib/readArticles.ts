// Reads a folder of reports (.txt, .md, .html) and an optional index.json into ArticleInput.
// Every problem becomes a warning naming the file; nothing here throws on bad input.
// Offsets later index the text as decoded here: UTF-8 (a leading BOM removed), nothing else changed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../../src/types/model.ts';

export interface ReadResult {
  articles: ArticleInput[];
  warnings: { file: string; message: string }[];
}

interface IndexRecord {
  id?: string;
  file?: string;
  outlet?: string | null;
  dateline?: string | null;
  url?: string | null;
  noise?: string | null;
}

const EXTENSIONS = /\.(?:txt|md|markdown|html?)$/i;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** YYYY-MM-DD from a file name or the first date written in a text, or null. */
export function guessDateline(name: string, text: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(name) ?? /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text.slice(0, 5000));
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const head = text.slice(0, 5000);
  const mdy = /\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})\b/.exec(head);
  const dmy = /\b(\d{1,2}) ([A-Z][a-z]+)\.? (\d{4})\b/.exec(head);
  const pick = mdy ? { m: mdy[1], d: mdy[2], y: mdy[3] } : dmy ? { m: dmy[2], d: dmy[1], y: dmy[3] } : null;
  if (!pick) return null;
  const mi = MONTHS.findIndex((m) => m.startsWith(pick.m.toLowerCase().slice(0, 3)));
  if (mi < 0) return null;
  return `${pick.y}-${String(mi + 1).padStart(2, '0')}-${pick.d.padStart(2, '0')}`;
}

const str = (v: unknown): string | null | undefined =>
  typeof v === 'string' ? v : v === null ? null : undefined;

function readIndex(file: string, warnings: ReadResult['warnings']): Map<string, IndexRecord> {
  const byFile = new Map<string, IndexRecord>();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    warnings.push({
      file: path.basename(file),
      message: `malformed index, ignored: ${(err as Error).message}`,
    });
    return byFile;
  }
  const list = Array.isArray(raw) ? raw : (raw as { articles?: unknown })?.articles;
  if (!Array.isArray(list)) {
    warnings.push({ file: path.basename(file), message: 'no "articles" array, ignored' });
    return byFile;
  }
  list.forEach((r, i) => {
    const rec = r as Record<string, unknown>;
    const f = str(rec?.file);
    if (!rec || typeof rec !== 'object' || !f) {
      warnings.push({ file: path.basename(file), message: `entry ${i} has no "file", ignored` });
      return;
    }
    byFile.set(f, {
      id: str(rec.id) ?? undefined,
      file: f,
      outlet: str(rec.outlet),
      dateline: str(rec.dateline),
      url: str(rec.url),
      noise: str(rec.noise),
    });
  });
  return byFile;
}

/** Decodes bytes as UTF-8; null (with a reason) when they look binary. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: 'empty file, skipped' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  if (bad > 0.05 * text.length)
    return { error: `looks binary or not UTF-8 (${bad} bad characters of ${text.length}), skipped` };
  if (!/[\p{L}]/u.test(text)) return { error: 'no letters, skipped' };
  return { text };
}

/** Reads the reports of a folder, sorted by file name. */
export function readArticles(dir: string): ReadResult {
  const warnings: ReadResult['warnings'] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    return {
      articles: [],
      warnings: [{ file: dir, message: `cannot read folder: ${(err as Error).message}` }],
    };
  }
  const index = names.includes('index.json') ? readIndex(path.join(dir, 'index.json'), warnings) : new Map();
  const articles: ArticleInput[] = [];
  const ids = new Set<string>();
  for (const name of names.filter((n) => EXTENSIONS.test(n))) {
    const file = path.join(dir, name);
    let bytes: Buffer;
    try {
      if (!statSync(file).isFile()) continue;
      bytes = readFileSync(file);
    } catch (err) {
      warnings.push({ file: name, message: `cannot read: ${(err as Error).message}` });
      continue;
    }
    const decoded = decodeText(bytes);
    if ('error' in decoded) {
      warnings.push({ file: name, message: decoded.error });
      continue;
    }
    const rec = index.get(name) ?? {};
    let id = rec.id || name.replace(EXTENSIONS, '');
    if (ids.has(id)) {
      warnings.push({ file: name, message: `duplicate id "${id}", renamed to "${id}-2"` });
      id = `${id}-2`;
    }
    ids.add(id);
    articles.push({
      id,
      file: name,
      text: decoded.text,
      outlet: rec.outlet ?? null,
      dateline:
        rec.dateline && /^\d{4}-\d{2}-\d{2}$/.test(rec.dateline)
          ? rec.dateline
          : guessDateline(name, decoded.text),
      url: rec.url ?? null,
      noise: rec.noise ?? null,
    });
  }
  for (const f of index.keys())
    if (!names.includes(f))
      warnings.push({ file: 'index.json', message: `lists "${f}", which is not in the folder` });
  return { articles, warnings };
}
