// npm run bench:control: time to compute one day's control zones, on the sample (real pipeline output
// when ../shared/articles is present) and on 1,000 synthetic settlements (seeded random).
// `npm run bench:control -- --baseline-only` skips the pipeline run on the sample.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ArticleInput, IncidentFeature, PlaceFeature } from '../src/types/model.ts';
import type { Gazetteer } from '../src/gazetteer/Gazetteer.ts';
import { baselineUnits, type ControlUnit } from '../src/control/ground/baseline.ts';
import { controlBorder } from '../src/control/ground/border.ts';
import { applyClaims } from '../src/control/claims/applyClaims.ts';
import { createDayZones } from '../src/control/zones/dayZones.ts';
import { extentsOf } from '../src/control/claims/extents.ts';
import { assessAdvances, corridorUnits, planAdvances } from '../src/control/advances/assessAdvances.ts';
import { buildCells } from '../src/control/ground/voronoiCells.ts';
import { buildControl, withUnits } from '../src/control/buildControl.ts';
import { testGazetteer } from '../src/control/testFixtures.ts';
import { runPipeline } from '../src/pipeline/runPipeline.ts';
import { loadGazetteer } from './lib/loadGazetteer.ts';
import type { Camp } from '../src/control/sides.ts';

const REPEAT = 20;
const articlesDir = path.resolve(import.meta.dirname, '../../shared/articles');

function ms(t0: number): string {
  return `${(performance.now() - t0).toFixed(1)} ms`;
}

/** Median wall time of `fn` over REPEAT runs, and its mean CPU time (cores are shared here). */
function median(fn: () => void): { wall: number; cpu: number } {
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    wall: times.sort((a, b) => a - b)[Math.floor(REPEAT / 2)],
    cpu: (cpu.user + cpu.system) / 1000 / REPEAT,
  };
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function gazetteer(): Promise<Gazetteer> {
  try {
    const gaz = await loadGazetteer();
    if (gaz.get('ne:SYR')?.geometry) return gaz;
  } catch (err) {
    console.log(`gazetteer: ${(err as Error).message}; using world-atlas Syria only`);
  }
  return testGazetteer();
}

function readSample(): ArticleInput[] {
  if (!existsSync(articlesDir)) return [];
  const index = JSON.parse(readFileSync(path.join(articlesDir, 'index.json'), 'utf8')) as {
    articles: ArticleInput[];
  };
  const files = new Set(readdirSync(articlesDir));
  return index.articles
    .filter((a) => a.file && files.has(a.file))
    .map((a) => ({ ...a, text: readFileSync(path.join(articlesDir, a.file!), 'utf8') }));
}

function benchDay(
  label: string,
  units: ControlUnit[],
  border: Polygon | MultiPolygon,
  gaz: Gazetteer,
  incidents: IncidentFeature[],
  places: PlaceFeature[],
): void {
  const inside = (lon: number, lat: number) => booleanPointInPolygon([lon, lat], border);
  let t0 = performance.now();
  const claims = applyClaims({
    units,
    incidents,
    places,
    gazetteer: gaz,
    baselineDate: '2024-11-26',
    inside,
  });
  const tClaims = ms(t0);
  // As buildControl: the ground between the line and the places taken gets its own points.
  t0 = performance.now();
  const extents = extentsOf(incidents, claims.dateOf, places);
  const advances = planAdvances(claims, extents, '2024-11-26');
  const all = withUnits(claims, corridorUnits(advances, claims.units, gaz, inside));
  const tGround = ms(t0);
  const parents = new Set(all.units.map((u) => u.parent));
  const sites = all.units.filter((u) => !parents.has(u.id)).map((u) => [u.lon, u.lat]);
  t0 = performance.now();
  buildCells(sites, border);
  const tCells = ms(t0);
  const zones = createDayZones(all.units, border);
  t0 = performance.now();
  const { days } = assessAdvances(all, advances, extents, zones.areaOf);
  const tAssess = ms(t0);
  const last = days[days.length - 1];
  t0 = performance.now();
  zones.features(last);
  const cold = ms(t0);
  for (let i = 0; i < 5; i++) zones.features(last);
  const perDay = median(() => zones.features(last));
  const n = zones.features(last).filter((f) => f.properties.layer === 'zone').length;
  console.log(
    `${label}: ${all.units.length} units (${all.units.length - claims.units.length} in the way of ${advances.length} advance(s)), ${zones.cells.cells.length} cells, ${days.length} day(s)\n` +
      `  claims replay ${tClaims}; ground points ${tGround}; assessed advances ${tAssess}; cells (once per run, not memoised) ${tCells}\n` +
      `  one day's zones + front lines + summary: ${perDay.wall.toFixed(2)} ms wall (median of ${REPEAT} after warm-up), ` +
      `${perDay.cpu.toFixed(2)} ms CPU (mean); first call ${cold}; ${n} zones — target ≤ 50 ms`,
  );
}

const gaz = await gazetteer();
const units = baselineUnits(gaz);
const border = controlBorder(gaz, units);
console.log(
  `border: ${border.source}; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`,
);

const articles = process.argv.includes('--baseline-only') ? [] : readSample();
let incidents: IncidentFeature[] = [];
let places: PlaceFeature[] = [];
if (articles.length) {
  const t0 = performance.now();
  const out = runPipeline(articles, gaz, { now: '2024-12-01T00:00:00Z' });
  incidents = out.incidents.features;
  places = out.places.features;
  console.log(
    `sample: ${articles.length} articles, ${places.length} places, ${incidents.length} incidents (pipeline ${ms(t0)})`,
  );
  const t1 = performance.now();
  const all = buildControl({ incidents, places, gazetteer: gaz });
  console.log(`sample: buildControl end to end ${ms(t1)}, ${all.length} features`);
} else {
  console.log(
    `sample: no pipeline run (${existsSync(articlesDir) ? '--baseline-only' : `${articlesDir} absent`}); baseline only`,
  );
}
benchDay('sample', units, border.geometry, gaz, incidents, places);

// 1,000 synthetic settlements inside the border, each held by the camp of its nearest baseline unit.
const rand = mulberry32(42);
const camps: Camp[] = ['opposition', 'government', 'sna', 'sdf'];
const synthetic: ControlUnit[] = [];
while (synthetic.length < 1000) {
  const lon = 35.6 + rand() * 6.6;
  const lat = 32.3 + rand() * 5;
  if (!booleanPointInPolygon([lon, lat], border.geometry)) continue;
  const i = synthetic.length;
  synthetic.push({
    id: `syn:${i}`,
    name: `S${i}`,
    kind: 'settlement',
    lon,
    lat,
    keys: [],
    controller: camps[Math.floor(rand() * 4)],
    basis: 'synthetic',
  });
}
benchDay('synthetic 1,000', synthetic, border.geometry, gaz, [], []);
