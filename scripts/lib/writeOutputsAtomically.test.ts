// An interrupted write leaves the old output whole: a writer that fails at each step in turn.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FileSet,
  nodeFileOps,
  OutputError,
  writeFilesAtomically,
  type FileOps,
} from './writeOutputsAtomically.ts';

const dirs: string[] = [];
function folder(files: Record<string, string> = {}): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
  dirs.push(d);
  for (const [n, t] of Object.entries(files)) writeFileSync(path.join(d, n), t);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const OLD = {
  'manifest.json': 'old m',
  'places.geojson': 'old p',
  'incidents.geojson': 'old i',
  'control.geojson': 'old c',
};
const NEW = {
  'manifest.json': 'new m',
  'places.geojson': 'new p',
  'incidents.geojson': 'new i',
  'control.geojson': 'new c',
};

function contents(d: string): Record<string, string> {
  return Object.fromEntries(readdirSync(d).map((f) => [f, readFileSync(path.join(d, f), 'utf8')]));
}

/** File ops whose `op` fails on its n-th call (a full disk on the third write, …). */
function failing(op: keyof FileOps, n: number, code = 'ENOSPC'): FileOps {
  let calls = 0;
  return {
    ...nodeFileOps,
    [op]: (...args: unknown[]) => {
      if (++calls === n) throw Object.assign(new Error(`${code}: injected`), { code });
      return (nodeFileOps[op] as (...a: unknown[]) => unknown)(...args);
    },
  };
}

describe('writeFilesAtomically', () => {
  it('writes a whole set into a new or existing folder', () => {
    const d = folder(OLD);
    writeFilesAtomically(d, NEW);
    expect(contents(d)).toEqual(NEW);
    const fresh = path.join(folder(), 'a/b');
    writeFilesAtomically(fresh, { ...NEW, 'local/articles.json': '[]' });
    expect(readFileSync(path.join(fresh, 'local/articles.json'), 'utf8')).toBe('[]');
  });

  it.each([1, 2, 3, 4])('a disk full on write %i leaves the old set whole and no temporary file', (n) => {
    const d = folder(OLD);
    expect(() => writeFilesAtomically(d, NEW, failing('writeFile', n))).toThrow(OutputError);
    expect(contents(d)).toEqual(OLD);
  });

  it('names the file and the reason', () => {
    const d = folder(OLD);
    expect(() => writeFilesAtomically(d, NEW, failing('writeFile', 2))).toThrow(
      `${path.join(d, 'places.geojson')}: the disk is full`,
    );
  });

  it.each([1, 2, 3, 4])('a failed rename %i puts the old files back', (n) => {
    const d = folder(OLD);
    expect(() => writeFilesAtomically(d, NEW, failing('rename', n, 'EIO'))).toThrow(OutputError);
    expect(contents(d)).toEqual(OLD);
  });

  it('a failed rename into a folder that had no output leaves it empty', () => {
    const d = folder();
    expect(() => writeFilesAtomically(d, NEW, failing('rename', 3, 'EIO'))).toThrow(OutputError);
    expect(contents(d)).toEqual({});
  });

  it('a failed backup link leaves the old set whole', () => {
    const d = folder(OLD);
    expect(() => writeFilesAtomically(d, NEW, failing('link', 2, 'EPERM'))).toThrow(OutputError);
    expect(contents(d)).toEqual(OLD);
  });

  it('removes what a killed run left behind, and nothing else', () => {
    const d = folder({ ...OLD, '.places.geojson.new-abc123': 'half', 'notes.txt': 'mine' });
    writeFilesAtomically(d, NEW);
    expect(contents(d)).toEqual({ ...NEW, 'notes.txt': 'mine' });
  });

  it('a file may be written chunk by chunk; a chunk writer that fails leaves the old set whole', () => {
    const d = folder(OLD);
    const streamed = (write: (chunk: string) => void) => ['new', ' ', 'p'].forEach(write);
    writeFilesAtomically(d, { ...NEW, 'places.geojson': streamed });
    expect(contents(d)).toEqual(NEW);
    const e = folder(OLD);
    const broken = (write: (chunk: string) => void) => {
      write('half');
      throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
    };
    expect(() => writeFilesAtomically(e, { ...NEW, 'incidents.geojson': broken })).toThrow(
      `${path.join(e, 'incidents.geojson')}: the disk is full`,
    );
    expect(contents(e)).toEqual(OLD);
  });

  it('a file opened and written piece by piece joins the set; a failure while streaming changes nothing', () => {
    const d = folder(OLD);
    const set = new FileSet(d);
    const places = set.open('places.geojson');
    places.write('new ');
    set.write('manifest.json', 'new m');
    places.write('p');
    places.close();
    set.write('incidents.geojson', 'new i');
    set.write('control.geojson', 'new c');
    set.commit();
    expect(contents(d)).toEqual(NEW);

    const e = folder(OLD);
    let writes = 0;
    const full: FileOps = {
      ...nodeFileOps,
      open(file) {
        const sink = nodeFileOps.open(file);
        return {
          write(chunk) {
            if (++writes === 3) throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
            sink.write(chunk);
          },
          close: () => sink.close(),
        };
      },
    };
    const broken = new FileSet(e, full);
    broken.write('manifest.json', 'new m');
    const r = broken.open('readings.json');
    r.write('[');
    r.write('1');
    expect(() => r.write(']')).toThrow(`${path.join(e, 'readings.json')}: the disk is full`);
    broken.abort();
    expect(contents(e)).toEqual(OLD);
    // A file still open is not swapped in.
    const f = folder(OLD);
    const open = new FileSet(f);
    open.open('places.geojson').write('half');
    expect(() => open.commit()).toThrow(/still being written/);
    expect(contents(f)).toEqual(OLD);
  });

  it('a path under a file is named', () => {
    const d = folder({ 'report.txt': 'x' });
    expect(() => writeFilesAtomically(path.join(d, 'report.txt/out'), NEW)).toThrow(
      `${path.join(d, 'report.txt')} is a file, not a folder`,
    );
  });
});
