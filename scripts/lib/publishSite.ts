// The static site `npm run publish` writes: the built app (vite build, or dist/ as it is) with a
// data folder's layers (scripts/lib/publishData.ts: GeoJSON when small, vector tiles and sharded
// details when large). Written beside the target and renamed in at the end, so a failed run
// leaves the old site whole. Article texts (data/local/) are never published.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './gazetteerPaths.ts';
import { TILES_ABOVE, publishData, type DataLayers, type PublishSummary } from './publishData.ts';

export interface PublishOptions {
  /** Folder the site is written to (replaced whole). */
  out: string;
  /** Folder with manifest.json, places.geojson, incidents.geojson, control.geojson. */
  dataDir: string;
  /** 'auto': tiles above TILES_ABOVE incidents. */
  tiles: 'auto' | 'always' | 'never';
  /** Build the app (default), or copy this built app folder (e.g. dist/). */
  built?: string;
}

/** Thrown for input the user can fix: the message names the file and what is wrong. */
export class PublishError extends Error {}

function readLayer<T>(dataDir: string, name: string, fallback?: T): T {
  const file = path.join(dataDir, name);
  if (!existsSync(file)) {
    if (fallback === undefined) throw new PublishError(`${file} is needed (run npm run ingest)`);
    return fallback;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new PublishError(`${file} is not valid JSON (${(e as Error).message})`);
  }
}

/** Reads the CLI's layers from `dataDir` (a missing layer other than the manifest is empty). */
export function readDataLayers(dataDir: string): DataLayers {
  const empty = { type: 'FeatureCollection', features: [] } as never;
  const layers: DataLayers = {
    manifest: readLayer<DataLayers['manifest']>(dataDir, 'manifest.json'),
    places: readLayer(dataDir, 'places.geojson', empty),
    incidents: readLayer(dataDir, 'incidents.geojson', empty),
    control: readLayer(dataDir, 'control.geojson', empty),
  };
  for (const name of ['places', 'incidents', 'control'] as const)
    if (!Array.isArray(layers[name]?.features))
      throw new PublishError(`${path.join(dataDir, `${name}.geojson`)} is not a GeoJSON FeatureCollection`);
  return layers;
}

/** A tiles site says so in its page, so the app never asks for incidents.geojson. */
function markTiles(site: string): void {
  const file = path.join(site, 'index.html');
  const html = readFileSync(file, 'utf8');
  const meta = '<meta name="situation-map-data" content="tiles" />';
  if (!html.includes('</head>')) throw new PublishError(`${file}: no </head> to mark the tiles site`);
  writeFileSync(file, html.replace('</head>', `  ${meta}\n  </head>`));
}

/**
 * Writes the site; returns what it holds.
 *
 * @example
 * publishSite({ out: '/tmp/site', dataDir: 'public/data', tiles: 'auto', built: 'dist' });
 */
export async function publishSite(o: PublishOptions): Promise<PublishSummary & { out: string }> {
  const out = path.resolve(o.out);
  if ([repoRoot, path.join(repoRoot, 'public'), path.join(repoRoot, 'src')].includes(out))
    throw new PublishError(`refusing to write the site over ${out}`);
  const layers = readDataLayers(o.dataDir);
  const tiles =
    o.tiles === 'always' || (o.tiles === 'auto' && layers.incidents.features.length > TILES_ABOVE);
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    if (o.built) {
      if (!existsSync(path.join(o.built, 'index.html')))
        throw new PublishError(`${o.built} holds no built app (run npm run build)`);
      cpSync(o.built, tmp, { recursive: true });
    } else
      execFileSync('npx', ['vite', 'build', '--outDir', tmp, '--emptyOutDir'], {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    // The build copied public/data; the site gets the chosen layers only (never data/local/ texts).
    rmSync(path.join(tmp, 'data'), { recursive: true, force: true });
    const summary = await publishData(layers, { tiles }, (p, d) => {
      const file = path.join(tmp, 'data', p);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, d);
    });
    if (summary.mode === 'tiles') markTiles(tmp);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(path.dirname(out), { recursive: true });
    renameSync(tmp, out);
    return { ...summary, out };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
