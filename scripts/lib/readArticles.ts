// Reads reports (.txt, .md, .html) — folders of them, or files — and the optional index.json of
// their folder into ArticleInput. Every problem with a file becomes a warning naming it; nothing
// here throws on bad input. A path that cannot be read at all is `inputProblem`'s to name,
// before anything is written.
// Offsets later index the text as decoded here (src/pipeline/decodeReport.ts, the app's rule too):
// strict UTF-8, a leading BOM removed, nothing else changed.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
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
  return readReportPaths([dir]);
}

/**
 * Why a path given as reports cannot be read, or null when it can: a folder that lists, or a
 * report file (.txt, .md, .html) that exists. Called before anything is written, so a typo
 * changes nothing.
 *
 * @example inputProblem('./typo') // './typo: does not exist'
 * @example inputProblem('notes.csv') // 'notes.csv is not a report (a .txt, .md or .html file, or a folder of them)'
 */
export function inputProblem(p: string): string | null {
  try {
    if (statSync(p).isDirectory()) {
      readdirSync(p);
      return null;
    }
    if (!EXTENSIONS.test(p)) return `${p} is not a report (a .txt, .md or .html file, or a folder of them)`;
    return null;
  } catch (err) {
    return fsProblem(err, p);
  }
}

/** Reports of one folder to read: all of them (a folder given) or the files given from it. */
interface Source {
  dir: string;
  /** File names in `dir`; for a folder given, every report file in it, sorted. */
  names: string[];
  /** A whole folder: its index.json's entries for missing files are warned about. */
  whole: boolean;
}

/**
 * Reads the reports at `paths`, in the order given: a folder gives its report files sorted by
 * name, a file itself. The index.json of a file's folder gives its metadata as when the whole
 * folder is read; a file reached twice (given again, or inside a folder given) is read once.
 * Every problem with a file becomes a warning naming it.
 *
 * @example readReportPaths(['reports/', 'extra/late-report.txt'])
 */
export function readReportPaths(paths: string[]): ReadResult {
  const warnings: ReadResult['warnings'] = [];
  const sources: Source[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      warnings.push({ file: p, message: `cannot read: ${fsProblem(err, p)}` });
      continue;
    }
    if (!isDir) {
      // Consecutive files of one folder share its index.json (read once).
      const dir = path.dirname(p);
      const last = sources.at(-1);
      if (last && !last.whole && last.dir === dir) last.names.push(path.basename(p));
      else sources.push({ dir, names: [path.basename(p)], whole: false });
      continue;
    }
    try {
      sources.push({ dir: p, names: readdirSync(p).sort(), whole: true });
    } catch (err) {
      warnings.push({ file: p, message: `cannot read folder: ${fsProblem(err, p)}` });
    }
  }
  const read: { name: string; text: string; rec: IndexRecord }[] = [];
  const seen = new Set<string>();
  const unlisted: ReadResult['warnings'] = [];
  for (const source of sources) read.push(...readSource(source, seen, warnings, unlisted));
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
  return { articles, warnings: [...warnings, ...unlisted] };
}

/** The reports of one source, with their index records; `seen` holds the real paths read so far. */
function readSource(
  { dir, names, whole }: Source,
  seen: Set<string>,
  warnings: ReadResult['warnings'],
  unlisted: ReadResult['warnings'],
): { name: string; text: string; rec: IndexRecord }[] {
  let realDir: string;
  try {
    realDir = realpathSync(dir);
  } catch (err) {
    for (const name of names) warnings.push({ file: name, message: `cannot read: ${fsProblem(err, dir)}` });
    return [];
  }
  const index = new Map<string, IndexRecord>();
  const indexFile = path.join(dir, 'index.json');
  if (whole ? names.includes('index.json') : existsSync(indexFile)) {
    const where = insideFolder(realDir, indexFile);
    if ('refused' in where) warnings.push({ file: 'index.json', message: where.refused });
    else for (const [k, v] of readIndex(where.real, warnings)) index.set(k, v);
  }
  const read: { name: string; text: string; rec: IndexRecord }[] = [];
  for (const name of whole ? names.filter((n) => EXTENSIONS.test(n)) : names) {
    const file = path.join(dir, name);
    let bytes: Buffer;
    try {
      // A link inside a folder given is followed only within it; a file given is read wherever it is.
      const where = whole ? insideFolder(realDir, file) : { real: file };
      if ('refused' in where) {
        warnings.push({ file: name, message: where.refused });
        continue;
      }
      const real = realpathSync(where.real);
      if (!statSync(real).isFile() || seen.has(real)) continue;
      seen.add(real);
      bytes = readFileSync(real);
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
  if (whole)
    for (const f of index.keys())
      if (!names.includes(f))
        unlisted.push({ file: 'index.json', message: `lists "${f}", which is not in the folder` });
  return read;
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
