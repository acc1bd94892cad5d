// Writing a set of files as a whole: every file is first written beside its target under a
// temporary name (and flushed to disk), then the old files are kept as hard links and the new
// ones renamed over them. A failure while writing (disk full, permissions) removes the new files
// and leaves the old set as it was; a failure while renaming puts the old files back. Ctrl-C is
// held back until the swap is done. What a crash in the microseconds of the swap could leave, the
// manifest's digests make visible (src/pipeline/outputSet.ts).
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { fsProblem } from './fsProblem.ts';

/**
 * A file's content: its text, or a function that writes it chunk by chunk (a big file streamed
 * without ever being one string). A chunk writer may throw: the set is then not written.
 */
export type FileContent = string | ((write: (chunk: string) => void) => void);

/**
 * A file being written piece by piece; `close` flushes it to disk. A chunk is text (written as
 * UTF-8) or bytes written as they are (text kept encoded, e.g. the reading cache's).
 */
export interface FileSink {
  write(chunk: string | Uint8Array): void;
  close(): void;
}

/** The file operations used, so a test can make one of them fail. */
export interface FileOps {
  mkdir(dir: string): void;
  /** Writes and flushes a whole file. */
  writeFile(file: string, content: FileContent): void;
  /** Opens a file to be written piece by piece (a layer of 100 MB is never one string). */
  open(file: string): FileSink;
  rename(from: string, to: string): void;
  /** A second name for an existing file (a copy where hard links are not supported). */
  link(existing: string, alias: string): void;
  unlink(file: string): void;
  exists(file: string): boolean;
  list(dir: string): string[];
}

/** Bytes gathered before a write to a file opened with `open`. */
const BUFFER = 1 << 20;

/**
 * A file opened for writing, its chunks encoded straight into a buffer of about a megabyte that
 * is written when full (no joined string, no second copy); a chunk larger than the buffer is
 * written on its own.
 */
function openFile(file: string): FileSink {
  const fd = openSync(file, 'w');
  const buffer = Buffer.allocUnsafe(BUFFER);
  let used = 0;
  let open = true;
  const drain = () => {
    for (let at = 0; at < used;) at += writeSync(fd, buffer, at, used - at);
    used = 0;
  };
  return {
    write(chunk) {
      if (typeof chunk !== 'string') {
        if (chunk.length > BUFFER - used) {
          drain();
          if (chunk.length > BUFFER) {
            for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
            return;
          }
        }
        buffer.set(chunk, used);
        used += chunk.length;
        return;
      }
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (chunk.length * 3 > BUFFER - used) {
        drain();
        if (chunk.length * 3 > BUFFER) {
          const bytes = Buffer.from(chunk, 'utf8');
          for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
          return;
        }
      }
      used += buffer.write(chunk, used, 'utf8');
    },
    close() {
      if (!open) return;
      open = false;
      try {
        drain();
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
  };
}

export const nodeFileOps: FileOps = {
  mkdir: (dir) => mkdirSync(dir, { recursive: true }),
  writeFile(file, content) {
    const sink = openFile(file);
    try {
      if (typeof content === 'string') sink.write(content);
      else content(sink.write);
    } catch (err) {
      // The writer failed: the file is closed here and removed by the caller.
      quietly(() => sink.close());
      throw err;
    }
    sink.close();
  },
  open: openFile,
  rename: renameSync,
  link(existing, alias) {
    try {
      linkSync(existing, alias);
    } catch {
      copyFileSync(existing, alias);
    }
  },
  unlink: unlinkSync,
  exists: existsSync,
  list: (dir) => readdirSync(dir),
};

/** A write that failed, in words naming the path ("out/places.geojson: the disk is full"). */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** Temporary names of a previous run that was killed: `.places.geojson.new-k3x9`. */
const LEFTOVER = /^\..+\.(?:new|old)-[0-9a-z]+$/;

function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // best effort: cleaning up after a failure must not hide the failure
  }
}

/** Signals that would kill the process mid-swap: held until the swap is done, then obeyed. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Holds Ctrl-C (and SIGTERM, SIGHUP) until the returned function is called, then obeys it. */
export function holdSignals(): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopped after the output was written whole`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  // A signal that came during the swap is delivered on the next turn of the event loop.
  return () => setImmediate(() => SIGNALS.forEach((s) => process.off(s, onSignal)));
}

interface Entry {
  target: string;
  fresh: string;
  old: string;
  hadOld: boolean;
  sink?: FileSink;
}

/**
 * A set of files written aside, then swapped in whole (`commit`) or removed (`abort`). Files are
 * written whole (`write`) or piece by piece (`open`, e.g. readings.json as reports are read).
 * Every error is an OutputError naming the path.
 *
 * @example
 * const set = new FileSet('public/data');
 * const r = set.open('readings.json'); r.write('[]'); r.close();
 * set.write('manifest.json', '{}');
 * set.commit();
 */
export class FileSet {
  private token = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  private entries: Entry[] = [];
  private folders = new Set<string>();

  constructor(
    readonly dir: string,
    private ops: FileOps = nodeFileOps,
  ) {}

  private at = (p: string, err: unknown) =>
    err instanceof OutputError ? err : new OutputError(fsProblem(err, p));

  /** A new entry; its folder is made and cleared of a killed run's leftovers the first time. */
  private entry(name: string): Entry {
    const target = path.join(this.dir, name);
    const folder = path.dirname(target);
    if (!this.folders.has(folder)) {
      try {
        this.ops.mkdir(folder);
      } catch (err) {
        throw this.at(folder, err);
      }
      quietly(() => {
        for (const f of this.ops.list(folder)) if (LEFTOVER.test(f)) this.ops.unlink(path.join(folder, f));
      });
      this.folders.add(folder);
    }
    const base = path.basename(target);
    const e: Entry = {
      target,
      fresh: path.join(folder, `.${base}.new-${this.token}`),
      old: path.join(folder, `.${base}.old-${this.token}`),
      hadOld: false,
    };
    this.entries.push(e);
    return e;
  }

  /** Writes a whole file aside: its text, or what a chunk writer gives. */
  write(name: string, content: FileContent): void {
    const e = this.entry(name);
    try {
      this.ops.writeFile(e.fresh, content);
    } catch (err) {
      throw this.at(e.target, err);
    }
  }

  /** Opens a file aside to be written piece by piece; close it before `commit`. */
  open(name: string): FileSink {
    const e = this.entry(name);
    try {
      e.sink = this.ops.open(e.fresh);
    } catch (err) {
      throw this.at(e.target, err);
    }
    const sink = e.sink;
    return {
      write: (chunk) => {
        try {
          sink.write(chunk);
        } catch (err) {
          throw this.at(e.target, err);
        }
      },
      close: () => {
        try {
          sink.close();
        } catch (err) {
          throw this.at(e.target, err);
        }
        e.sink = undefined;
      },
    };
  }

  /** Removes the files written aside; the files in place are untouched. */
  abort(): void {
    for (const e of this.entries) {
      if (e.sink) quietly(() => e.sink!.close());
      quietly(() => this.ops.unlink(e.fresh));
    }
    this.entries = [];
  }

  /**
   * Swaps the set in: the old files kept under a second name, the new ones renamed over them; a
   * failure puts the old ones back (and removes the new ones) before the error is thrown.
   */
  commit(): void {
    const entries = this.entries;
    this.entries = [];
    try {
      for (const e of entries) if (e.sink) throw new OutputError(`${e.target}: still being written`);
    } catch (err) {
      this.entries = entries;
      this.abort();
      throw err;
    }
    // The old files kept under a second name, so a failed swap can put them back.
    try {
      for (const e of entries) {
        e.hadOld = this.ops.exists(e.target);
        if (e.hadOld) {
          try {
            this.ops.link(e.target, e.old);
          } catch (err) {
            throw this.at(e.target, err);
          }
        }
      }
    } catch (err) {
      for (const e of entries) {
        quietly(() => this.ops.unlink(e.fresh));
        if (e.hadOld) quietly(() => this.ops.unlink(e.old));
      }
      throw err;
    }
    // The swap: each rename replaces one file at once; a failure puts back the ones done.
    let done = 0;
    try {
      for (const e of entries) {
        try {
          this.ops.rename(e.fresh, e.target);
        } catch (err) {
          throw this.at(e.target, err);
        }
        done++;
      }
    } catch (err) {
      for (const e of entries.slice(0, done)) {
        if (e.hadOld) quietly(() => this.ops.rename(e.old, e.target));
        else quietly(() => this.ops.unlink(e.target));
      }
      for (const e of entries.slice(done)) quietly(() => this.ops.unlink(e.fresh));
      for (const e of entries) if (e.hadOld) quietly(() => this.ops.unlink(e.old));
      throw err;
    }
    for (const e of entries) if (e.hadOld) quietly(() => this.ops.unlink(e.old));
  }
}

/**
 * Writes `files` (name relative to `dir` → text, or a chunk writer) into `dir`: all of them, or none.
 * Throws an OutputError naming the path when it cannot; the files already there are then as before.
 *
 * @example
 * writeFilesAtomically('public/data', { 'manifest.json': '{…}', 'places.geojson': '{…}' });
 */
export function writeFilesAtomically(
  dir: string,
  files: Record<string, FileContent>,
  ops: FileOps = nodeFileOps,
  options: { holdSignals?: boolean } = {},
): void {
  const release = options.holdSignals ? holdSignals() : () => {};
  const set = new FileSet(dir, ops);
  try {
    try {
      for (const [name, content] of Object.entries(files)) set.write(name, content);
    } catch (err) {
      set.abort();
      throw err;
    }
    set.commit();
  } finally {
    release();
  }
}
