// The CLI as a user runs it (node scripts/cli.mjs ingest, the precompiled bundle, worker threads,
// the cache), on synthetic reports: the output does not depend on the number of workers or on
// the cache, a crash mid-run leaves a cache the next run uses, a bad file is named and skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGazetteer } from '../loadGazetteer.ts';
import { repoRoot } from '../gazetteerPaths.ts';
import { corpusPlaces, makeCorpus } from '../makeCorpus.ts';

const REPORTS = 72; // above IN_THREAD_BELOW, so two workers are used
let tmp: string;
let reports: string;
/** The same reports but the last ten. */
let fewer: string;

function ingest(args: string[], env: Record<string, string> = {}, inputs = [reports]) {
  const r = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'scripts/cli.mjs'), 'ingest', ...inputs, ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    },
  );
  return { status: r.status, signal: r.signal, out: r.stdout + r.stderr };
}

/** The files of an output folder, the manifest without its time stamp. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    out[f] = f === 'manifest.json' ? text.replace(/"generated": "[^"]*"/, '"generated": "-"') : text;
  }
  return out;
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
  reports = path.join(tmp, 'reports');
  mkdirSync(reports);
  const places = corpusPlaces((await loadGazetteer({ scope: 'world', names: 'lazy' })).entries);
  const index = [];
  for (const r of makeCorpus(places, { reports: REPORTS, seed: 5, days: 20 })) {
    writeFileSync(path.join(reports, r.file), r.text);
    index.push({ file: r.file, outlet: r.outlet, dateline: r.dateline });
  }
  writeFileSync(path.join(reports, 'index.json'), JSON.stringify({ articles: index }));
  fewer = path.join(tmp, 'fewer');
  mkdirSync(fewer);
  const first = index.slice(0, REPORTS - 10);
  for (const a of first) writeFileSync(path.join(fewer, a.file), readFileSync(path.join(reports, a.file)));
  writeFileSync(path.join(fewer, 'index.json'), JSON.stringify({ articles: first }));
  // A file that is no report: named in a warning and left out, the rest carry on.
  writeFileSync(path.join(reports, 'zz-broken.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9, 0]));
}, 600_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run ingest at scale', () => {
  it('writes the same files with one worker, two workers, a cold cache and a warm cache', () => {
    const one = ingest(['--out', path.join(tmp, 'one'), '--workers', '1', '--no-cache']);
    expect(one.status, one.out).toBe(0);
    expect(one.out).toMatch(/zz-broken\.txt/);
    expect(one.out).toMatch(new RegExp(`${REPORTS} articles \\(${REPORTS} read in one thread\\)`));
    const two = ingest(['--out', path.join(tmp, 'two'), '--workers', '2', '--no-cache']);
    expect(two.status, two.out).toBe(0);
    expect(two.out).toMatch(/in 2 worker threads/);
    const cache = path.join(tmp, 'cache');
    const cold = ingest(['--out', path.join(tmp, 'cold'), '--workers', '2', '--cache', cache]);
    const warm = ingest(['--out', path.join(tmp, 'warm'), '--workers', '2', '--cache', cache]);
    expect(warm.out).toMatch(new RegExp(`0 read, ${REPORTS} from the cache`));
    const ref = files(path.join(tmp, 'one'));
    expect(Object.keys(ref)).toEqual([
      'control.geojson',
      'incidents.geojson',
      'manifest.json',
      'places.geojson',
      'readings.json',
    ]);
    expect(JSON.parse(ref['incidents.geojson']).features.length).toBeGreaterThan(50);
    for (const dir of ['two', 'cold', 'warm']) expect(files(path.join(tmp, dir))).toEqual(ref);
    expect(cold.status).toBe(0);
  }, 900_000);

  it('gives a run that adds ten reports to a cached run the very files of a run over them all', () => {
    const cache = path.join(tmp, 'add-cache');
    const first = ingest(['--out', path.join(tmp, 'first'), '--workers', '2', '--cache', cache], {}, [fewer]);
    expect(first.status, first.out).toBe(0);
    const added = ingest(['--out', path.join(tmp, 'added'), '--workers', '2', '--cache', cache]);
    expect(added.status, added.out).toBe(0);
    expect(added.out).toMatch(new RegExp(`\\(10 read, ${REPORTS - 10} from the cache`));
    expect(files(path.join(tmp, 'added'))).toEqual(files(path.join(tmp, 'one')));
    // Control's costliest answers are kept in the cache beside the readings.
    const [namespace] = readdirSync(cache);
    expect(readdirSync(path.join(cache, namespace)).filter((f) => /^control-.+\.memo$/.test(f))).toHaveLength(
      1,
    );
  }, 900_000);

  it('keeps what a crashed run read: the next run reads only the rest, with the same output', () => {
    const cache = path.join(tmp, 'crash-cache');
    const crashed = ingest(['--out', path.join(tmp, 'crashed'), '--workers', '1', '--cache', cache], {
      INGEST_CACHE_FLUSH: '10',
      INGEST_CRASH_AFTER: '35',
    });
    expect(crashed.signal).toBe('SIGKILL');
    const after = ingest(['--out', path.join(tmp, 'after'), '--workers', '1', '--cache', cache]);
    expect(after.status, after.out).toBe(0);
    const m = /(\d+) read, (\d+) from the cache/.exec(after.out);
    expect(m, after.out).not.toBeNull();
    expect(Number(m![2])).toBeGreaterThanOrEqual(30);
    expect(Number(m![1])).toBe(REPORTS - Number(m![2]));
    expect(files(path.join(tmp, 'after'))).toEqual(files(path.join(tmp, 'one')));
  }, 900_000);

  it('reads files as well as folders: the reports given one by one write what their folder writes', () => {
    const names = readdirSync(reports)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const given = ingest(['--out', path.join(tmp, 'given'), '--no-cache'], {}, [
      ...names.map((f) => path.join(reports, f)),
      reports, // the folder again: each report is read once
    ]);
    expect(given.status, given.out).toBe(0);
    expect(given.out).toMatch(new RegExp(`${REPORTS} articles`));
    expect(files(path.join(tmp, 'given'))).toEqual(files(path.join(tmp, 'one')));
    // One report alone: its index.json entry still gives its outlet and dateline.
    const single = ingest(['--out', path.join(tmp, 'single'), '--no-cache'], {}, [
      path.join(reports, names[0]),
    ]);
    expect(single.status, single.out).toBe(0);
    expect(single.out).toMatch(/ingest: 1 article \(1 read in one thread\)/);
    const manifest = JSON.parse(readFileSync(path.join(tmp, 'single', 'manifest.json'), 'utf8'));
    const index = JSON.parse(readFileSync(path.join(reports, 'index.json'), 'utf8'));
    const entry = index.articles.find((a: { file: string }) => a.file === names[0]);
    expect(manifest.articles).toHaveLength(1);
    expect(manifest.articles[0]).toMatchObject({
      file: names[0],
      outlet: entry.outlet,
      dateline: entry.dateline,
    });
  }, 900_000);
});
