import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { MultiLineString, MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { REGION_BBOX, naturalEarthBasemap } from './naturalEarthBasemap.ts';

const require = createRequire(import.meta.url);
const read = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;

describe('naturalEarthBasemap', () => {
  const fc = naturalEarthBasemap(read('land-110m.json'), read('countries-110m.json'));
  it('keeps land and borders inside the region, with no empty rings or lines', () => {
    const land = fc.features.filter((f) => f.properties.layer === 'land');
    const border = fc.features.find((f) => f.properties.layer === 'border')!;
    expect(land.length).toBeGreaterThan(0);
    for (const f of land)
      for (const poly of (f.geometry as MultiPolygon).coordinates)
        for (const ring of poly) expect(ring.length).toBeGreaterThanOrEqual(4);
    const lines = (border.geometry as MultiLineString).coordinates;
    expect(lines.length).toBeGreaterThan(0);
    const [w, s, e, n] = REGION_BBOX;
    for (const line of lines) {
      expect(line.length).toBeGreaterThanOrEqual(2);
      for (const [x, y] of line) expect(x! >= w && x! <= e && y! >= s && y! <= n).toBe(true);
    }
  });
});
