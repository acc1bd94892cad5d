// Vite plugin: the optional local article texts (`data/local/articles.json`, written by a local
// ingest and git-ignored) are always served, as an empty list when a checkout has none, so a
// fresh clone's page makes no failing request (no 404 in the console) and the app can say how
// to see quotes instead.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { LOCAL_TEXTS_FILE } from './localTextsFile.ts';

/**
 * Serves (dev) and emits (build) an empty `data/local/articles.json` when `public/` has none.
 *
 * @example
 * defineConfig({ plugins: [localTextsPlugin()] });
 */
export function localTextsPlugin(): Plugin {
  let publicDir = 'public';
  const present = () => existsSync(path.join(publicDir, LOCAL_TEXTS_FILE));
  return {
    name: 'situation-map-local-texts',
    configResolved(config) {
      publicDir = config.publicDir || publicDir;
    },
    configureServer(server) {
      server.middlewares.use(`/${LOCAL_TEXTS_FILE}`, (_req, res, next) => {
        if (present()) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end('[]');
      });
    },
    generateBundle() {
      if (!present()) this.emitFile({ type: 'asset', fileName: LOCAL_TEXTS_FILE, source: '[]' });
    },
  };
}
