// `npm start` on a fresh clone: Vite's dev server pre-bundles the packages the app imports, found
// by a scan when it starts. A package the scan missed is found only when a module importing it is
// first requested (a report pasted starts the pipeline worker minutes after the page loaded); Vite
// then bundles again and, when the bundles change, reloads the page, which kills the pending work
// (a newcomer's first "Add pasted report" never finished). This test starts the dev server on an
// empty cache, requests every module the page, its lazy chunks and its workers import, and
// requires that every package they import was found by the start-up scan.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

const repo = path.resolve(import.meta.dirname, '../../..');

/** Module URLs a transformed module refers to: imports, dynamic imports and `new URL(…, import.meta.url)` (workers). */
function referencedUrls(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g,
    /\bexport\s*[\w*{}\s,$]*\s*from\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    // Vite writes a worker's URL as new URL(/* @vite-ignore */ "…?worker_file…", '' + import.meta.url).
    /\bnew URL\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*,\s*(?:''\s*\+\s*)?import\.meta\.url\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.add(m[1]!);
  return [...found];
}

describe('referencedUrls', () => {
  it('finds static, re-exported, dynamic and worker references', () => {
    const code = [
      'import { a } from "/src/a.ts";',
      "import '/src/side.css';",
      'export * from "/src/b.ts";',
      'const c = import("/src/c.tsx");',
      'new Worker(new URL(/* @vite-ignore */ "/src/w.worker.ts?worker_file&type=module", \'\' + import.meta.url));',
      'new URL("/src/icon.svg", import.meta.url);',
      'const s = "import nothing";',
    ].join('\n');
    expect(referencedUrls(code).sort()).toEqual([
      '/src/a.ts',
      '/src/b.ts',
      '/src/c.tsx',
      '/src/icon.svg',
      '/src/side.css',
      '/src/w.worker.ts?worker_file&type=module',
    ]);
  });
});

describe('the dev server on a fresh clone', () => {
  let server: ViteDevServer;
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'sm-vite-deps-'));
    server = await createServer({
      configFile: path.join(repo, 'vite.config.ts'),
      root: repo,
      cacheDir,
      logLevel: 'silent',
      clearScreen: false,
      server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    });
    await server.listen();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('pre-bundles at start every package the page, its lazy chunks and its workers import', async () => {
    const env = server.environments.client;
    const optimizer = env.depsOptimizer!;
    await optimizer.scanProcessing;
    const known = () =>
      new Set([...Object.keys(optimizer.metadata.optimized), ...Object.keys(optimizer.metadata.discovered)]);
    const scanned = known();
    expect(scanned.size).toBeGreaterThan(0);

    // Every module reachable from the page's entry, lazy imports and workers included.
    const html = await server.transformIndexHtml('/', readFileSync(path.join(repo, 'index.html'), 'utf8'));
    const todo = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(todo.length).toBeGreaterThan(0);
    const seen = new Set<string>(todo);
    const workers: string[] = [];
    for (let url = todo.pop(); url !== undefined; url = todo.pop()) {
      if (url.includes('worker_file')) workers.push(url);
      const result = await env.transformRequest(url);
      for (const next of referencedUrls(result?.code ?? '')) {
        // Pre-bundled packages and Vite's own modules are not crawled; the question is who imports them.
        if (!next.startsWith('/') || next.startsWith('/@') || next.includes('/.vite/deps/')) continue;
        if (!seen.has(next)) {
          seen.add(next);
          todo.push(next);
        }
      }
    }
    expect(workers.length, 'workers reached').toBeGreaterThanOrEqual(2);
    const missed = [...known()].filter((dep) => !scanned.has(dep)).sort();
    expect(missed, 'packages found only on first use (a full page reload in a fresh clone)').toEqual([]);
  }, 240_000);
});
