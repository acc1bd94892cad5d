// CPU time of the calling thread alone (Linux: /proc/thread-self/stat; null elsewhere).
// process.cpuUsage() sums every thread; this tells the main thread's serial work (merge,
// control zones, writing) from the worker threads' reading and from the helper threads of V8
// (garbage collection) and libuv (file reads).
import { readFileSync } from 'node:fs';

/**
 * User + system milliseconds this thread has run, or null where /proc cannot say.
 * @example threadCpuMs() // 1240
 */
export function threadCpuMs(): number | null {
  try {
    // Fields after the command name (which may hold spaces), from the state (field 3) on:
    // utime and stime are fields 14 and 15, in clock ticks (100 a second on Linux).
    const rest = readFileSync('/proc/thread-self/stat', 'utf8').split(') ').pop()!.split(' ');
    const ticks = Number(rest[14 - 3]) + Number(rest[15 - 3]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}
