#!/usr/bin/env node
// node scripts/cli.mjs <command> [args]: runs a command-line tool from its precompiled bundle in
// dist-cli/ (plain JavaScript, one CommonJS file each, no TypeScript transpiling at start-up),
// through scripts/runBundle.mjs, which keeps V8's compiled code of the bundle between runs. The
// bundle is rebuilt with esbuild first when any file it was built from (its inputs as esbuild
// listed them, dist-cli/inputs.json; npm's record of installed packages for the rest) is newer
// than it, so a fresh clone or an edit never runs stale code. `--build` only builds.
// Each bundle has a small ES module beside it (dist-cli/<name>.mjs) that runs it, so a worker
// thread is started from dist-cli/read-worker.mjs as before.
// Plain JavaScript on purpose: it must run before anything is compiled.
/* global process, console, performance */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheFile, runBundle } from './runBundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist-cli');
/** Command → entry module. `read-worker` is the worker thread the ingest starts. */
const ENTRIES = {
  ingest: 'scripts/ingest.ts',
  'read-worker': 'scripts/lib/ingest/readWorker.ts',
};
const COMMANDS = ['ingest'];

/** The list of the bundles' inputs in the repository, written at each build. */
const inputsFile = path.join(outDir, 'inputs.json');
/** What stands for every package: npm rewrites these on each install. */
const PACKAGE_RECORDS = ['package-lock.json', 'node_modules/.package-lock.json'];

/**
 * Newest modification time of the files the bundles were made from: the inputs esbuild listed
 * at the last build (a file added since matters only once an input imports it, and that input
 * is then newer), this launcher and the package records; Infinity when the list is missing.
 * No walk of src/ and scripts/ (~340 files, ~20–90 ms of a cold start).
 */
function newestSource() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return Infinity;
  }
  let newest = 0;
  for (const f of [...inputs, 'scripts/cli.mjs', ...PACKAGE_RECORDS]) {
    // An input gone (moved or deleted) means a rebuild.
    const t = statSync(path.join(root, f), { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
    if (t > newest) newest = t;
  }
  return newest;
}

function bundleTime() {
  let oldest = Infinity;
  for (const name of Object.keys(ENTRIES)) {
    const s = statSync(path.join(outDir, `${name}.cjs`), { throwIfNoEntry: false });
    if (!existsSync(path.join(outDir, `${name}.mjs`))) return 0;
    if (!s) return 0;
    oldest = Math.min(oldest, s.mtimeMs);
  }
  return oldest;
}

/** Builds every entry into a folder of its own, then moves the files in (never half a bundle). */
async function build() {
  const t0 = performance.now();
  const { build: esbuild } = await import('esbuild');
  const tmp = path.join(root, `dist-cli.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  const result = await esbuild({
    absWorkingDir: root,
    metafile: true,
    entryPoints: ENTRIES,
    outdir: tmp,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    // CommonJS, so scripts/runBundle.mjs can hand V8 its code cache (vm.Script); the sources'
    // import.meta.url is the bundle's own URL.
    format: 'cjs',
    target: 'node20',
    // Node 20 has \p{…} in regular expressions; without this esbuild rewrites each such literal
    // as a `new RegExp(…)` call, evaluated again wherever the literal stood.
    supported: { 'regexp-unicode-property-escapes': true },
    logLevel: 'error',
    legalComments: 'none',
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // The repository's files the bundles hold (packages are covered by npm's records).
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/'));
  writeFileSync(path.join(tmp, 'inputs.json'), JSON.stringify(inputs.sort(), null, 1) + '\n');
  for (const name of Object.keys(ENTRIES))
    writeFileSync(
      path.join(tmp, `${name}.mjs`),
      `// Runs ${name}.cjs (built by scripts/cli.mjs) with its code cache.\n` +
        `import { runBundle } from '../scripts/runBundle.mjs';\n` +
        `runBundle(new URL('./${name}.cjs', import.meta.url));\n`,
    );
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(tmp)) {
    rmSync(codeCacheFile(path.join(outDir, f)), { force: true });
    renameSync(path.join(tmp, f), path.join(outDir, f));
  }
  rmSync(tmp, { recursive: true, force: true });
  if (process.env.CLI_VERBOSE) console.error(`cli: bundle built in ${Math.round(performance.now() - t0)} ms`);
}

const [command, ...rest] = process.argv.slice(2);
if (command !== '--build' && !COMMANDS.includes(command)) {
  console.error(`cli: unknown command "${command ?? ''}"; commands: ${COMMANDS.join(', ')}`);
  process.exit(2);
}
if (!existsSync(outDir) || bundleTime() < newestSource()) await build();
if (command !== '--build') {
  const entry = path.join(outDir, `${command}.cjs`);
  process.argv = [process.argv[0], entry, ...rest];
  runBundle(entry);
}
