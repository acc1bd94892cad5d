// npm run bench [-- --reports 10000 | --sizes 1000,5000,10000] [--repeat 1] [--cold-runs 5] [--quick] [--no-map]
// The newsroom-scale figures of issue 12, measured from the outside: `npm run ingest` run as a
// user runs it, on synthetic reports (npm run make:corpus; written to .cache/corpus/ when
// missing). Prints, in one run: the cold start for one report; reports/s through the whole
// pipeline with 1 and 2 workers at 1,000 / 5,000 / 10,000 reports, each stage's time and peak
// memory; the incremental re-run with 10 new reports against the full run at the largest size
// (whose 2-worker run fills the cache).
// Wall time and CPU time (every thread of the ingest process) are printed side by side, with the
// load average: the machine's 2 cores are shared, so wall time also counts waiting.
// `--quick` uses 1,000 / 2,000 reports for a smoke run; `--sizes` any list (the largest is the
// incremental run's). Figures also go to .cache/bench.json.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { paths, repoRoot } from './lib/gazetteerPaths.ts';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const quick = argv.includes('--quick');
const listed = argv.includes('--sizes')
  ? argv[argv.indexOf('--sizes') + 1]
      .split(',')
      .map(Number)
      .filter((n) => n > 0)
      .sort((a, b) => a - b)
  : null;
const N = listed?.at(-1) ?? opt('--reports', quick ? 2000 : 10_000);
const SIZES = listed ?? (quick ? [1000, N] : [1000, 5000, N]);
const REPEAT = opt('--repeat', 1);
const COLD_RUNS = opt('--cold-runs', 5);
const NEW = 10;
const SEED = 1;
const work = path.join(repoRoot, '.cache/bench');
const corpusDir = (n: number) => path.join(repoRoot, `.cache/corpus/reports-${n}-seed-${SEED}`);
const figures: Record<string, unknown> = {};

const load = () => os.loadavg()[0].toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const s1 = (ms: number) => (ms / 1000).toFixed(1) + ' s';

interface Stats {
  articles: number;
  read: number;
  cached: number;
  workers: number;
  cpuMs: number;
  wallMs: number;
  processMs: number;
  maxRssMB: number;
  times: Record<string, number>;
  cpu: Record<string, number>;
  threads: { mainMs: number | null; workersMs: number[] };
  memory: {
    maxRssMB: Record<string, number>;
    main: { heapMB: number; externalMB: number };
    workers: { heapMB: number; externalMB: number }[];
  };
  counts: { incidents: number; places: number; controlFeatures: number };
}

/**
 * CPU time (ms) of this process's finished children, from /proc/self/stat (Linux; null
 * elsewhere): what a child run cost in CPU, npm's own start-up included.
 */
function childrenCpuMs(): number | null {
  try {
    // Fields after the command name (which may hold spaces), from the state (field 3) on:
    // cutime and cstime are fields 16 and 17, in clock ticks (100 a second on Linux).
    const rest = readFileSync('/proc/self/stat', 'utf8').split(') ').pop()!.split(' ');
    return (Number(rest[16 - 3]) + Number(rest[17 - 3])) * 10;
  } catch {
    return null;
  }
}

/** The files a one-report ingest reads besides node and npm: the CLI bundle and the gazetteer. */
function coldFiles(): string[] {
  const dist = path.join(repoRoot, 'dist-cli');
  return [...readdirSync(dist).map((f) => path.join(dist, f)), paths.worldCache, paths.worldNames];
}

/**
 * Drops files from the page cache (POSIX_FADV_DONTNEED through GNU dd's `iflag=nocache`), so
 * the next run reads them from disk. Only these files: the rest of the machine is untouched.
 */
function dropFromPageCache(files: string[]): void {
  for (const f of files) spawnSync('dd', [`if=${f}`, 'iflag=nocache', 'count=0', 'status=none']);
}

/** A child run's wall time and CPU time (every process it started, npm's included). */
interface Outer {
  outerMs: number;
  outerCpuMs: number | null;
}

/** Runs a command to its end; its output, exit status, wall time and CPU time. */
function timed(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = repoRoot,
): SpawnSyncReturns<string> & Outer {
  const t0 = performance.now();
  const c0 = childrenCpuMs();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 << 20 });
  const outerMs = performance.now() - t0;
  const c1 = childrenCpuMs();
  return Object.assign(r, { outerMs, outerCpuMs: c0 === null || c1 === null ? null : c1 - c0 });
}

/** The environment `npm run ingest` gives node: glibc's malloc asked for huge pages (package.json). */
const withTunable = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...env,
  GLIBC_TUNABLES: `${env.GLIBC_TUNABLES ? `${env.GLIBC_TUNABLES}:` : ''}glibc.malloc.hugetlb=1`,
});

/**
 * Runs the ingest and returns its stats and wall time: through npm (`npm`), or the launcher
 * directly, with the environment npm gives it (`launcher`) or without the huge-page tunable
 * (`bare`).
 */
function ingest(dir: string, args: string[], via: 'npm' | 'launcher' | 'bare' = 'bare'): Stats & Outer {
  const out = path.join(work, 'out');
  const env = { ...process.env, INGEST_STATS: '1' };
  const r =
    via === 'npm'
      ? timed('npm', ['run', '-s', 'ingest', '--', dir, '--out', out, ...args], env)
      : timed(
          process.execPath,
          [path.join(repoRoot, 'scripts/cli.mjs'), 'ingest', dir, '--out', out, ...args],
          via === 'launcher' ? withTunable(env) : env,
        );
  const { outerMs, outerCpuMs } = r;
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('ingest stats: '));
  if (r.status !== 0 || !line)
    throw new Error(
      `ingest ${args.join(' ')} failed (${r.status}): ${(r.stderr ?? '').trim().split('\n').pop()}`,
    );
  return { ...(JSON.parse(line.slice('ingest stats: '.length)) as Stats), outerMs, outerCpuMs };
}

/** The synthetic corpus of n reports (made once, kept in .cache/corpus). */
function corpus(n: number): string {
  const dir = corpusDir(n);
  if (!existsSync(path.join(dir, 'index.json'))) {
    const r = spawnSync(
      'npm',
      ['run', '-s', 'make:corpus', '--', '--reports', String(n), '--seed', String(SEED)],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`make:corpus failed: ${r.stderr}`);
  }
  return dir;
}

/** A folder holding the first `n` reports of a corpus (hard links, and their index entries). */
function firstOf(dir: string, n: number, name: string): string {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as {
    articles: { file: string }[];
  };
  const keep = index.articles.slice(0, n);
  const to = path.join(work, name);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const a of keep) linkSync(path.join(dir, a.file), path.join(to, a.file));
  writeFileSync(path.join(to, 'index.json'), JSON.stringify({ articles: keep }));
  return to;
}

function header(title: string): void {
  console.log(`\n## ${title} (load average ${load()})`);
}

mkdirSync(work, { recursive: true });
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
  cwd: repoRoot,
  encoding: 'utf8',
}).stdout.trim();
console.log(
  `npm run bench — ${new Date().toISOString().slice(0, 16)}Z, commit ${commit}, Node ${process.version}, ` +
    `${os.availableParallelism()} cores, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')}`,
);

// Everything a cold start may rely on is built first (the CLI bundle, the stored name index),
// as `npm install && npm start` would have: "cold" is a new process, not a first run ever.
const big = corpus(N + NEW);
const one = firstOf(big, 1, 'one');
ingest(one, ['--no-cache']);

header('Cold start: one report through `npm run ingest` (no cache)');
{
  // Interleaved, so every kind of run shares the machine's load. "Files cold": the bundle, its
  // code cache and the gazetteer's two files dropped from the page cache before the run (what a
  // first run after a reboot reads from disk; node and npm themselves stay cached). The launcher
  // run as npm runs it (with the huge-page tunable) and without it, npm running a script that
  // does nothing and node running an empty one tell where the npm run's time goes beyond the
  // ingest itself.
  const noop = path.join(work, 'npm-noop');
  mkdirSync(noop, { recursive: true });
  writeFileSync(
    path.join(noop, 'package.json'),
    JSON.stringify({ name: 'noop', private: true, scripts: { noop: 'true' } }),
  );
  const npmRun = 'npm run ingest';
  const launcher = 'node scripts/cli.mjs ingest, as npm runs it (huge-page tunable)';
  const bare = 'node scripts/cli.mjs ingest, without the tunable';
  const kinds: Record<string, () => Outer & Partial<Stats>> = {
    [npmRun]: () => ingest(one, ['--no-cache'], 'npm'),
    [launcher]: () => ingest(one, ['--no-cache'], 'launcher'),
    [bare]: () => ingest(one, ['--no-cache']),
    'npm run ingest, files cold': () => {
      dropFromPageCache(coldFiles());
      return ingest(one, ['--no-cache'], 'npm');
    },
    "npm's own start: npm run -s of a script that does nothing": () =>
      timed('npm', ['run', '-s', 'noop'], process.env, noop),
    "node's own start: an empty script": () => timed(process.execPath, ['-e', '0']),
  };
  const runs = Object.fromEntries(Object.keys(kinds).map((k) => [k, [] as (Outer & Partial<Stats>)[]]));
  const loads: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++)
    for (const [k, run] of Object.entries(kinds)) {
      runs[k].push(run());
      loads.push(os.loadavg()[0]);
    }
  const medianOf = (
    rs: (Outer & Partial<Stats>)[],
    f: (r: Outer & Partial<Stats>) => number | null | undefined,
  ) => {
    const xs = rs.map(f).filter((x): x is number => typeof x === 'number');
    return xs.length === rs.length ? median(xs) : null;
  };
  for (const [label, rs] of Object.entries(runs)) {
    const cpu = medianOf(rs, (r) => r.outerCpuMs);
    const inside = medianOf(rs, (r) => r.processMs);
    console.log(
      `${label}: ${fmt(median(rs.map((r) => r.outerMs)))} ms wall (median of ${rs.length}; ` +
        `${rs.map((r) => fmt(r.outerMs)).join(', ')})` +
        (cpu !== null
          ? `, ${fmt(cpu)} ms CPU in all (${rs.map((r) => fmt(r.outerCpuMs!)).join(', ')})`
          : '') +
        (inside !== null
          ? `; node process ${fmt(inside)} ms, its CPU ${fmt(medianOf(rs, (r) => r.cpuMs)!)} ms, of which ` +
            `before the ingest began (node, the launcher, the bundle) ${fmt(medianOf(rs, (r) => r.processMs! - r.wallMs!)!)} ms wall; ` +
            `peak RSS ${fmt(medianOf(rs, (r) => r.maxRssMB)!)} MB`
          : ''),
    );
  }
  const npmRuns = runs[npmRun] as (Stats & Outer)[];
  const mid = npmRuns[Math.floor(npmRuns.length / 2)];
  const stages = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ');
  console.log(`  inside (one npm run), CPU ms: ${stages(mid.cpu)}; wall ms: ${stages(mid.times)}`);
  // What npm adds: the npm run against the launcher run with the same environment.
  const gap = (a: string, b: string, f: (r: Outer & Partial<Stats>) => number | null | undefined) =>
    fmt(medianOf(runs[a], f)! - medianOf(runs[b], f)!);
  console.log(
    `  npm run ingest − the launcher as npm runs it: ${gap(npmRun, launcher, (r) => r.outerMs)} ms wall, ` +
      `${gap(npmRun, launcher, (r) => r.outerCpuMs)} ms CPU; the tunable's effect (with − without): ` +
      `${gap(launcher, bare, (r) => r.outerMs)} ms wall, ${gap(launcher, bare, (r) => r.outerCpuMs)} ms CPU`,
  );
  console.log(
    `  load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during these runs — ` +
      'target: ≤ 1,500 ms wall for npm run ingest',
  );
  figures.cold = runs;
}

header(
  `Throughput: ${SIZES.map(fmt).join(' / ')} synthetic reports, whole pipeline, no cache, 1 and 2 workers`,
);
const runs: Record<number, Record<number, Stats & { outerMs: number }>> = {};
const cacheDir = path.join(work, 'cache');
for (const n of SIZES) {
  const dir = firstOf(big, n, `base-${n}`);
  runs[n] = {};
  for (const w of [1, 2]) {
    // The largest size with 2 workers fills an empty cache as it runs (what a user's first run
    // does): the incremental re-run below starts from it.
    const caching = n === N && w === 2;
    const cacheArgs = () => {
      rmSync(cacheDir, { recursive: true, force: true });
      return ['--cache', cacheDir];
    };
    const rs = Array.from({ length: REPEAT }, () =>
      ingest(dir, ['--workers', String(w), ...(caching ? cacheArgs() : ['--no-cache'])]),
    );
    const r = rs.sort((a, b) => a.processMs - b.processMs)[0];
    runs[n][w] = r;
    // What the run did: below IN_THREAD_BELOW reports to read, the CLI reads in its own thread.
    const used = r.workers ? `${r.workers} worker thread${r.workers > 1 ? 's' : ''}` : 'read in one thread';
    console.log(
      `${fmt(n)} reports, --workers ${w} (${used}): ${fmt((n * 1000) / r.processMs)} reports/s wall ` +
        `(${s1(r.processMs)}), ${fmt((n * 1000) / r.cpuMs)} reports/s per CPU-second (${s1(r.cpuMs)} CPU); ` +
        `read stage ${fmt((n * 1000) / r.times.read)} reports/s wall; peak RSS ${fmt(r.maxRssMB)} MB ` +
        `(load ${load()})` +
        (REPEAT > 1 ? ` (best of ${REPEAT})` : ''),
    );
    // Serial work or a busy machine? The main thread's CPU is the part no worker can share.
    const { mainMs, workersMs } = r.threads;
    if (mainMs !== null) {
      const helpers = r.cpuMs - mainMs - workersMs.reduce((a, b) => a + b, 0);
      console.log(
        `  CPU by thread: main ${s1(mainMs)}` +
          (workersMs.length ? `, workers ${workersMs.map(s1).join(' + ')}` : '') +
          `, V8/libuv helpers ${s1(helpers)}`,
      );
    }
    // Where the memory is: the peak RSS as it stood after each stage, and each thread's peak.
    const m = r.memory;
    const mem = (t: { heapMB: number; externalMB: number }) =>
      `heap ${fmt(t.heapMB)} + ${fmt(t.externalMB)} MB`;
    console.log(
      `  peak RSS after each stage (MB): ${Object.entries(m.maxRssMB)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ')}; main thread ${mem(m.main)} outside` +
        (m.workers.length ? `; workers ${m.workers.map(mem).join(', ')}` : ''),
    );
  }
  console.log(
    `  2 workers / 1 worker at ${fmt(n)}: ${(runs[n][1].processMs / runs[n][2].processMs).toFixed(2)}× (whole run), ` +
      `${(runs[n][1].times.read / runs[n][2].times.read).toFixed(2)}× (read stage) — targets: ≥ 1.7×, one worker ≥ 500 reports/s`,
  );
}
{
  const out = path.join(work, 'out');
  console.log(
    `output at ${fmt(N)}: ${readdirSync(out)
      .filter((f) => !f.startsWith('.'))
      .map((f) => `${f} ${(statSync(path.join(out, f)).size / 1e6).toFixed(1)} MB`)
      .join(', ')}`,
  );
}
figures.throughput = runs;

header(`Incremental: ${NEW} new reports in a folder of ${fmt(N + NEW)}, 2 workers, with the cache`);
{
  const first = runs[N][2];
  const plus = firstOf(big, N + NEW, 'plus');
  const again = ingest(plus, ['--workers', '2', '--cache', cacheDir]);
  console.log(
    `full run, cache empty (the throughput run above): ${s1(first.processMs)} wall, ${s1(first.cpuMs)} CPU (${fmt(first.read)} read)\n` +
      `re-run with ${NEW} new: ${s1(again.processMs)} wall, ${s1(again.cpuMs)} CPU (${fmt(again.read)} read, ${fmt(again.cached)} from the cache) = ` +
      `${((100 * again.processMs) / first.processMs).toFixed(1)} % of the full run's wall time, ` +
      `${((100 * again.cpuMs) / first.cpuMs).toFixed(1)} % of its CPU (target ≤ 10 %; load ${load()})\n` +
      `  inside the re-run, CPU: ${Object.entries(again.cpu)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ')} ms; wall: ${Object.entries(again.times)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ')} ms`,
  );
  figures.incremental = { first, again };
}

header(
  `Per stage at ${SIZES.map(fmt).join(' / ')} reports (no cache; CPU ms of every thread, and per 1,000 reports; then wall ms)`,
);
for (const w of [1, 2]) {
  const rows: Record<number, Stats> = Object.fromEntries(SIZES.map((n) => [n, runs[n][w]]));
  const width = 12;
  console.log(
    [
      `${w} worker${w > 1 ? 's' : ' '}`.padEnd(16),
      ...SIZES.map((n) => `${fmt(n)}`.padStart(width)),
      '   per 1,000',
    ].join(''),
  );
  // CPU per stage: a stage growing faster than the reports shows as a rising per-1,000 figure.
  for (const st of Object.keys(rows[N].cpu))
    console.log(
      [
        `${st} CPU`.padEnd(16),
        ...SIZES.map((n) => fmt(rows[n].cpu[st] ?? 0).padStart(width)),
        '   ' + SIZES.map((n) => fmt(((rows[n].cpu[st] ?? 0) * 1000) / n)).join(' / '),
      ].join(''),
    );
  for (const st of Object.keys(rows[N].times))
    console.log(
      [
        `${st} wall`.padEnd(16),
        ...SIZES.map((n) => fmt(rows[n].times[st] ?? 0).padStart(width)),
        '   ' + SIZES.map((n) => fmt(((rows[n].times[st] ?? 0) * 1000) / n)).join(' / '),
      ].join(''),
    );
  const line = (label: string, f: (r: Stats) => string) =>
    console.log([label.padEnd(16), ...SIZES.map((n) => f(rows[n]).padStart(width))].join(''));
  line('process', (r) => fmt(r.processMs));
  line('CPU', (r) => fmt(r.cpuMs));
  line('incidents', (r) => fmt(r.counts.incidents));
  line('control f.', (r) => fmt(r.counts.controlFeatures));
  line('peak RSS', (r) => `${fmt(r.maxRssMB)} MB`);
}

// The map at scale in Chromium (scripts/lib/benchMap.ts): load and frame times while dragging
// with 1,000 and 100,000 synthetic incidents, and the published site's first idle.
if (!argv.includes('--no-map')) {
  console.log('\nmap in Chromium (software WebGL; one cold load per run, then drags):');
  const { benchMap } = await import('./lib/benchMap.ts');
  figures.map = await benchMap({ runs: quick ? 1 : 2, sizes: quick ? [1000, 10_000] : undefined });
}

writeFileSync(path.join(repoRoot, '.cache/bench.json'), JSON.stringify(figures, null, 1));
console.log(
  `\nfigures in .cache/bench.json; load average at the end ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')}`,
);
