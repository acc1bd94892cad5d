// Syria's outline for clipping the derived governorates: Natural Earth's Syria (10m) plus
// the occupied Golan, which Natural Earth draws inside Israel's polygon (see golan-outline.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { featureCollection, intersect, polygon, union } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { paths } from './gazetteerPaths.ts';

type Area = Feature<Polygon | MultiPolygon>;

/** Natural Earth 10m country by ISO numeric id. */
function country10m(topo: Topology, id: string): Area {
  const fc = feature(topo, topo.objects.countries as GeometryCollection);
  const f = fc.features.find((x) => String(x.id) === id);
  if (!f) throw new Error(`world-atlas countries-10m has no country ${id}`);
  return f as Area;
}

/** Syria including the Golan, as one (Multi)Polygon. */
export function syriaBorder(): Polygon | MultiPolygon {
  const topo = JSON.parse(readFileSync(paths.countries10m, 'utf8')) as Topology;
  const syria = country10m(topo, '760');
  const israel = country10m(topo, '376');
  const facts = JSON.parse(readFileSync(path.join(paths.factsDir, 'golan-outline.json'), 'utf8')) as {
    outline: Position[];
  };
  const golan = intersect(featureCollection([polygon([facts.outline]), israel]));
  if (!golan) return syria.geometry;
  return (union(featureCollection([syria, golan])) ?? syria).geometry;
}
