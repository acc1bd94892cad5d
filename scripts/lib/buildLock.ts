// One gazetteer build at a time across processes: parallel test workers that all find the
// cache stale would otherwise each rebuild it (and fight over two CPU cores).
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const STALE_LOCK_MS = 180_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `build` holding `lockFile`; if another process holds it, waits for it to finish and
 * calls `isDone()` to see whether the build is still needed.
 */
export async function withBuildLock(
  lockFile: string,
  isDone: () => boolean,
  build: () => Promise<void>,
): Promise<void> {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(lockFile, 'wx');
    } catch {
      // Someone else is building: wait, unless their lock is abandoned.
      if (existsSync(lockFile) && Date.now() - statSync(lockFile).mtimeMs > STALE_LOCK_MS)
        rmSync(lockFile, { force: true });
      await sleep(250);
      if (!existsSync(lockFile) && isDone()) return;
      continue;
    }
    try {
      if (!isDone()) await build();
      return;
    } finally {
      closeSync(fd);
      rmSync(lockFile, { force: true });
    }
  }
}
