// The CLI as a user meets it (docs/robustness.md): every failure exits non-zero with one line
// naming the file or option, no stack trace, and the output folder exactly as it was. One run
// loads the gazetteer: a good report with a boundary file holding a degenerate ring.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputSet } from '../src/pipeline/outputSet.ts';

const repo = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function dir(name: string, files: Record<string, string | Buffer> = {}): string {
  const d = path.join(tmp, name);
  mkdirSync(d, { recursive: true });
  for (const [f, content] of Object.entries(files)) writeFileSync(path.join(d, f), content);
  return d;
}

/** A previous run's output, to check that a failure leaves it as it was. */
const PREVIOUS = {
  'manifest.json': '{"old":true}\n',
  'places.geojson': '{"type":"FeatureCollection","features":[]}\n',
};
const snapshot = (d: string) =>
  Object.fromEntries(readdirSync(d).map((f) => [f, readFileSync(path.join(d, f), 'utf8')]));

function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const report = 'ALEPPO (Wire) — Rebels entered Aleppo on Friday, 29 November 2024, residents said.\n';
const square = [[36.5, 35.5], [37.5, 35.5], [37.5, 36.5], [36.5, 36.5], [36.5, 35.5]]; // prettier-ignore
const point = [[37, 36], [37, 36], [37, 36], [37, 36]]; // prettier-ignore
const feature = (name: string, ring: number[][], more: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { name, ...more },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

describe('ingest: refusals that change nothing', () => {
  const good = dir('good', { 'a.txt': report });
  const notJson = path.join(dir('files', { 'control.geojson': '{"type":' }), 'control.geojson');
  const degenerate = path.join(tmp, 'files', 'degenerate.geojson');
  writeFileSync(
    degenerate,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [feature('Idlib', point, { controller: 'rebels', date: '2024-11-29' })],
    }),
  );
  const cases: [string, string[], RegExp, number][] = [
    ['a folder that does not exist', ['TYPO'], /^ingest: reports TYPO: does not exist; nothing written$/, 1],
    [
      'a file that is no report',
      [good, path.join(dir('csv', { 'notes.csv': 'a,b' }), 'notes.csv')],
      /^ingest: reports .*notes\.csv is not a report \(a \.txt, \.md or \.html file, or a folder of them\); nothing written$/,
      1,
    ],
    [
      'an empty folder',
      [dir('empty')],
      /^ingest: no reports to read in .*empty \(no \.txt, \.md or \.html files\); nothing written$/,
      1,
    ],
    [
      'a folder of unreadable reports',
      [dir('latin1', { 'x.txt': Buffer.from('Alep\xe9', 'latin1') })],
      /1 file could not be read/,
      1,
    ],
    [
      '--out on a file',
      [good, '--out', path.join(good, 'a.txt')],
      /^ingest: --out .*a\.txt: cannot write there \(.*a\.txt is a file, not a folder\); nothing written$/,
      1,
    ],
    [
      '--out inside a file',
      [good, '--out', path.join(good, 'a.txt', 'out')],
      /cannot write there \(.*a\.txt is a file, not a folder\)/,
      1,
    ],
    ['--out without a folder', [good, '--out'], /^ingest: --out needs a folder/, 2],
    [
      '--workers that is not a whole number',
      [good, '--workers', 'two'],
      /^ingest: --workers needs a whole number of 1 or more, not "two"$/,
      2,
    ],
    [
      '--cache on a file',
      [good, '--cache', path.join(good, 'a.txt')],
      /^ingest: --cache .*a\.txt: cannot write there \(.*a\.txt is a file, not a folder\); nothing written$/,
      1,
    ],
    ['an unknown option', [good, '--frobnicate'], /^ingest: unknown option --frobnicate/, 2],
    ['a folder then a typo', [good, 'TYPO'], /^ingest: reports TYPO: does not exist; nothing written$/, 1],
    ['no reports named', ['--workers', '1'], /^ingest: which reports\? usage: /, 2],
    [
      'a control file that does not exist',
      [good, '--control', 'nope.geojson'],
      /^ingest: --control nope\.geojson: does not exist$/,
      1,
    ],
    [
      'a control file that is not JSON',
      [good, '--control', notJson],
      /^ingest: --control .*control\.geojson: not JSON \(/,
      1,
    ],
    [
      'a control file of degenerate rings',
      [good, '--control', degenerate],
      /nothing in it could be used \(feature 0 \("Idlib"\): ring 0 encloses no area/,
      1,
    ],
    [
      '--add to an output that is not whole',
      [good, '--add'],
      /^ingest: --add: cannot read .*control\.geojson: does not exist$/,
      1,
    ],
  ];
  it.each(cases)('%s', (_, args, message, status) => {
    const out = dir(`out-${Math.random().toString(36).slice(2)}`, PREVIOUS);
    const hasOut = args.includes('--out');
    const r = ingest(...args, ...(hasOut ? [] : ['--out', out]));
    expect(r.status).toBe(status);
    const lines = r.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('warning: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(snapshot(out)).toEqual(PREVIOUS);
  });
});

describe('ingest: a run that succeeds', () => {
  it('writes one sealed set, and names a boundary feature it could not use', () => {
    const reports = dir('run', { 'a.txt': report });
    const boundaries = path.join(tmp, 'files', 'boundaries.geojson');
    writeFileSync(
      boundaries,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [feature('Idlib', square), feature('Nowhere', point)],
      }),
    );
    const out = dir('run-out', PREVIOUS);
    const r = ingest(reports, '--out', out, '--boundaries', boundaries);
    expect(r.stderr).toContain('warning: --boundaries');
    expect(r.stderr).toContain('feature 1 ("Nowhere"): ring 0 encloses no area');
    expect(r.status).toBe(0);
    const files = snapshot(out);
    expect(Object.keys(files).sort()).toEqual([
      'control.geojson',
      'incidents.geojson',
      'manifest.json',
      'places.geojson',
      'readings.json',
    ]);
    const parsed = Object.fromEntries(Object.entries(files).map(([f, t]) => [f, JSON.parse(t) as unknown]));
    expect(checkOutputSet(parsed['manifest.json'], parsed)).toEqual({ foreign: [], problems: [] });
    // A typo afterwards leaves this output as it is.
    expect(ingest('TYPO', '--out', out).status).toBe(1);
    expect(snapshot(out)).toEqual(files);
  }, 300_000);
});
