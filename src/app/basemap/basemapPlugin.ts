// Vite plugin: serves (dev) and emits (build) `basemap/naturalearth.json`, the Natural Earth land
// and borders cut to our region. Runs in Node at build time; the app only fetches the result.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { BASEMAP_FILE } from './basemapFile.ts';
import { naturalEarthBasemap } from './naturalEarthBasemap.ts';

function buildBasemapJson(): string {
  const require = createRequire(import.meta.url);
  const read = (name: string) =>
    JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
  return JSON.stringify(naturalEarthBasemap(read('land-10m.json'), read('countries-10m.json')));
}

/**
 * Adds the clipped Natural Earth basemap to the app.
 *
 * @example
 * defineConfig({ plugins: [basemapPlugin()] });
 */
export function basemapPlugin(): Plugin {
  let cached: string | undefined;
  const json = () => (cached ??= buildBasemapJson());
  return {
    name: 'situation-map-basemap',
    configureServer(server) {
      server.middlewares.use(`/${BASEMAP_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(json());
      });
    },
    configurePreviewServer() {
      // The preview server serves dist/, where generateBundle wrote the file.
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BASEMAP_FILE, source: json() });
    },
  };
}
