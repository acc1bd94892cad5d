// Reads a folder of reports (.txt, .md, .html) and an optional index.json into ArticleInput.
// Every problem with a file becomes a warning naming it; nothing here throws on bad input. A
// folder that cannot be read at all is `folderProblem`'s to name, before anything is written.
// Offsets later index the text as decoded here (src/pipeline/decodeReport.ts, the app's rule too):
// strict UTF-8, a leading BOM removed, nothing else changed.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../../src/types/model.ts';
import { decodeReport } from '../../src/pipeline/decodeReport.ts';
import { datelineProblem } from '../../src/pipeline/calendarDay.ts';
import { fsProblem } from './fsProblem.ts';

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

/**
 * Why the reports folder cannot be read, or null when it can: it must exist and be a folder
 * that lists. Called before anything is written, so a typo changes nothing.
 *
 * @example folderProblem('./typo') // './typo: does not exist'
 */
export function folderProblem(dir: string): string | null {
  try {
    if (!statSync(dir).isDirectory()) return `${dir} is a file, not a folder of reports`;
    readdirSync(dir);
    return null;
  } catch (err) {
    return fsProblem(err, dir);
  }
}

/**
 * Where a folder entry really is, or why it is refused: a symbolic link is followed only to a
 * file inside the folder (reports are read from the folder given, never from elsewhere).
 */
function insideFolder(realDir: string, file: string): { real: string } | { refused: string } {
  if (!lstatSync(file).isSymbolicLink()) return { real: file };
  const real = realpathSync(file);
  const rel = path.relative(realDir, real);
  if (rel.startsWith('..') || path.isAbsolute(rel))
    return { refused: `a link to ${real}, outside the folder: refused` };
  return { real };
}

function readIndex(file: string, warnings: ReadResult['warnings']): Map<string, IndexRecord> {
  const byFile = new Map<string, IndexRecord>();
  let raw: unknown;
  try {
    const decoded = decodeReport(readFileSync(file));
    if ('error' in decoded) throw new Error(decoded.error);
    raw = JSON.parse(decoded.text);
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
    if (byFile.has(f)) {
      warnings.push({ file: path.basename(file), message: `entry ${i} lists "${f}" again, ignored` });
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

/** `id`, or `id-2`, `id-3` … : the first not in `taken`, which then holds it. */
function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

/** Reads the reports of a folder, sorted by file name. */
export function readArticles(dir: string): ReadResult {
  const warnings: ReadResult['warnings'] = [];
  let names: string[];
  let realDir: string;
  try {
    names = readdirSync(dir).sort();
    realDir = realpathSync(dir);
  } catch (err) {
    return { articles: [], warnings: [{ file: dir, message: `cannot read folder: ${fsProblem(err, dir)}` }] };
  }
  const index = new Map<string, IndexRecord>();
  if (names.includes('index.json')) {
    const where = insideFolder(realDir, path.join(dir, 'index.json'));
    if ('refused' in where) warnings.push({ file: 'index.json', message: where.refused });
    else for (const [k, v] of readIndex(where.real, warnings)) index.set(k, v);
  }
  const read: { name: string; text: string; rec: IndexRecord }[] = [];
  for (const name of names.filter((n) => EXTENSIONS.test(n))) {
    const file = path.join(dir, name);
    let bytes: Buffer;
    try {
      const where = insideFolder(realDir, file);
      if ('refused' in where) {
        warnings.push({ file: name, message: where.refused });
        continue;
      }
      if (!statSync(where.real).isFile()) continue;
      bytes = readFileSync(where.real);
    } catch (err) {
      warnings.push({ file: name, message: `cannot read: ${fsProblem(err, name)}` });
      continue;
    }
    const decoded = decodeReport(bytes);
    if ('error' in decoded) {
      warnings.push({ file: name, message: `${decoded.error}, skipped` });
      continue;
    }
    read.push({ name, text: decoded.text, rec: index.get(name) ?? {} });
  }
  // Ids: the index's or the file name's; a repeated one gets the first free -2, -3 … that no
  // other report claims as its own, so every report keeps an id of its own.
  const wanted = read.map((r) => r.rec.id || r.name.replace(EXTENSIONS, ''));
  const claimed = new Map<string, number>();
  for (const id of wanted) claimed.set(id, (claimed.get(id) ?? 0) + 1);
  const taken = new Set(claimed.keys());
  const given = new Set<string>();
  const articles: ArticleInput[] = read.map(({ name, text, rec }, i) => {
    let id = wanted[i];
    if (given.has(id)) {
      id = uniqueId(id, taken);
      warnings.push({ file: name, message: `id "${wanted[i]}" is already used, renamed to "${id}"` });
    }
    given.add(id);
    return {
      id,
      file: name,
      text,
      outlet: rec.outlet ?? null,
      dateline: dateline(name, text, rec.dateline, warnings),
      url: rec.url ?? null,
      noise: rec.noise ?? null,
    };
  });
  for (const f of index.keys())
    if (!names.includes(f))
      warnings.push({ file: 'index.json', message: `lists "${f}", which is not in the folder` });
  return { articles, warnings };
}

/** The index's dateline when it is a day in range, else one guessed from the name or text; problems named. */
function dateline(
  name: string,
  text: string,
  given: string | null | undefined,
  warnings: ReadResult['warnings'],
): string | null {
  if (given) {
    const problem = datelineProblem(given);
    if (!problem) return given;
    const guess = guessDateline(name, text);
    const ok = guess && !datelineProblem(guess);
    warnings.push({
      file: name,
      message: `index.json dateline ${problem}; ${ok ? `using ${guess}, found in the ${/\d{4}-\d{2}-\d{2}/.test(name) ? 'file name' : 'text'}` : 'no dateline used'}`,
    });
    return ok ? guess : null;
  }
  const guess = guessDateline(name, text);
  if (!guess) return null;
  const problem = datelineProblem(guess);
  if (!problem) return guess;
  warnings.push({ file: name, message: `the date found in it, ${problem}, is not used as its dateline` });
  return null;
}
