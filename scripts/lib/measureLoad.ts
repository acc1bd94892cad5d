// Run in a fresh process by build-gazetteer: cold-load time and heap of the world gazetteer.
import { loadGazetteer } from './loadGazetteer.ts';

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const gaz = await loadGazetteer({ scope: 'world' });
const ms = performance.now() - t0;
gc?.();
const heap = process.memoryUsage().heapUsed - heap0;
console.log(
  `world cold load: ${gaz.size} entries in ${ms.toFixed(0)} ms, heap ${(heap / 1024 / 1024).toFixed(0)} MB`,
);
