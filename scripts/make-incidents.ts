// npm run make:incidents -- --incidents 100000 --seed 1 [--out DIR] [--days 366] [--start 2024-01-01]
// Writes a synthetic data folder (scripts/lib/writeSyntheticData.ts, syntheticIncidents.ts) in the shape `npm run ingest`
// writes: manifest.json, places.geojson, incidents.geojson (with sources), control.geojson. For
// the map benchmarks and `npm run publish -- OUT --data DIR`. Not committed; the default folder
// is .cache/incidents/incidents-<n>-seed-<s>.
import { readSyntheticArgs } from './lib/syntheticArgs.ts';
import { writeSyntheticData } from './lib/writeSyntheticData.ts';

const {
  count: incidents,
  seed,
  days,
  start,
  out: outArg,
} = readSyntheticArgs('make:incidents', 'incidents', {
  days: 366,
  start: '2024-01-01',
});

const t0 = performance.now();
const { dir, bytes } = await writeSyntheticData({ incidents, seed, days, start, out: outArg });
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
console.log(
  `make:incidents: ${incidents} incidents (seed ${seed}) in ${dir} — ${Object.entries(bytes)
    .map(([k, v]) => `${k} ${mb(v)}`)
    .join(', ')} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
