// npm run make:incidents -- --incidents 100000 --seed 1 [--out DIR] [--days 366] [--start 2024-01-01]
// Writes a synthetic data folder (scripts/lib/writeSyntheticData.ts, syntheticIncidents.ts) in the shape `npm run ingest`
// writes: manifest.json, places.geojson, incidents.geojson (with sources), control.geojson. For
// the map benchmarks and `npm run publish -- OUT --data DIR`. Not committed; the default folder
// is .cache/incidents/incidents-<n>-seed-<s>.
import { writeSyntheticData } from './lib/writeSyntheticData.ts';

function usage(msg: string): never {
  console.error(`make:incidents: ${msg}`);
  console.error(
    'usage: npm run make:incidents -- --incidents N --seed S [--out DIR] [--days D] [--start YYYY-MM-DD]',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? usage(`${name} needs a value`)) : undefined;
};
const num = (name: string, dflt: number): number => {
  const v = opt(name);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) usage(`${name} must be a whole number, not "${v}"`);
  return n;
};
const incidents = num('--incidents', 1000);
const seed = num('--seed', 1);
const days = num('--days', 366);
const start = opt('--start') ?? '2024-01-01';
if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) usage(`--start must be YYYY-MM-DD, not "${start}"`);

const t0 = performance.now();
const { dir, bytes } = await writeSyntheticData({ incidents, seed, days, start, out: opt('--out') });
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
console.log(
  `make:incidents: ${incidents} incidents (seed ${seed}) in ${dir} — ${Object.entries(bytes)
    .map(([k, v]) => `${k} ${mb(v)}`)
    .join(', ')} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
