// `npm run build:gazetteer [-- --if-stale] [--app]`: builds the gazetteer outputs (browser pack
// and basemap layers under public/gazetteer/, the CLI's world cache under .cache/gazetteer/),
// stores the world cache's name index, prints their sizes and the world cache's cold-load time
// and heap in a fresh Node process. --if-stale: only when built from other inputs (by content).
// --app (npm start, npm run build): what the app needs, without the CLI's name index (~16 s,
// built by the first ingest or npm test) and the load measurement.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  GAZETTEER_OUTPUTS,
  gazetteerFresh,
  markGazetteerBuilt,
  namesFresh,
  paths,
  repoRoot,
} from './lib/gazetteerPaths.ts';
import { runBuild, type BuildReport } from './lib/runBuild.ts';
import { withBuildLock } from './lib/buildLock.ts';

const mb = (n: number) => (n / 1024 / 1024).toFixed(2) + ' MB';

async function main(): Promise<void> {
  const app = process.argv.includes('--app');
  if (process.argv.includes('--if-stale') && gazetteerFresh(GAZETTEER_OUTPUTS)) {
    console.log('gazetteer: up to date');
    if (!app) await storeNameIndex();
    return;
  }
  const t0 = performance.now();
  let report: BuildReport | undefined;
  await withBuildLock(
    path.join(paths.cacheDir, 'build.lock'),
    () => report !== undefined,
    async () => {
      report = await runBuild();
      // Stamped once every output is in place: what they were built from.
      markGazetteerBuilt();
    },
  );
  if (!report) return;
  console.log(`gazetteer: built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const f of report.files)
    console.log(`  ${path.relative(repoRoot, f.file)}: ${mb(f.bytes)} raw, ${mb(f.gzipBytes)} gzip`);
  if (app) return;
  await storeNameIndex();
  if (!process.argv.includes('--no-measure')) measureColdLoad();
}

/** The world cache's name index, stored beside it when missing or built from other inputs (scripts/lib/storedNames.ts). */
async function storeNameIndex(): Promise<void> {
  if (namesFresh()) return;
  const t0 = performance.now();
  const { loadGazetteer } = await import('./lib/loadGazetteer.ts');
  await loadGazetteer({ scope: 'world' });
  console.log(
    `  ${path.relative(repoRoot, paths.worldNames)}: name index stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

/** Loads the world gazetteer in a fresh process and prints its time and heap. */
function measureColdLoad(): void {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(repoRoot, 'scripts/lib/measureLoad.ts')],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (r.status === 0) console.log(`  ${r.stdout.trim()}`);
  else console.log(`  (cold-load measurement failed: ${r.stderr.trim().split('\n')[0]})`);
}

main().catch((err: unknown) => {
  console.error(`build:gazetteer failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
