// The map at scale in Chromium (part of `npm run bench`): for each site (the app with 1,000 and
// with 100,000 synthetic incidents as GeoJSON, and the published site with vector tiles), cold
// loads to the first `idle` with data, then scripted drags, then filtering by type and by day,
// with every animation frame timed in the page (requestAnimationFrame: the time between two
// frames is the frame time the user sees).
// Sites are static folders served by Vite's preview server (as any static host would).
import { chromium, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromiumLaunch.ts';
import { repoRoot } from './gazetteerPaths.ts';
import { publishSite } from './publishSite.ts';
import { writeSyntheticData } from './writeSyntheticData.ts';

export interface SiteFigures {
  label: string;
  /** Milliseconds from navigation to the first map `idle` with data, one per cold load. */
  loads: number[];
  /**
   * Milliseconds from navigation to the incidents' rows in the page (lists, stacks, search), one
   * per cold load: before the first idle for the app, after it for a published tiles site.
   */
  rowsIn: number[];
  /** Frame times (ms) during the drags of every run, pooled. */
  frames: number[];
  /** Wall time of each drag sequence (ms). */
  drags: number[];
  /**
   * Frame times (ms) while filtering, pooled: an incident type hidden and shown again, the first
   * day chosen and the last again, each change followed by the map's idle.
   */
  filterFrames: number[];
  /** Milliseconds from each filter change to the map's idle after it. */
  filters: number[];
  /** Longest main-thread task seen during load and drags (ms), per run. */
  longestTask: number[];
}

export const median = (xs: number[]): number =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN;
/** The mean: steadier than the median for frame times, which fall on a few multiples of the display's 16.7 ms. */
export const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
export const percentile = (xs: number[], p: number): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

/** Serves a static folder on 127.0.0.1 as a static host would; returns its origin and a close function. */
export async function serveStatic(
  dir: string,
  port = 0,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server = await preview({
    root,
    configFile: false,
    // A missing file is a 404, as on a static host (no single-page fallback to index.html).
    appType: 'mpa',
    build: { outDir: root },
    preview: { port, host: '127.0.0.1', strictPort: port !== 0 },
    logLevel: 'silent',
  });
  return {
    origin: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    close: () => server.close(),
  };
}

/**
 * Records every animation frame's time and the longest tasks, from before the page's scripts.
 * A string, not a function: tsx would wrap named functions in a helper the page lacks.
 */
const INSTRUMENT = `
  window.__frames = [];
  window.__tasks = [];
  window.__recording = false;
  (function tick(t) {
    if (window.__recording) window.__frames.push(t);
    requestAnimationFrame(tick);
  })(0);
  try {
    new PerformanceObserver(function (list) {
      for (const e of list.getEntries()) window.__tasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
`;

async function instrument(page: Page): Promise<void> {
  await page.addInitScript(INSTRUMENT);
}

/**
 * Drags the map `n` times (each 240 px there and back in 12 steps) and returns the frame
 * times in between and the drag sequence's wall time.
 */
async function drag(page: Page, n: number): Promise<{ frames: number[]; ms: number }> {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
  });
  const t0 = Date.now();
  for (let i = 0; i < n; i++) {
    const dx = i % 2 ? -240 : 240;
    const dy = i % 4 < 2 ? 60 : -60;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 12 });
    await page.mouse.up();
  }
  await page.evaluate(() => window.situationMap!.idle());
  const ms = Date.now() - t0;
  const times = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  const frames = times.slice(1).map((t, i) => t - times[i]!);
  return { frames, ms };
}

/**
 * Filters the map as a user does, through the panels: one incident type hidden and shown again
 * (its checkbox), the first day chosen and then the last (the date slider's Home and End keys);
 * returns the frame times in between and each change's time to the map's idle.
 */
async function filter(page: Page): Promise<{ frames: number[]; changes: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
  });
  const changes: number[] = [];
  const timed = async (change: () => Promise<void>) => {
    const t0 = Date.now();
    await change();
    await page.evaluate(() => window.situationMap!.idle());
    changes.push(Date.now() - t0);
  };
  const type = page.locator('.layer-panel input[name^="type-"]').first();
  await timed(() => type.uncheck());
  await timed(() => type.check());
  const slider = page.getByRole('slider', { name: 'Day shown' });
  await slider.focus();
  await timed(() => page.keyboard.press('Home'));
  await timed(() => page.keyboard.press('End'));
  const times = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  return { frames: times.slice(1).map((t, i) => t - times[i]!), changes };
}

/** One cold load of a site in a new browser context, its drags and its filtering, added to `out`. */
async function measureRun(browser: Browser, url: string, drags: number, out: SiteFigures): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await instrument(page);
  await page.goto(url);
  const ms = await page
    .waitForFunction(() => window.situationMap !== undefined, null, { timeout: 300_000 })
    .then(() => page.evaluate(() => window.situationMap!.ready));
  out.loads.push(ms);
  // The drags start once the rows are in too (a published site fetches them after its idle).
  await page.waitForFunction(() => performance.getEntriesByName('sm:incidents-in').length > 0, null, {
    timeout: 300_000,
  });
  out.rowsIn.push(await page.evaluate(() => performance.getEntriesByName('sm:incidents-in')[0]!.startTime));
  const d = await drag(page, drags);
  out.frames.push(...d.frames);
  out.drags.push(d.ms);
  const f = await filter(page);
  out.filterFrames.push(...f.frames);
  out.filters.push(...f.changes);
  out.longestTask.push(
    await page.evaluate(() => Math.max(0, ...(window as unknown as { __tasks: number[] }).__tasks)),
  );
  await context.close();
}

export async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/** One line per site: load, frame median and 95th percentile, drag time, longest task. */
export function formatSite(s: SiteFigures): string {
  const f = (n: number) => n.toFixed(0);
  return (
    `${s.label.padEnd(44)} load ${f(median(s.loads))} ms (runs ${s.loads.map(f).join(', ')}), ` +
    `rows in ${f(median(s.rowsIn))} ms; ` +
    `frames median ${f(median(s.frames))} ms, p95 ${f(percentile(s.frames, 95))} ms, mean ${f(mean(s.frames))} ms (${s.frames.length} frames); ` +
    `drags ${f(median(s.drags))} ms; filtering: frames median ${f(median(s.filterFrames))} ms, ` +
    `p95 ${f(percentile(s.filterFrames, 95))} ms, change to idle ${f(median(s.filters))} ms; ` +
    `longest task ${f(Math.max(...s.longestTask))} ms`
  );
}

export interface BenchMapOptions {
  /** Incident counts of the GeoJSON sites (default 1,000 and 100,000). */
  sizes?: number[];
  /** Cold loads (each followed by drags) per site. */
  runs?: number;
  /** Drags per run. */
  drags?: number;
  seed?: number;
  /** Build the app again even when dist/ exists. */
  build?: boolean;
  log?: (line: string) => void;
}

export interface BenchMapFigures {
  sites: SiteFigures[];
  loadAverage: number[];
}

const loadAvg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');

/**
 * The map at scale in Chromium, as `npm run bench` prints it: the app with `sizes` synthetic
 * incidents as GeoJSON (the CLI's output as `npm run publish --tiles never` publishes it), and
 * the largest as a published site with vector tiles. Each is a static folder written by
 * publishSite from a make:incidents data folder, served by a static server.
 *
 * @example
 * await benchMap({ sizes: [1000, 100000], runs: 2 });
 */
export async function benchMap(opts: BenchMapOptions = {}): Promise<BenchMapFigures> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const sizes = opts.sizes ?? [1000, 100_000];
  const runs = opts.runs ?? 2;
  const drags = opts.drags ?? 6;
  const seed = opts.seed ?? 1;
  const dist = path.join(repoRoot, 'dist');
  if (opts.build || !existsSync(path.join(dist, 'index.html'))) {
    log('map: building the app (vite build)…');
    execFileSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const root = path.join(repoRoot, '.cache/bench-map');
  const sites: { label: string; dir: string }[] = [];
  for (const n of sizes) {
    const { dir: dataDir } = await writeSyntheticData({ incidents: n, seed });
    const geo = await publishSite({
      out: path.join(root, `geojson-${n}`),
      dataDir,
      tiles: 'never',
      built: dist,
    });
    sites.push({ label: `map, ${n.toLocaleString('en')} incidents, GeoJSON`, dir: geo.out });
    if (n === Math.max(...sizes)) {
      const t0 = performance.now();
      const pub = await publishSite({
        out: path.join(root, `tiles-${n}`),
        dataDir,
        tiles: 'always',
        built: dist,
      });
      log(
        `map: published ${n.toLocaleString('en')} incidents as ${pub.tiles} tiles and ${pub.shards} shards, ` +
          `${(pub.bytes / 1e6).toFixed(0)} MB, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      sites.push({ label: `published site, ${n.toLocaleString('en')} incidents, tiles`, dir: pub.out });
    }
  }
  const figures: SiteFigures[] = sites.map((s) => ({
    label: s.label,
    loads: [],
    rowsIn: [],
    frames: [],
    drags: [],
    filterFrames: [],
    filters: [],
    longestTask: [],
  }));
  // In rounds, each site once a round and the order reversed each round: on a shared machine the
  // load drifts over minutes (a frame is 17 ms quiet and 83 ms busy), and sites measured one after
  // the other would be compared across it.
  log(`map: ${runs} rounds of ${sites.length} sites, order reversed each round; load average ${loadAvg()}`);
  const servers = await Promise.all(sites.map((s) => serveStatic(s.dir)));
  try {
    await withBrowser(async (browser) => {
      for (let r = 0; r < runs; r++) {
        const order = sites.map((_, i) => i);
        if (r % 2) order.reverse();
        for (const i of order) await measureRun(browser, `${servers[i]!.origin}/`, drags, figures[i]!);
      }
    });
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
  for (const s of figures) log(formatSite(s));
  log(`map: load average at the end ${loadAvg()}`);
  const geo = figures.filter((f) => f.label.endsWith('GeoJSON'));
  const small = geo[0];
  const large = geo[geo.length - 1];
  const pub = figures.find((f) => f.label.startsWith('published'));
  if (small && large && small !== large)
    log(
      `map: frame median ${(median(large.frames) / median(small.frames)).toFixed(2)}×, p95 ` +
        `${(percentile(large.frames, 95) / percentile(small.frames, 95)).toFixed(2)}×, mean ` +
        `${(mean(large.frames) / mean(small.frames)).toFixed(2)}× with ` +
        `${Math.max(...sizes).toLocaleString('en')} incidents against ${Math.min(...sizes).toLocaleString('en')} (target ≤ 2×); ` +
        `filtering: frame median ${(median(large.filterFrames) / median(small.filterFrames)).toFixed(2)}×, p95 ` +
        `${(percentile(large.filterFrames, 95) / percentile(small.filterFrames, 95)).toFixed(2)}×, change to idle ` +
        `${(median(large.filters) / median(small.filters)).toFixed(2)}×`,
    );
  if (pub && large)
    log(
      `map: published site first idle ${median(pub.loads).toFixed(0)} ms against ${median(large.loads).toFixed(0)} ms ` +
        `for the same incidents as GeoJSON`,
    );
  return { sites: figures, loadAverage: os.loadavg() };
}

// npx tsx scripts/lib/benchMap.ts [--runs N] [--sizes 1000,100000]: the map part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const val = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  await benchMap({
    runs: val('--runs') ? Number(val('--runs')) : undefined,
    sizes: val('--sizes') ? val('--sizes')!.split(',').map(Number) : undefined,
    build: argv.includes('--build'),
  });
}
