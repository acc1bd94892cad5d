// npm run publish -- <out> [--data DIR] [--tiles auto|always|never] [--no-build]
// Writes the app and its layers as a static site any static host or CDN can serve
// (scripts/lib/publishSite.ts): the built app with the data folder's layers (default
// public/data, the CLI's output). Small archives stay GeoJSON; an archive of more than 10,000
// incidents (or --tiles always) is written as vector tiles with sharded details, which the app
// reads through the manifest's `published` field. --no-build publishes dist/ as it is.
import path from 'node:path';
import { repoRoot } from './lib/gazetteerPaths.ts';
import { PublishError, publishSite } from './lib/publishSite.ts';

const USAGE = 'usage: npm run publish -- <out> [--data DIR] [--tiles auto|always|never] [--no-build]';
function usage(msg: string): never {
  console.error(`publish: ${msg}`);
  console.error(USAGE);
  process.exit(2);
}

const args = process.argv.slice(2);
const VALUED = ['--data', '--tiles'];
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? usage(`${name} needs a value`)) : undefined;
};
for (const a of args)
  if (a.startsWith('--') && ![...VALUED, '--no-build'].includes(a)) usage(`unknown option ${a}`);
const positional = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
if (positional.length !== 1) usage('name one folder to write the site to');
const tiles = opt('--tiles') ?? 'auto';
if (tiles !== 'auto' && tiles !== 'always' && tiles !== 'never')
  usage(`--tiles must be auto, always or never, not "${tiles}"`);

const t0 = performance.now();
try {
  const s = await publishSite({
    out: positional[0]!,
    dataDir: path.resolve(opt('--data') ?? path.join(repoRoot, 'public/data')),
    tiles,
    built: args.includes('--no-build') ? path.join(repoRoot, 'dist') : undefined,
  });
  const what =
    s.mode === 'tiles'
      ? `a PMTiles archive of ${s.tiles} vector tiles and ${s.shards} details shards`
      : 'GeoJSON layers';
  console.log(
    `publish: ${s.out}: ${s.incidents} incidents as ${what}, data ${(s.bytes / 1e6).toFixed(1)} MB ` +
      `(${((performance.now() - t0) / 1000).toFixed(1)} s). Serve the folder with any static server.`,
  );
} catch (e) {
  if (e instanceof PublishError) usage(e.message);
  throw e;
}
