// Run in a fresh process by bench-geoparse (node --expose-gc --import tsx): how long loading the
// gazetteer takes from a cold start and how much heap it holds, then how long the first
// geoparse takes (it builds the name index). Prints one JSON line on stdout.
import { loadGazetteer } from './loadGazetteer.ts';
import { segment } from '../../src/geoparse/text/segment.ts';
import { geoparseReport } from '../../src/geoparse/geoparse.ts';

const scope = process.argv[2] === 'pack' ? 'pack' : 'world';
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const t0 = performance.now();
const c0 = cpu();
const gaz = await loadGazetteer({ scope });
const loadMs = performance.now() - t0;
const loadCpuMs = cpu() - c0;
gc?.();
const heapAfterLoad = process.memoryUsage().heapUsed;
const t1 = performance.now();
const c1 = cpu();
geoparseReport(segment({ id: 'probe', text: 'Fighting was reported near Aleppo and Idlib.' }), gaz);
const firstGeoparseMs = performance.now() - t1;
const firstGeoparseCpuMs = cpu() - c1;
gc?.();
const mem = process.memoryUsage();
console.log(
  JSON.stringify({
    scope,
    entries: gaz.entries.length,
    loadMs,
    loadCpuMs,
    firstGeoparseMs,
    firstGeoparseCpuMs,
    heapBaseMB: heap0 / 2 ** 20,
    heapAfterLoadMB: heapAfterLoad / 2 ** 20,
    heapAfterFirstGeoparseMB: mem.heapUsed / 2 ** 20,
    rssMB: mem.rss / 2 ** 20,
  }),
);
