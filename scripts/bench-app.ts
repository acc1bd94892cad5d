// npm run bench:app — how fast and how heavy the app is in this machine's Chromium:
//  • time from navigation to the map's first `idle` with all layers and data, beside two bare
//    MapLibre pages (scripts/lib/barePage.ts): one with the app's whole offline basemap (land,
//    sea, borders, governorates, gazetteer labels in the bundled fonts: the fair baseline,
//    target ratio ≤ 1.3, issue 11), its map filling the window; with `--same-size`, the same page
//    with its map the size the app's panels leave to the app's map (the same region drawn); with
//    `--land`, the older one with land and borders only;
//  • JavaScript sent at first load, gzip, our code apart from MapLibre (target ≤ 60 KB) and in total;
//  • data and fonts sent at first load, gzip (target ≤ 1.5 MB with everything).
// Builds the working tree into dist/ first (a dist/ left from an older build would measure old
// code: --no-build reuses it); APP_DIST=<dir> is used as it is (built when missing or with
// --build). Runs are cold (a new browser context each).
// APP_AGAINST=<dir>: another build of the app (not rebuilt), loaded in every round beside this one
// and served by a preview server of its own: their ratio, round by round, compares two builds
// under the same load (two runs of the bench, minutes apart, differ by ±0.3 on a busy machine).
// The pages are loaded in rounds (bare, app; then app, bare …: the order flips each round, so a
// load that rises or falls through the run weighs on both alike), after one discarded warm-up
// round; the ratio is the median of each round's app / bare, beside the ratio of the medians,
// with the middle half of the rounds' ratios (25th–75th percentile) and how many rounds were
// within the target, for wall and CPU time: one run's median moves with the machine's load, and
// its spread says by how much. 11 rounds by default (a round is two loads: the same-size page,
// a third load a round, is measured only when asked), so the median rests on more rounds at the
// same cost.
// Each load's CPU time (all Chromium processes, from /proc) is printed too: on a shared machine
// it moves far less with the load than wall time; and the page's main thread, busy and scripting,
// as Chromium counts them (CDP Performance.getMetrics: TaskDuration, ScriptDuration).
// Both pages are measured alike: served by the same server (the bare page by a middleware of
// the preview server, not by request interception, which would hold up every request of one
// page only), ended by the same `sm:idle` mark seen by a PerformanceObserver (no polling, whose
// animation frames would run in one page longer than in the other), and no response bodies are
// read while a load is timed (the sizes come from one more load, not timed).
// One more load of the app and of the bare page, not timed, prints the shader programs each map
// compiled and the glyphs it drew by its first idle (each program costs ≈ 10 ms of the main thread
// in software WebGL; the program a layer needs is compiled when it first draws something).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { preview, type Plugin } from 'vite';
import { bareFile, bareHtml, type BareKind, type MapSize } from './lib/barePage.ts';
import { chromiumLaunchOptions } from './lib/chromiumLaunch.ts';

const RUNS = Number(process.env.RUNS ?? 11);
const WITH_LAND = process.argv.includes('--land');
const SAME_SIZE = process.argv.includes('--same-size');
const repo = path.resolve(import.meta.dirname, '..');

/** The `q` quantile (0–1) of `xs`, interpolated between the two nearest ranks. */
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
};
const median = (xs: number[]) => quantile(xs, 0.5);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Clock ticks a second in /proc's stat files (USER_HZ: 100 on Linux). */
const TICKS = 100;

/** CPU time (ms) used so far by each process started by this one (Chromium's), by pid; null off Linux. */
function childCpuMs(): Map<number, number> | null {
  try {
    const parent = new Map<number, number>();
    const cpu = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        // Fields after the command's closing parenthesis: state ppid … utime(14) stime(15).
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parent.set(Number(name), Number(f[1]));
        cpu.set(Number(name), ((Number(f[11]) + Number(f[12])) * 1000) / TICKS);
      } catch {
        // The process ended meanwhile.
      }
    }
    const ours = (pid: number): boolean => {
      for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
        if (p === process.pid) return true;
      return false;
    };
    return new Map([...cpu].filter(([pid]) => ours(pid)));
  } catch {
    return null;
  }
}

/** CPU time used between two readings by the processes alive at the second (a closed page's ending renderer is not subtracted). */
function cpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number {
  if (!before || !after) return NaN;
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}

interface Load {
  ms: number;
  /** CPU time of all Chromium processes during the load (ms), or NaN where it cannot be read. */
  cpu: number;
  /** The page's main thread (Chromium's own counters, ms): busy in tasks, and of that running script. */
  main: { task: number; script: number };
  /** Animation-frame callbacks run before the first idle (MapLibre draws in them). */
  frames: number;
  marks: Record<string, number>;
}

interface Sent {
  url: string;
  type: string;
  raw: number;
  gzip: number;
}

/**
 * Run in the page before its own scripts: counts animation-frame callbacks (MapLibre draws one
 * frame in each) and resolves `__idle` at the `sm:idle` mark, which both pages set at the map's
 * first idle (the app once its data is on the map). A string: a function would be sent as the
 * bundler rewrote it.
 */
const INIT_SCRIPT = `
  window.__raf = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => (window.__raf.push(performance.now()), cb(t)));
  window.__idle = new Promise((resolve) =>
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'sm:idle') resolve(e.startTime);
    }).observe({ type: 'mark' }),
  );`;

/**
 * The bare pages at `/__bare/<kind>.html`, with MapLibre's UMD build and the fonts, from the
 * preview server; their map fills the window, or with `?w=&h=` has that size (the app's map's).
 */
function barePlugin(): Plugin {
  return {
    name: 'bench-bare-page',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (!url.pathname.startsWith('/__bare/')) return next();
        const name = url.pathname.split('/').pop()!;
        const page = /^(land|basemap)\.html$/.exec(name);
        const w = Number(url.searchParams.get('w'));
        const h = Number(url.searchParams.get('h'));
        const size = w > 0 && h > 0 ? { width: w, height: h } : undefined;
        const origin = `http://${req.headers.host}`;
        const file = page
          ? { contentType: 'text/html', body: Buffer.from(bareHtml(page[1] as BareKind, origin, size)) }
          : bareFile(name);
        res.setHeader('Content-Type', file.contentType);
        res.setHeader('Cache-Control', 'no-store');
        res.end(file.body);
      });
    },
  };
}

const pageUrl = (origin: string, bare: BareKind | null, size?: MapSize) =>
  bare ? `${origin}/__bare/${bare}.html${size ? `?w=${size.width}&h=${size.height}` : ''}` : `${origin}/`;

async function loadOnce(
  browser: Browser,
  origin: string,
  bare: BareKind | null,
  size?: MapSize,
): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.addInitScript({ content: INIT_SCRIPT });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpuBefore = childCpuMs();
  await page.goto(pageUrl(origin, bare, size));
  const ms = await page.evaluate(() => (window as unknown as { __idle: Promise<number> }).__idle, null);
  const cpu = cpuBetween(cpuBefore, childCpuMs());
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  const main = { task: metric('TaskDuration'), script: metric('ScriptDuration') };
  const frames = await page.evaluate(
    (t) => (window as unknown as { __raf: number[] }).__raf.filter((x) => x <= t).length,
    ms,
  );
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('sm:'))
        .map((m) => [m.name.slice(3), m.startTime]),
    ),
  );
  await context.close();
  return { ms, cpu, main, frames, marks };
}

/**
 * What the app sends at first load (a load of its own, not timed: reading bodies costs the
 * browser), and the size of its map.
 */
async function sentOnce(browser: Browser, origin: string): Promise<{ sent: Sent[]; size: MapSize }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.addInitScript({ content: INIT_SCRIPT });
  const bodies: Promise<Sent | null>[] = [];
  page.on('response', (res) => {
    // MapLibre starts its worker from a blob: URL made of code it already downloaded: not sent.
    if (/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(res.url())) return;
    bodies.push(
      res.body().then(
        (body) => ({
          url: res.url(),
          type: res.headers()['content-type'] ?? '',
          raw: body.length,
          gzip: gzipSync(body).length,
        }),
        // Redirects and aborted requests have no body.
        () => null,
      ),
    );
  });
  await page.goto(pageUrl(origin, null));
  await page.evaluate(() => (window as unknown as { __idle: Promise<number> }).__idle, null);
  await page.waitForTimeout(300); // what the first idle set going (a worker's script) arrives
  const sent = (await Promise.all(bodies)).filter((b): b is Sent => b !== null);
  const size = await page.evaluate(() => {
    const canvas = window.situationMap!.map.getCanvas();
    return { width: canvas.clientWidth, height: canvas.clientHeight };
  });
  await context.close();
  return { sent, size };
}

/**
 * Run before the page's scripts in one more load of each page, not timed: keeps the bare page's map
 * on `window` (the page makes it inside a promise) by wrapping the Map class of MapLibre's UMD
 * build as it is set on `window`. The app's map is `window.situationMap.map`.
 */
const MAP_HANDLE_SCRIPT = `
  let ml;
  Object.defineProperty(window, 'maplibregl', {
    configurable: true,
    get: () => ml,
    set(v) {
      const Base = v.Map;
      v.Map = class extends Base { constructor(o) { super(o); window.__benchMap = this; } };
      ml = v;
    },
  });`;

/** What a page's map had made by its first idle: its shader programs, and the glyphs it drew. */
interface Drawn {
  /** MapLibre's compiled programs by name (its program cache, one entry per name and configuration). */
  programs: string[];
  /** Glyphs rasterised by TinySDF (every font stack). */
  glyphs: number;
}

/**
 * The shader programs and glyphs a page's map made before its first idle (one load, not timed).
 * Read from MapLibre's internals (`painter.cache`, the glyph manager): null when they differ.
 */
async function drawnBy(browser: Browser, origin: string, bare: BareKind | null): Promise<Drawn | null> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.addInitScript({ content: INIT_SCRIPT + MAP_HANDLE_SCRIPT });
  await page.goto(pageUrl(origin, bare));
  await page.evaluate(() => (window as unknown as { __idle: Promise<number> }).__idle, null);
  // A string: a function would be sent as the bundler rewrote it.
  const drawn = (await page.evaluate(`(() => {
    try {
      const m = window.situationMap ? window.situationMap.map : window.__benchMap;
      const programs = Object.keys(m.painter.cache).map((k) => k.split('/')[0]).sort();
      let glyphs = 0;
      for (const e of Object.values(m.style.glyphManager.entries)) glyphs += Object.keys(e.glyphs || {}).length;
      return { programs, glyphs };
    } catch {
      return null;
    }
  })()`)) as Drawn | null;
  await context.close();
  return drawn;
}

// Absolute: a relative APP_DIST is read from the repository, an absolute one as it is (it was
// joined to the repository's path, so an absolute build was never found and was rebuilt).
const DIST = path.resolve(repo, process.env.APP_DIST ?? 'dist');
const AGAINST = process.env.APP_AGAINST ? path.resolve(repo, process.env.APP_AGAINST) : null;

async function main(): Promise<void> {
  const build =
    process.argv.includes('--build') ||
    !existsSync(path.join(DIST, 'index.html')) ||
    (!process.env.APP_DIST && !process.argv.includes('--no-build'));
  if (build) {
    execSync(`npx vite build --outDir ${DIST} --emptyOutDir`, { cwd: repo, stdio: 'inherit' });
  }
  const server = await preview({
    root: repo,
    build: { outDir: DIST },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
    plugins: [barePlugin()],
  });
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  if (AGAINST && !existsSync(path.join(AGAINST, 'index.html')))
    throw new Error(`APP_AGAINST: no build in ${AGAINST}`);
  const other = AGAINST
    ? await preview({
        root: repo,
        build: { outDir: AGAINST },
        preview: { port: 0, host: '127.0.0.1' },
        logLevel: 'silent',
      })
    : null;
  const otherOrigin = other?.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await chromium.launch(chromiumLaunchOptions());
  // First, not timed: what the app sends, and its map's size. At 1280×800 the app's panels leave
  // its map ~940×760: a bare map filling the window draws, tiles and labels a third more of the
  // region, so a bare page with a map of the app's size is measured too.
  const { sent: first, size } = await sentOnce(browser, origin);
  const drawn = {
    app: await drawnBy(browser, origin, null),
    bare: await drawnBy(browser, origin, 'basemap'),
  };
  // The machine's load beside the figures: on a shared machine wall time also counts waiting.
  const loadAtStart = loadavg()[0]!;
  const runs: Record<'land' | 'basemap' | 'sameSize' | 'app' | 'against', Load[]> = {
    land: [],
    basemap: [],
    sameSize: [],
    app: [],
    against: [],
  };
  const round = async (appFirst: boolean) => {
    const bare = async () => {
      const land = WITH_LAND ? await loadOnce(browser, origin, 'land') : null;
      const basemap = await loadOnce(browser, origin, 'basemap');
      return { land, basemap, sameSize: SAME_SIZE ? await loadOnce(browser, origin, 'basemap', size) : null };
    };
    const apps = async () => {
      // The other build's turn flips too, a round before or after this build's.
      const againstFirst = otherOrigin && !appFirst ? await loadOnce(browser, otherOrigin, null) : null;
      const app = await loadOnce(browser, origin, null);
      const against = otherOrigin ? (againstFirst ?? (await loadOnce(browser, otherOrigin, null))) : null;
      return { app, against };
    };
    const a = appFirst ? await apps() : null;
    const b = await bare();
    return { ...b, ...(a ?? (await apps())) };
  };
  // A warm-up round, not counted: the first loads also pay for the disk cache and Chromium's start.
  await round(false);
  for (let i = 0; i < RUNS; i++) {
    const r = await round(i % 2 === 1);
    if (r.land) runs.land.push(r.land);
    runs.basemap.push(r.basemap);
    if (r.sameSize) runs.sameSize.push(r.sameSize);
    runs.app.push(r.app);
    if (r.against) runs.against.push(r.against);
  }
  await browser.close();
  await server.close();
  await other?.close();

  const ms = (rs: Load[]) => median(rs.map((r) => r.ms));
  const cpuOf = (rs: Load[]) => median(rs.map((r) => r.cpu));
  const line = (label: string, rs: Load[]) =>
    console.log(
      `  ${label.padEnd(52)}: ${ms(rs).toFixed(0)} ms, CPU ${cpuOf(rs).toFixed(0)} ms, main thread ${median(rs.map((r) => r.main.task)).toFixed(0)} ms (script ${median(rs.map((r) => r.main.script)).toFixed(0)}), ${median(rs.map((r) => r.frames))} frames (runs: ${rs.map((r) => r.ms.toFixed(0)).join(', ')})`,
    );
  const ratio = (rs: Load[]) => (ms(runs.app) / ms(rs)).toFixed(2);
  /** Each round's app / bare (wall, or CPU). */
  const rounds = (rs: Load[], f: (l: Load) => number) => rs.map((r, i) => f(runs.app[i]!) / f(r));
  /** The median of each round's app / bare (wall, or CPU). */
  const paired = (rs: Load[], f: (l: Load) => number) => median(rounds(rs, f)).toFixed(2);
  /** The median of the rounds' ratios, their middle half, and how many rounds are within 1.3. */
  const spread = (rs: Load[], f: (l: Load) => number) => {
    const r = rounds(rs, f);
    return `${median(r).toFixed(2)} (middle half of the rounds ${quantile(r, 0.25).toFixed(2)}–${quantile(r, 0.75).toFixed(2)}; ${r.filter((x) => x <= 1.3).length} of ${r.length} rounds ≤ 1.3)`;
  };
  const sum = (f: (b: Sent) => boolean) => first.filter(f).reduce((a, b) => a + b.gzip, 0);
  const isJs = (b: Sent) => /javascript/.test(b.type) || /\.js(\?|$)/.test(b.url);
  const isMapLibre = (b: Sent) => /\/maplibre-[^/]*\.js/.test(b.url);
  const jsOurs = sum((b) => isJs(b) && !isMapLibre(b));
  const jsAll = sum(isJs);
  const css = sum((b) => /css/.test(b.type));
  const fonts = sum((b) => /font|woff/.test(b.type) || /\.woff2?$/.test(b.url));
  const data = sum((b) => /json|geojson/.test(b.type) || /\.(geo)?json$/.test(b.url));
  const html = sum((b) => /html/.test(b.type));
  const total = jsAll + css + fonts + data + html;

  console.log(
    `bench:app — ${RUNS} rounds of cold loads, bare then app, order flipped each round, after a warm-up round (RUNS=${RUNS}), Chromium ${chromiumLaunchOptions().executablePath ?? '(Playwright)'}, SwiftShader WebGL, window 1280×800; median (runs in order)`,
  );
  console.log(
    `  load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${loadavg()[0]!.toFixed(1)} (2 cores: above ~2 the figures also count waiting)`,
  );
  if (WITH_LAND) line('first idle, bare MapLibre, land and borders only', runs.land);
  line("first idle, bare MapLibre, the app's whole basemap", runs.basemap);
  if (SAME_SIZE) line("  the same, its map the size of the app's", runs.sameSize);
  line('first idle, app with all layers and data', runs.app);
  console.log(
    `  ${"ratio app / bare with the app's basemap (fair)".padEnd(52)}: ${spread(runs.basemap, (l) => l.ms)} (median of each round's ratio; target ≤ 1.3), ratio of the medians ${ratio(runs.basemap)}, rounds: ${runs.basemap.map((r, i) => (runs.app[i]!.ms / r.ms).toFixed(2)).join(', ')}`,
  );
  console.log(
    `  ${'CPU ratio app / bare with the same basemap'.padEnd(52)}: ${spread(runs.basemap, (l) => l.cpu)} (all Chromium processes, navigation to idle), rounds: ${rounds(
      runs.basemap,
      (l) => l.cpu,
    )
      .map((x) => x.toFixed(2))
      .join(', ')}`,
  );
  console.log(
    `  ${'main-thread ratio app / bare with the same basemap'.padEnd(52)}: ${paired(runs.basemap, (l) => l.main.task)} (median of each round's; the page's main thread busy, Chromium's TaskDuration)`,
  );
  if (SAME_SIZE)
    console.log(
      `  ${`the same three, bare map ${size.width}×${size.height} as the app's`.padEnd(52)}: ${paired(runs.sameSize, (l) => l.ms)} wall, ${paired(runs.sameSize, (l) => l.cpu)} CPU, ${paired(runs.sameSize, (l) => l.main.task)} main thread (rounds: ${runs.sameSize.map((r, i) => (runs.app[i]!.ms / r.ms).toFixed(2)).join(', ')})`,
    );
  if (AGAINST) {
    line(`first idle, the other build (${AGAINST})`, runs.against);
    console.log(
      `  ${'ratio this build / the other (median of rounds)'.padEnd(52)}: ${paired(runs.against, (l) => l.ms)} wall, ${paired(runs.against, (l) => l.cpu)} CPU, ${paired(runs.against, (l) => l.main.task)} main thread (rounds: ${runs.against.map((r, i) => (runs.app[i]!.ms / r.ms).toFixed(2)).join(', ')})`,
    );
  }
  if (WITH_LAND)
    console.log(
      `  ${'ratio app / bare land and borders only (old measure)'.padEnd(52)}: ${paired(runs.land, (l) => l.ms)}`,
    );
  console.log(`  JS gzip, our code (without MapLibre)                : ${kb(jsOurs)} (target ≤ 60 KB)`);
  console.log(`  JS gzip, total                                      : ${kb(jsAll)}`);
  console.log(`  CSS gzip                                            : ${kb(css)}`);
  console.log(`  data gzip (basemap, ingest output, labels)          : ${kb(data)}`);
  console.log(`  fonts (woff2, already compressed)                   : ${kb(fonts)}`);
  console.log(`  everything at first load, gzip                      : ${kb(total)} (target ≤ 1536 KB)`);
  if (drawn.app && drawn.bare) {
    const only = drawn.app.programs.filter((p) => !drawn.bare!.programs.includes(p));
    console.log(
      `  ${'shader programs at first idle (one load each)'.padEnd(52)}: app ${drawn.app.programs.length}, bare ${drawn.bare.programs.length} (${drawn.bare.programs.join(', ')}); app only: ${only.join(', ') || 'none'}`,
    );
    console.log(
      `  ${'glyphs drawn by TinySDF (one load each)'.padEnd(52)}: app ${drawn.app.glyphs}, bare ${drawn.bare.glyphs}`,
    );
  } else console.log('  shader programs and glyphs: not read (MapLibre internals differ)');
  for (const [name, rs] of Object.entries(runs)) {
    if (!rs.length) continue;
    const marks = rs.map((r) => r.marks);
    const keys = Object.keys(marks[0] ?? {});
    console.log(
      `  ${name} milestones (ms, median): ${keys.map((k) => `${k} ${median(marks.map((m) => m[k] ?? NaN)).toFixed(0)}`).join(', ')}`,
    );
  }
  const big = [...first].sort((a, b) => b.gzip - a.gzip).slice(0, 10);
  console.log('  largest files (gzip):');
  for (const b of big) console.log(`    ${kb(b.gzip).padStart(10)}  ${new URL(b.url).pathname}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
