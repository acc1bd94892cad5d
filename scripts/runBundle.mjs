// Runs one of the CLI's precompiled bundles (dist-cli/*.cjs, built by scripts/cli.mjs) with V8's
// code cache: the compiled code of a run is kept beside the bundle (`<bundle>.v8cache`) and given
// back to V8 by the next process, which then skips parsing and compiling the 1.8 MB bundle and
// the functions the last run compiled (~0.2 s CPU of a one-report ingest on this machine).
// The cache is only ever a shortcut: it is keyed by the bundle's content (V8 itself only checks
// the source's length), written aside and renamed, and rewritten whenever V8 refuses it (another
// Node version or other V8 flags). Plain JavaScript: it runs before anything is compiled.
/* global process, Buffer, setTimeout, URL */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';

// Regular expressions go to machine code at their first use instead of starting in V8's regexp
// interpreter (tier-up): the pipeline's hundreds of patterns, some of them lexicons of names,
// each run over every sentence, so nearly all would tier up anyway, and a one-report run spent
// ~0.1 s CPU interpreting them first. Set here, before any bundle is compiled, so every process
// and thread that runs a bundle has the same flags (V8 refuses a code cache made under others).
v8.setFlagsFromString('--no-regexp-tier-up');

/** What the cache file starts with: the SHA-1 of the bundle it was made from. */
const DIGEST_BYTES = 20;

/** The code cache file of a bundle. */
export const codeCacheFile = (bundle) => `${bundle}.v8cache`;

/**
 * Runs a CommonJS bundle as Node would (`require`, `module`, `__filename`), from the code cache
 * when it fits. The main thread stores the cache when the process exits (so it holds every
 * function the run compiled); a worker thread, which is terminated rather than left to exit,
 * after a few seconds of work.
 * @param {string | URL} bundle
 */
export function runBundle(bundle) {
  const file = bundle instanceof URL ? fileURLToPath(bundle) : bundle;
  // Hashed as the file's bytes: the same digest as its text's, without encoding the 2 MB string
  // (a two-byte string: regular expressions keep non-ASCII characters) back to UTF-8 (~30 ms CPU).
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const digest = createHash('sha1').update(bytes).digest();
  const cacheFile = codeCacheFile(file);
  let cachedData;
  try {
    const bytes = readFileSync(cacheFile);
    if (bytes.length > DIGEST_BYTES && bytes.subarray(0, DIGEST_BYTES).equals(digest))
      cachedData = bytes.subarray(DIGEST_BYTES);
  } catch {
    // No cache yet: compiled from source, and stored below.
  }
  // The wrapper shares the bundle's first line, so stack traces keep its line numbers.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected) {
    const store = () => {
      const tmp = `${cacheFile}.${process.pid}-${threadId}.tmp`;
      try {
        writeFileSync(tmp, Buffer.concat([digest, script.createCachedData()]));
        renameSync(tmp, cacheFile);
      } catch {
        // Only a shortcut lost (read-only checkout, full disk): the next run compiles again.
        rmSync(tmp, { force: true });
      }
    };
    if (isMainThread) process.once('exit', store);
    else setTimeout(store, 3000).unref();
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}
