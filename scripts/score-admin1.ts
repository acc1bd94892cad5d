// `npm run score:admin1 [-- <reference.geojson>]`: how well the derived governorates agree
// with a reference boundary file (default ../shared/geo/syria-admin1-ocha.geojson, matched
// by PCODE): per governorate the intersection over union and the share of the reference's
// area that we cover, and their means. Skips with a message when the reference is absent.
import { existsSync, readFileSync } from 'node:fs';
import { area, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { loadGazetteer } from './lib/loadGazetteer.ts';
import { paths } from './lib/gazetteerPaths.ts';

type Area = Feature<Polygon | MultiPolygon>;

async function main(): Promise<void> {
  const refFile = process.argv[2] ?? paths.ochaAdmin1;
  if (!existsSync(refFile)) {
    console.log(`score:admin1: reference ${refFile} not found; nothing to score`);
    return;
  }
  const ref = JSON.parse(readFileSync(refFile, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const gaz = await loadGazetteer({ scope: 'pack' });
  console.log('governorate          IoU   covered   ours km²  reference km²');
  let sumIou = 0;
  let sumCov = 0;
  let n = 0;
  for (const f of ref.features) {
    const pcode = String(f.properties?.PCODE ?? f.properties?.ADM1_PCODE ?? '');
    const ours = gaz.get(`sm:adm1:${pcode}`);
    const name = String(f.properties?.NAME_EN ?? f.properties?.ADM1_EN ?? pcode);
    const refArea = area(f);
    let iou = 0;
    let cov = 0;
    let ourArea = 0;
    if (ours?.geometry && ours.geometry.type !== 'LineString') {
      const mine: Area = { type: 'Feature', properties: {}, geometry: ours.geometry };
      ourArea = area(mine);
      const common = intersect(featureCollection<Polygon | MultiPolygon>([mine, f as Area]));
      const both = union(featureCollection<Polygon | MultiPolygon>([mine, f as Area]));
      const commonArea = common ? area(common) : 0;
      iou = both ? commonArea / area(both) : 0;
      cov = commonArea / refArea;
    }
    sumIou += iou;
    sumCov += cov;
    n++;
    const km2 = (a: number) => (a / 1e6).toFixed(0).padStart(9);
    console.log(
      `${pcode} ${name.padEnd(16)} ${iou.toFixed(3)}   ${cov.toFixed(3)} ${km2(ourArea)}  ${km2(refArea)}`,
    );
  }
  console.log(
    `mean IoU ${(sumIou / n).toFixed(3)}, mean share of reference area covered ${(sumCov / n).toFixed(3)} (${n} governorates)`,
  );
}

main().catch((err: unknown) => {
  console.error(`score:admin1 failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
