import path from 'node:path';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { basemapPlugin } from './src/app/basemap/basemapPlugin.ts';
import { cspPlugin } from './src/app/build/cspPlugin.ts';
import { fontPreloadPlugin } from './src/app/build/fontPreloadPlugin.ts';
import { localTextsPlugin } from './src/app/build/localTextsPlugin.ts';

interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}
const ENTRY = path.resolve(import.meta.dirname, 'src/app/main.tsx');
let firstLoadIds: Set<string> | null = null;
/** The modules the entry imports statically, directly or not (the first screen's code). */
function firstLoad(ctx: ChunkingContext): Set<string> {
  if (firstLoadIds) return firstLoadIds;
  // With the page's other entry module (Vite's modulepreload polyfill).
  const roots = [ENTRY, '\0vite/modulepreload-polyfill.js'];
  const seen = new Set<string>(roots);
  const todo = [...roots];
  for (let id = todo.pop(); id !== undefined; id = todo.pop())
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? [])
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
  return (firstLoadIds = seen);
}

// VITE_BASEMAP (optional): the basemap a first visit shows, a .pmtiles or MapLibre style URL
// (src/app/basemap/basemapSetting.ts); users choose their own in the app.
export default defineConfig(() => {
  return {
    plugins: [solid(), basemapPlugin(), cspPlugin(), fontPreloadPlugin(), localTextsPlugin()],
    base: './',
    build: {
      target: 'es2022',
      sourcemap: true,
      chunkSizeWarningLimit: 1200,
      // Every browser the es2022 target names preloads modules natively (Chromium 66, Firefox
      // 115, Safari 17): no polyfill on the first load (an older one just fetches them in turn).
      modulePreload: { polyfill: false },
      // MapLibre in its own chunk: cached apart from our code, and measured apart by bench:app.
      // Everything else the entry imports statically is one chunk: left alone, Rolldown splits
      // off each module a lazy panel shares with it, a dozen small files gzipped apart.
      rollupOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 2 },
              {
                debugName: 'first-load',
                name: (id: string, ctx: ChunkingContext) => (firstLoad(ctx).has(id) ? 'index' : null),
                priority: 1,
              },
            ],
          },
        },
      },
    },
    worker: { format: 'es' as const },
    // The dev server pre-bundles the packages its start-up scan finds from index.html, which does
    // not follow `new Worker(new URL(…))`: the workers' own packages (the MVT writer, the pipeline's
    // hashing) were found only when a worker first ran, and bundling them again reloaded the page
    // mid-work (a fresh clone's first "Add pasted report" never finished). So the scan starts from
    // every worker too (src/app/build/devDependencies.test.ts checks that nothing is left over).
    optimizeDeps: { entries: ['index.html', 'src/**/*.worker.ts'] },
    server: { fs: { allow: ['.'] } },
    preview: { headers: { 'Cache-Control': 'no-store' } },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  };
});
