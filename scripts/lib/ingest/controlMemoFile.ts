// The control memo (src/control/controlMemo.ts) kept in the ingest's cache folder, beside the
// readings: one file per version of the combining code, `control-<version>.memo`, so new code
// never reads another code's answers. Read whole when the run starts; written again when the
// run is done, holding only the answers that run used (the rest are stale), to a temporary
// file renamed over the old one: a crash leaves the old file or the new one, never half of one.
// A file that cannot be read is ignored (every step is computed, and the file written anew).
//
// Layout: "CTLMEMO1", entry count (u32), 0 (u32); per entry its 16-character key, the number
// of values n (u32), 0 (u32), then n float64 (little-endian); "CTLMEND!" at the end. Every
// field keeps the float64s 8-byte aligned.
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ControlMemo } from '../../../src/control/controlMemo.ts';

const MAGIC = 'CTLMEMO1';
const END = 'CTLMEND!';
const KEY = 16;
const FILE = /^control-[0-9a-z]+\.memo$/;

export class ControlMemoFile implements ControlMemo {
  private loaded = new Map<string, Float64Array>();
  private used = new Map<string, Float64Array>();
  private added = 0;
  readonly file: string;
  readonly stats = { loaded: 0, hits: 0, misses: 0, written: 0, damaged: false };

  /** The memo of combining-code `version` in cache folder `dir` (read now when it exists). */
  constructor(
    private dir: string,
    version: string,
  ) {
    this.file = path.join(dir, `control-${version.replace(/[^0-9a-z]/gi, '').toLowerCase()}.memo`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch {
      return;
    }
    try {
      this.loaded = decodeMemo(bytes);
      this.stats.loaded = this.loaded.size;
    } catch {
      this.stats.damaged = true;
    }
  }

  get(key: string): Float64Array | undefined {
    const v = this.used.get(key) ?? this.loaded.get(key);
    if (v) {
      this.used.set(key, v);
      this.stats.hits++;
    } else this.stats.misses++;
    return v;
  }

  set(key: string, value: Float64Array): void {
    if (key.length !== KEY) throw new Error(`control memo: a key of ${key.length} characters`);
    this.used.set(key, value);
    this.added++;
  }

  /**
   * Writes the answers this run used (none new and none dropped: nothing written), then removes
   * memo files of other code versions. Returns whether the file was written.
   */
  save(): boolean {
    const same =
      this.added === 0 && !this.stats.damaged && this.used.size === this.loaded.size && this.loaded.size > 0;
    if (!same) {
      const tmp = path.join(this.dir, `.tmp-${path.basename(this.file)}-${process.pid}`);
      try {
        writeFileSync(tmp, encodeMemo(this.used));
        renameSync(tmp, this.file);
      } catch (err) {
        rmSync(tmp, { force: true });
        throw err;
      }
      this.stats.written = this.used.size;
    }
    for (const name of readdirSync(this.dir))
      if (FILE.test(name) && name !== path.basename(this.file))
        rmSync(path.join(this.dir, name), { force: true });
    return !same;
  }
}

/** The file's bytes for these entries. */
export function encodeMemo(entries: Map<string, Float64Array>): Buffer {
  let size = 16 + 8;
  for (const v of entries.values()) size += KEY + 8 + v.length * 8;
  const buf = Buffer.alloc(size);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(entries.size, 8);
  let at = 16;
  for (const [key, v] of entries) {
    if (key.length !== KEY || !/^[0-9a-f]+$/.test(key)) throw new Error(`control memo: bad key ${key}`);
    buf.write(key, at, 'latin1');
    buf.writeUInt32LE(v.length, at + KEY);
    at += KEY + 8;
    Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(buf, at);
    at += v.length * 8;
  }
  buf.write(END, at, 'latin1');
  return buf;
}

/** encodeMemo read back; throws on bytes that are not a whole memo file. */
export function decodeMemo(bytes: Buffer): Map<string, Float64Array> {
  if (bytes.length < 24 || bytes.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a control memo');
  const n = bytes.readUInt32LE(8);
  // One copy into an 8-byte aligned buffer, then every entry is a view on it.
  const data = new Float64Array(Math.floor(bytes.length / 8));
  Buffer.from(data.buffer).set(bytes.subarray(0, data.length * 8));
  const out = new Map<string, Float64Array>();
  let at = 16;
  for (let i = 0; i < n; i++) {
    if (at + KEY + 8 > bytes.length - 8) throw new Error('control memo cut short');
    const key = bytes.toString('latin1', at, at + KEY);
    const len = bytes.readUInt32LE(at + KEY);
    at += KEY + 8;
    if (at + len * 8 > bytes.length - 8) throw new Error('control memo cut short');
    out.set(key, data.subarray(at / 8, at / 8 + len));
    at += len * 8;
  }
  if (at !== bytes.length - 8 || bytes.toString('latin1', at, at + 8) !== END)
    throw new Error('control memo: bad end');
  return out;
}
