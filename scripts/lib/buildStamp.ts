// Whether built files are up to date, by what they were made from rather than by file times: a
// build writes a stamp naming its inputs and a key of their content; the outputs are fresh while
// they exist and the inputs still give that key. A fresh clone, a branch switch or `git pull`
// gives every file a new time but the same content, so nothing is rebuilt for nothing; an input
// changed to an older time (a package's files, which npm dates as the tarball does) still counts.
// A file inside node_modules counts as its package's installed version and integrity (a
// published version does not change), so the key never reads tens of MB of package data.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a stamp file holds. */
export interface Stamp {
  /** Key of the inputs' content (inputsKey). */
  key: string;
  /** The inputs, relative to the root, sorted; a package's files as its folder. */
  inputs: string[];
  /**
   * The inputs' sizes and times when the key was last found right (statsKey): while they are
   * the same, the content is not read again.
   */
  stats?: string;
}

/** An input as the stamp names it: a file inside node_modules by its package's folder. */
function inputName(file: string, root: string): string {
  const rel = path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
  const parts = rel.split('/');
  const i = parts.lastIndexOf('node_modules');
  if (i < 0 || i + 1 >= parts.length - 1) return rel;
  return parts.slice(0, i + (parts[i + 1].startsWith('@') ? 3 : 2)).join('/');
}

/** The relative, sorted, distinct names of `files` under `root` (packages once each). */
function inputNames(files: string[], root: string): string[] {
  return [...new Set(files.map((f) => inputName(f, root)))].sort();
}

/** What npm installed (node_modules/.package-lock.json's packages: version and integrity), or none. */
function installed(root: string): Record<string, { version?: string; integrity?: string }> {
  try {
    const lock = JSON.parse(readFileSync(path.join(root, 'node_modules/.package-lock.json'), 'utf8')) as {
      packages?: Record<string, { version?: string; integrity?: string }>;
    };
    return lock.packages ?? {};
  } catch {
    return {};
  }
}

/** A package folder as inputName gives it. */
const PACKAGE = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+$/;

/**
 * One input as the key sees it: a package by the version and integrity npm installed (without
 * touching its files; its package.json's name and version when npm's record lacks it), a file by
 * its bytes' hash.
 */
function identity(name: string, root: string, packages: () => ReturnType<typeof installed>): string {
  const file = path.join(root, name);
  if (PACKAGE.test(name)) {
    const p = packages()[name];
    if (p?.version && p.integrity) return `${p.version} ${p.integrity}`;
    try {
      const json = JSON.parse(readFileSync(path.join(file, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      return `${json.name}@${json.version}`;
    } catch {
      return 'missing';
    }
  }
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return 'missing';
  }
}

/**
 * A key of the content of `files` (paths relative to `root` or absolute): equal keys, same inputs.
 *
 * @example inputsKey(['data/gazetteer/countries.json'], repoRoot)
 */
export function inputsKey(files: string[], root: string, salt = ''): string {
  const h = createHash('sha256').update(`${salt}\n`);
  let lock: ReturnType<typeof installed> | undefined;
  const packages = () => (lock ??= installed(root));
  for (const name of inputNames(files, root)) h.update(`${name}\0${identity(name, root, packages)}\n`);
  return h.digest('hex').slice(0, 32);
}

/**
 * A key of the inputs' sizes and modification times (packages: npm's record of what it
 * installed): a shortcut only, equal stats meaning nothing was touched since.
 */
function statsKey(names: string[], root: string, salt: string): string {
  const h = createHash('sha256').update(`${salt}\n`);
  const stat = (f: string) => {
    const st = statSync(path.join(root, f), { throwIfNoEntry: false });
    return st ? `${st.size}:${st.mtimeMs}` : '-';
  };
  h.update(stat('node_modules/.package-lock.json'));
  for (const name of names) if (!PACKAGE.test(name)) h.update(`${name}\0${stat(name)}\n`);
  return h.digest('hex').slice(0, 32);
}

/** The stamp in `file`, or null when there is none or it cannot be read. */
export function readStamp(file: string): Stamp | null {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Stamp;
    return typeof s.key === 'string' && Array.isArray(s.inputs) ? s : null;
  } catch {
    return null;
  }
}

/**
 * Records that the outputs were just built from `inputs` (written aside and renamed); `salt`
 * stands for what else they were made from (another build's key).
 */
export function writeStamp(file: string, inputs: string[], root: string, salt = ''): Stamp {
  const names = inputNames(inputs, root);
  const stamp: Stamp = {
    key: inputsKey(names, root, salt),
    inputs: names,
    stats: statsKey(names, root, salt),
  };
  store(file, stamp);
  return stamp;
}

function store(file: string, stamp: Stamp): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(stamp, null, 1) + '\n');
  renameSync(tmp, file);
}

/**
 * True when every output exists and the inputs the stamp names, with `more` (inputs found now,
 * such as every file of a data folder: one added since counts), still give its key. Their
 * content is read only when a size or time changed since it was last found right (then the
 * stamp keeps the new ones).
 */
export function isBuilt(o: {
  stamp: string;
  outputs: string[];
  more?: string[];
  root: string;
  /** As given to writeStamp. */
  salt?: string;
}): boolean {
  const salt = o.salt ?? '';
  if (!o.outputs.every((f) => existsSync(f))) return false;
  const stamp = readStamp(o.stamp);
  if (!stamp) return false;
  const names = inputNames([...stamp.inputs, ...(o.more ?? [])], o.root);
  if (names.length !== stamp.inputs.length) return false;
  const stats = statsKey(names, o.root, salt);
  if (stats === stamp.stats) return true;
  if (inputsKey(names, o.root, salt) !== stamp.key) return false;
  try {
    store(o.stamp, { ...stamp, stats });
  } catch {
    // Read-only checkout: the content is read again next time.
  }
  return true;
}
