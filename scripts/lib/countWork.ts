// Counts the work a function does, not the time it takes: V8's block coverage tells how many
// times each block of our code ran (every call, every loop turn, every branch taken). The sum is
// deterministic, so a test can check that work grows linearly with the input without a clock.
import { Session } from 'node:inspector/promises';

let session: Session | null = null;

async function open(): Promise<Session> {
  if (session) return session;
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  session = s;
  return s;
}

/**
 * Blocks of code run by `fn` in files whose path contains `scope` (default: this repository's
 * src/). Counters are reset before the call.
 *
 * @example
 * const work = await countWork(() => splitSentences('A. B.'));
 */
export async function countWork(fn: () => unknown, scope = '/src/'): Promise<number> {
  const s = await open();
  await s.post('Profiler.takePreciseCoverage'); // resets the counters
  fn();
  const { result } = await s.post('Profiler.takePreciseCoverage');
  let total = 0;
  for (const script of result) {
    if (!script.url.includes(scope) || script.url.includes('node_modules')) continue;
    for (const f of script.functions) for (const r of f.ranges) total += r.count;
  }
  return total;
}
