// `npm run score:admin2 [-- <districts.json>]`: how well our derived districts agree with a
// reference list of Syria's districts with centroids and areas (default
// ../shared/geo/syria-districts-opensyria.json, read at run time, never copied). Each reference
// district is typed as "<name> district" and resolved by our geoparser with a Syria context;
// prints per district the distance between centroids, our area over theirs, and whether our
// polygon holds their centroid, then the medians and shares. Skips when the file is absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { area } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { loadGazetteer } from './lib/loadGazetteer.ts';
import { greatCircleKm } from './lib/scoreToponyms.ts';
import { table } from './lib/table.ts';
import { resolveName } from '../src/geoparse/resolve/resolveName.ts';
import { pointInGeometry } from '../src/gazetteer/pointInGeometry.ts';
import type { GazetteerEntry } from '../src/types/model.ts';

interface District {
  name: { en: string };
  centroid: { latitude: number; longitude: number };
  area?: { value: number; unit: string };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.resolve(repoRoot, '../shared/geo/syria-districts-opensyria.json');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
}

function km2(e: GazetteerEntry): number {
  if (!e.geometry || e.geometry.type === 'LineString') return 0;
  const f: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: e.geometry };
  return area(f) / 1e6;
}

async function main(): Promise<void> {
  if (!existsSync(file)) {
    console.log(`score:admin2: reference ${file} not found; nothing to score`);
    return;
  }
  const ref = JSON.parse(readFileSync(file, 'utf8')) as District[];
  if (!Array.isArray(ref)) throw new Error(`${file}: expected a JSON array`);
  const gaz = await loadGazetteer({ scope: 'pack' });
  const ours = gaz.entries.filter((e) => e.kind === 'admin2' && e.adminLevel === 2);
  const rows: string[][] = [];
  const dists: number[] = [];
  const ratios: number[] = [];
  let holds = 0;
  let found = 0;
  for (const d of ref) {
    const typed = `${d.name.en.replace(/^markaz\s+/i, '')} district`;
    const r = resolveName(typed, gaz, { country: 'SY' });
    const e = r?.entry.adminLevel === 2 ? r.entry : undefined;
    const { latitude: lat, longitude: lon } = d.centroid;
    if (!e) {
      rows.push([d.name.en, r ? `${r.name} (not a district)` : '–', '–', '–', '–']);
      continue;
    }
    found++;
    const km = greatCircleKm(e.lon, e.lat, lon, lat);
    const ratio = d.area?.unit === 'km2' && d.area.value > 0 ? km2(e) / d.area.value : NaN;
    const inside = !!e.geometry && pointInGeometry([lon, lat], e.geometry);
    dists.push(km);
    if (Number.isFinite(ratio)) ratios.push(ratio);
    if (inside) holds++;
    rows.push([
      d.name.en,
      e.name,
      km.toFixed(0),
      Number.isFinite(ratio) ? ratio.toFixed(2) : '–',
      inside ? 'yes' : 'no',
    ]);
  }
  console.log(
    table(
      ['district (reference)', 'our district', 'centroid km', 'area ours/ref', 'holds ref centroid'],
      rows,
    ),
  );
  const within = (k: number) => dists.filter((x) => x <= k).length;
  console.log(
    `\n${ours.length} derived districts; ${found}/${ref.length} reference districts resolve to one as "<name> district"`,
  );
  console.log(
    `centroid distance: median ${median(dists).toFixed(1)} km; within 15 km ${within(15)}/${ref.length}, within 25 km ${within(25)}/${ref.length}`,
  );
  console.log(
    `our polygon holds the reference centroid: ${holds}/${ref.length}; area ours/reference: median ${median(ratios).toFixed(2)}`,
  );
}

main().catch((err: unknown) => {
  console.error(`score:admin2 failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
