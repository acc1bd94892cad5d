// The map at scale in Chromium (part of `npm run bench`): for each site (the app with 1,000 and
// with 100,000 synthetic incidents as GeoJSON, and the published site with vector tiles), cold
// loads to the first `idle` with data, then scripted drags with every animation frame timed in
// the page (requestAnimationFrame: the time between two frames is the frame time the user sees).
// Sites are static folders served by Vite's preview server (as any static host would).
import { chromium, type Browser, type Page } from '@playwright/test';
import path from 'node:path';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromiumLaunch.ts';

export interface SiteFigures {
  label: string;
  /** Milliseconds from navigation to the first map `idle` with data, one per cold load. */
  loads: number[];
  /** Frame times (ms) during the drags of every run, pooled. */
  frames: number[];
  /** Wall time of each drag sequence (ms). */
  drags: number[];
  /** Longest main-thread task seen during load and drags (ms), per run. */
  longestTask: number[];
}

export const median = (xs: number[]): number =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN;
export const percentile = (xs: number[], p: number): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

/** Serves a static folder on 127.0.0.1; returns its origin and a close function. */
export async function serveStatic(
  dir: string,
  port = 0,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server = await preview({
    root,
    configFile: false,
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

/** Cold loads and drags of one site, `runs` times, each in a new browser context. */
export async function measureSite(
  browser: Browser,
  label: string,
  url: string,
  opts: { runs: number; drags: number },
): Promise<SiteFigures> {
  const out: SiteFigures = { label, loads: [], frames: [], drags: [], longestTask: [] };
  for (let r = 0; r < opts.runs; r++) {
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
    const d = await drag(page, opts.drags);
    out.frames.push(...d.frames);
    out.drags.push(d.ms);
    out.longestTask.push(
      await page.evaluate(() => Math.max(0, ...(window as unknown as { __tasks: number[] }).__tasks)),
    );
    await context.close();
  }
  return out;
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
    `${s.label.padEnd(44)} load ${f(median(s.loads))} ms (runs ${s.loads.map(f).join(', ')}); ` +
    `frames median ${f(median(s.frames))} ms, p95 ${f(percentile(s.frames, 95))} ms (${s.frames.length} frames); ` +
    `drags ${f(median(s.drags))} ms; longest task ${f(Math.max(...s.longestTask))} ms`
  );
}
