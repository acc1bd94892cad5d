// Counts the work a function does, not the time it takes: V8's block coverage tells how many
// times each block of our code ran (every call, every loop turn, every branch taken). The sum is
// deterministic, so a test can check that work grows linearly with the input without a clock.
// Counting starts when this module is imported: import it before the code it measures, since
// code compiled earlier may run uncounted. Built-ins (regular expressions, String methods) run
// uncounted: bench:hostile times those.
import { Session } from 'node:inspector';

const session = new Session();
session.connect();

/** One inspector call; on this thread the answer comes back before `post` returns. */
function post<T>(method: string, params?: object): T {
  let answer: { err: Error | null; res?: T } | undefined;
  session.post(method, params, (err: Error | null, res?: object) => (answer = { err, res: res as T }));
  if (!answer) throw new Error(`countWork: ${method} did not answer at once`);
  if (answer.err) throw answer.err;
  return answer.res as T;
}

post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

interface Coverage {
  result: { url: string; functions: { ranges: { count: number }[] }[] }[];
}

/**
 * Blocks of code run by `fn` in files whose path contains `scope` (default: src/).
 *
 * @example
 * const work = countWork(() => splitSentences('A. B.'));
 */
export function countWork(fn: () => unknown, scope = '/src/'): number {
  post<Coverage>('Profiler.takePreciseCoverage'); // resets the counters
  fn();
  const { result } = post<Coverage>('Profiler.takePreciseCoverage');
  let total = 0;
  for (const script of result) {
    if (!script.url.includes(scope) || script.url.includes('node_modules')) continue;
    for (const f of script.functions) for (const r of f.ranges) total += r.count;
  }
  return total;
}
