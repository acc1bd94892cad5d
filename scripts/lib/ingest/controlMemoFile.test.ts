import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ControlMemoFile, decodeMemo, encodeMemo } from './controlMemoFile.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'control-memo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const KEY_A = '0123456789abcdef';
const KEY_B = 'fedcba9876543210';
const KEY_C = '00000000ffffffff';

describe('control memo file', () => {
  it('reads back what it wrote, numbers exact', () => {
    const entries = new Map([
      [KEY_A, new Float64Array([0.1 + 0.2, -1e-300, 36.123456789, 20150])],
      [KEY_B, new Float64Array([])],
    ]);
    const back = decodeMemo(encodeMemo(entries));
    expect([...back.keys()]).toEqual([KEY_A, KEY_B]);
    expect([...back.get(KEY_A)!]).toEqual([...entries.get(KEY_A)!]);
    expect(back.get(KEY_B)!.length).toBe(0);
  });

  it('refuses a file cut short, with bytes after its end, or of another kind', () => {
    const bytes = encodeMemo(new Map([[KEY_A, new Float64Array([1, 2, 3])]]));
    expect(() => decodeMemo(bytes.subarray(0, bytes.length - 8))).toThrow();
    expect(() => decodeMemo(bytes.subarray(0, 40))).toThrow();
    expect(() => decodeMemo(Buffer.concat([bytes, Buffer.alloc(8)]))).toThrow();
    expect(() => decodeMemo(Buffer.from('{"not":"a memo"}'))).toThrow();
  });

  it('keeps only the answers a run used, swaps the file whole and removes other versions', () => {
    const first = new ControlMemoFile(dir, 'v1');
    expect(first.get(KEY_A)).toBeUndefined();
    first.set(KEY_A, new Float64Array([1]));
    first.set(KEY_B, new Float64Array([2, 3]));
    expect(first.save()).toBe(true);
    const second = new ControlMemoFile(dir, 'v1');
    expect(second.stats.loaded).toBe(2);
    expect([...second.get(KEY_B)!]).toEqual([2, 3]);
    second.set(KEY_C, new Float64Array([4]));
    expect(second.save()).toBe(true);
    // KEY_A was not asked for: gone. No temporary file is left.
    const third = new ControlMemoFile(dir, 'v1');
    expect(third.get(KEY_A)).toBeUndefined();
    expect(third.get(KEY_B)).toBeDefined();
    expect(third.get(KEY_C)).toBeDefined();
    expect(readdirSync(dir)).toEqual(['control-v1.memo']);
    // Asked for the same answers and nothing new: the file is left as it is.
    const fourth = new ControlMemoFile(dir, 'v1');
    fourth.get(KEY_B);
    fourth.get(KEY_C);
    expect(fourth.save()).toBe(false);
    // New combining code: its own file; the old one goes when the new one is written.
    const other = new ControlMemoFile(dir, 'v2');
    expect(other.get(KEY_B)).toBeUndefined();
    other.set(KEY_B, new Float64Array([5]));
    other.save();
    expect(readdirSync(dir)).toEqual(['control-v2.memo']);
  });

  it('ignores a damaged file and writes a whole one in its place', () => {
    const file = path.join(dir, 'control-v1.memo');
    writeFileSync(file, encodeMemo(new Map([[KEY_A, new Float64Array([1, 2])]])).subarray(0, 30));
    const memo = new ControlMemoFile(dir, 'v1');
    expect(memo.stats.damaged).toBe(true);
    expect(memo.get(KEY_A)).toBeUndefined();
    memo.set(KEY_A, new Float64Array([7]));
    memo.save();
    expect([...decodeMemo(readFileSync(file)).get(KEY_A)!]).toEqual([7]);
  });
});
