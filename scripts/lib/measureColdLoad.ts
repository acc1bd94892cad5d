// Run in a fresh process by bench-geoparse (node --expose-gc --import tsx): how long loading the
// gazetteer takes from a cold start and how much heap it holds, then how long the first
// geoparse takes (it builds the name index). Prints one JSON line on stdout.
import { loadGazetteer } from './loadGazetteer.ts';
import { segment } from '../../src/geoparse/segment.ts';
import { geoparse } from '../../src/geoparse/geoparse.ts';

const scope = process.argv[2] === 'pack' ? 'pack' : 'world';
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const gaz = await loadGazetteer({ scope });
const loadMs = performance.now() - t0;
gc?.();
const heapAfterLoad = process.memoryUsage().heapUsed;
const t1 = performance.now();
geoparse([segment({ id: 'probe', text: 'Fighting was reported near Aleppo and Idlib.' })], gaz);
const firstGeoparseMs = performance.now() - t1;
gc?.();
const mem = process.memoryUsage();
console.log(
  JSON.stringify({
    scope,
    entries: gaz.entries.length,
    loadMs,
    firstGeoparseMs,
    heapBaseMB: heap0 / 2 ** 20,
    heapAfterLoadMB: heapAfterLoad / 2 ** 20,
    heapAfterFirstGeoparseMB: mem.heapUsed / 2 ** 20,
    rssMB: mem.rss / 2 ** 20,
  }),
);
