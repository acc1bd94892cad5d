// Run in a fresh process by build-gazetteer: cold-load time and heap of the world gazetteer.
// CPU time is printed beside wall time because on a shared machine the wall clock also
// counts the time other processes hold the cores.
import { loadGazetteer } from './loadGazetteer.ts';

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const gaz = await loadGazetteer({ scope: 'world' });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
gc?.();
const heap = process.memoryUsage().heapUsed - heap0;
console.log(
  `world cold load: ${gaz.size} entries in ${ms.toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, all threads), heap ${(heap / 1024 / 1024).toFixed(0)} MB`,
);
