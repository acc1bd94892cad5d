// npm run score:control -- <reference.geojson> [--control <control.geojson>] [--json]
// How far our control zones agree with a control map published by others (GeoJSON with a
// controller and a date per polygon, e.g. exported from a public tracker): for each of its
// dates, the share of settlements both put on the same side, where the front moved, and a
// confusion table. Settlements: the gazetteer's settlements and neighbourhoods and the control
// baseline's, inside the reference map. A settlement reference (Point features with a name and a
// controller per date, e.g. data/control/settlements-2024-11-30.geojson) is scored at its points. Ours: public/data/control.geojson unless --control.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ControlFeature } from '../src/types/model.ts';
import { importControl } from '../src/control/reference/importControl.ts';
import { BASELINE } from '../src/control/ground/baseline.ts';
import {
  readSettlementReference,
  scoreControl,
  scoreSettlements,
  type DayScore,
  type ScoredSettlement,
} from '../src/control/reference/scoreControl.ts';
import { loadGazetteer } from './lib/loadGazetteer.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function usage(msg?: string): never {
  if (msg) console.error(`score:control: ${msg}`);
  console.error('usage: npm run score:control -- <reference.geojson> [--control <control.geojson>] [--json]');
  process.exit(2);
}

const args = process.argv.slice(2);
let refFile: string | undefined;
let controlFile = path.join(repoRoot, 'public/data/control.geojson');
let json = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--control') controlFile = path.resolve(args[++i] ?? usage('--control needs a file'));
  else if (a === '--json') json = true;
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else refFile = path.resolve(a);
}
if (!refFile) usage();

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`score:control: cannot read ${what} ${file}: ${(err as Error).message}`);
    process.exit(1);
  }
}

const refJson = readJson(refFile, 'reference') as { features?: { geometry?: { type?: string } }[] };
const ours = ((readJson(controlFile, 'control') as { features?: ControlFeature[] }).features ?? []).filter(
  (f) => f.properties?.source !== 'reference',
);
// A settlement reference (Points with a side per day) is scored at its own points.
const points =
  Array.isArray(refJson?.features) && refJson.features.some((f) => f?.geometry?.type === 'Point');
let days: DayScore[];
if (points) {
  const ref = readSettlementReference(refJson);
  for (const e of ref.errors.slice(0, 10)) console.warn(`  ${path.basename(refFile)}: ${e}`);
  days = scoreSettlements(ours, ref.entries);
} else {
  const imported = importControl(refJson, path.basename(refFile), 'reference');
  for (const e of imported.errors.slice(0, 10)) console.warn(`  ${path.basename(refFile)}: ${e}`);
  if (!imported.features.length) {
    console.error(`score:control: ${path.basename(refFile)} has no control polygons`);
    process.exit(1);
  }
  days = scoreControl(ours, imported.features, await settlementsToScore());
}

/** For a polygon map: the gazetteer's settlements and neighbourhoods and the baseline's. */
async function settlementsToScore(): Promise<ScoredSettlement[]> {
  const gazetteer = await loadGazetteer();
  const seen = new Set<string>();
  const settlements: ScoredSettlement[] = [];
  const add = (id: string, name: string, lon: number, lat: number) => {
    const key = `${lon.toFixed(3)},${lat.toFixed(3)}`;
    if (seen.has(id) || seen.has(key)) return;
    seen.add(id).add(key);
    settlements.push({ id, name, lon, lat });
  };
  for (const e of gazetteer.entries)
    if (e.kind === 'settlement' || e.kind === 'neighbourhood') add(e.id, e.name, e.lon, e.lat);
  for (const r of [...BASELINE.settlements, ...BASELINE.neighbourhoods])
    add(r.gazetteerId ?? r.id ?? r.name, r.name, r.lon, r.lat);
  return settlements;
}

if (json) {
  console.log(JSON.stringify(days, null, 1));
  process.exit(0);
}
if (!days.length) {
  console.log('score:control: no date of the reference map falls within our days');
  process.exit(1);
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
console.log(
  `score:control: ${path.relative(process.cwd(), controlFile)} against ${path.basename(refFile)}, ` +
    `${days[0].compared} settlements inside both on ${days[0].date} (${days[0].outside} inside it only)`,
);
for (const d of days) {
  console.log(
    `${d.date} (ours ${d.ours}): same side ${d.agree}/${d.compared} = ${pct(d.agree, d.compared)}; ` +
      `where the front moved ${d.moved.agree}/${d.moved.compared} = ${pct(d.moved.agree, d.moved.compared)}`,
  );
  const cols = [...new Set(Object.values(d.confusion).flatMap((r) => Object.keys(r)))].sort();
  const rows = Object.keys(d.confusion).sort();
  const w = Math.max(12, ...cols.map((c) => c.length + 2));
  console.log(`  ${'reference \\ ours'.padEnd(18)}${cols.map((c) => c.padStart(w)).join('')}`);
  for (const r of rows)
    console.log(`  ${r.padEnd(18)}${cols.map((c) => String(d.confusion[r][c] ?? 0).padStart(w)).join('')}`);
  if (d.disagree.length)
    console.log(
      `  on another side: ${d.disagree
        .slice(0, 12)
        .map((x) => `${x.name} (${x.reference}→${x.ours})`)
        .join(', ')}${d.disagree.length > 12 ? ', …' : ''}`,
    );
}
