// npm run bench:app — how fast and how heavy the app is in this machine's Chromium:
//  • time from navigation to the map's first `idle` with all layers and data, beside a bare
//    MapLibre page drawing the same offline basemap (target ratio ≤ 1.5);
//  • JavaScript sent at first load, gzip, our code apart from MapLibre (target ≤ 80 KB) and in total;
//  • data and fonts sent at first load, gzip (target ≤ 1.5 MB with everything).
// Uses dist/ (built when missing or with --build). Runs are cold (a new browser context each).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { basemapStyle } from '../src/app/layers/basemapLayers.ts';
import { BASEMAP_FILE } from '../src/app/basemap/basemapFile.ts';
import { chromiumLaunchOptions } from './lib/chromiumLaunch.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const repo = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function bareHtml(origin: string): string {
  const style = basemapStyle(`${origin}/${BASEMAP_FILE}`);
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/__bare/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
<script src="/__bare/maplibre-gl.js"></script><script>
const map = new maplibregl.Map({ container: 'map', style: ${JSON.stringify(style)}, center: [37.05, 36.2], zoom: 8.2 });
map.once('load', () => performance.mark('sm:map-load'));
map.once('idle', () => { window.__idle = performance.now(); });
</script></body></html>`;
}

interface Load {
  ms: number;
  marks: Record<string, number>;
  bytes: { url: string; type: string; raw: number; gzip: number }[];
}

async function loadOnce(browser: Browser, url: string, bare: boolean, origin: string): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const bytes: Load['bytes'] = [];
  if (bare) {
    const dist = path.dirname(require.resolve('maplibre-gl/dist/maplibre-gl.js'));
    await page.route('**/__bare/**', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!;
      if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: bareHtml(origin) });
      return route.fulfill({
        contentType: name.endsWith('.css') ? 'text/css' : 'text/javascript',
        body: readFileSync(path.join(dist, name)),
      });
    });
  }
  page.on('response', async (res) => {
    // MapLibre starts its worker from a blob: URL made of code it already downloaded: not sent.
    if (/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(res.url())) return;
    try {
      const body = await res.body();
      bytes.push({
        url: res.url(),
        type: res.headers()['content-type'] ?? '',
        raw: body.length,
        gzip: gzipSync(body).length,
      });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  await page.goto(url);
  const ms = bare
    ? await page
        .waitForFunction(() => (window as unknown as { __idle?: number }).__idle, null, { timeout: 120_000 })
        .then((h) => h.jsonValue() as Promise<number>)
    : await page
        .waitForFunction(() => window.situationMap !== undefined, null, { timeout: 120_000 })
        .then(() => page.evaluate(() => window.situationMap!.ready));
  await page.waitForTimeout(300); // let response bodies finish arriving
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('sm:'))
        .map((m) => [m.name.slice(3), m.startTime]),
    ),
  );
  await context.close();
  return { ms, marks, bytes };
}

async function main(): Promise<void> {
  if (process.argv.includes('--build') || !existsSync(path.join(repo, 'dist/index.html'))) {
    execSync('npx vite build', { cwd: repo, stdio: 'inherit' });
  }
  const server = await preview({ root: repo, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await chromium.launch(chromiumLaunchOptions());
  const app: Load[] = [];
  const bare: Load[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await loadOnce(browser, `${origin}/__bare/index.html`, true, origin));
    app.push(await loadOnce(browser, `${origin}/`, false, origin));
  }
  await browser.close();
  await server.close();

  const appMs = median(app.map((r) => r.ms));
  const bareMs = median(bare.map((r) => r.ms));
  const first = app[0]!.bytes;
  const sum = (f: (b: Load['bytes'][number]) => boolean) => first.filter(f).reduce((a, b) => a + b.gzip, 0);
  const isJs = (b: Load['bytes'][number]) => /javascript/.test(b.type) || /\.js(\?|$)/.test(b.url);
  const isMapLibre = (b: Load['bytes'][number]) => /\/maplibre-[^/]*\.js/.test(b.url);
  const jsOurs = sum((b) => isJs(b) && !isMapLibre(b));
  const jsAll = sum(isJs);
  const css = sum((b) => /css/.test(b.type));
  const fonts = sum((b) => /font|woff/.test(b.type) || /\.woff2?$/.test(b.url));
  const data = sum((b) => /json|geojson/.test(b.type) || /\.(geo)?json$/.test(b.url));
  const html = sum((b) => /html/.test(b.type));
  const total = jsAll + css + fonts + data + html;

  console.log(
    `bench:app — ${RUNS} cold loads each, Chromium ${chromiumLaunchOptions().executablePath ?? '(Playwright)'}, SwiftShader WebGL`,
  );
  console.log(
    `  first idle, bare MapLibre + same basemap : ${bareMs.toFixed(0)} ms (runs: ${bare.map((r) => r.ms.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  first idle, app with all layers and data  : ${appMs.toFixed(0)} ms (runs: ${app.map((r) => r.ms.toFixed(0)).join(', ')})`,
  );
  console.log(`  ratio app / bare                          : ${(appMs / bareMs).toFixed(2)} (target ≤ 1.5)`);
  console.log(`  JS gzip, our code (without MapLibre)      : ${kb(jsOurs)} (target ≤ 80 KB)`);
  console.log(`  JS gzip, total                            : ${kb(jsAll)}`);
  console.log(`  CSS gzip                                  : ${kb(css)}`);
  console.log(`  data gzip (basemap, ingest output, labels): ${kb(data)}`);
  console.log(`  fonts (woff2, already compressed)         : ${kb(fonts)}`);
  console.log(`  everything at first load, gzip            : ${kb(total)} (target ≤ 1536 KB)`);
  for (const [name, runs] of [
    ['bare', bare],
    ['app', app],
  ] as const) {
    const marks = runs.map((r) => r.marks);
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
