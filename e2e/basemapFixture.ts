// A tiny Protomaps-schema basemap written in the test: land, a reservoir, a built-up area, a
// park, roads with names and a few buildings around Aleppo's centre (made-up shapes, our own
// names), cut into vector tiles by @maplibre/geojson-vt, encoded by @maplibre/vt-pbf and packed
// into a PMTiles v3 archive by scripts/lib/writePmtiles.ts (the s2-pmtiles package).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { bboxPolygon } from '@turf/turf';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { writePmtiles, type PmtilesTile } from '../scripts/lib/writePmtiles.ts';

/** The area the fixture covers: [west, south, east, north]. */
export const FIXTURE_BOUNDS: [number, number, number, number] = [37.05, 36.12, 37.27, 36.28];
const MIN_ZOOM = 5;
const MAX_ZOOM = 14;

const box = (w: number, s: number, e: number, n: number): Geometry => bboxPolygon([w, s, e, n]).geometry;
const line = (...pts: [number, number][]): Geometry => ({ type: 'LineString', coordinates: pts });
const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry,
  properties,
});

/** The fixture's features by source layer, as Protomaps' basemap names them. */
export function fixtureLayers(): Record<string, FeatureCollection> {
  const [w, s, e, n] = FIXTURE_BOUNDS;
  const minor: Feature[] = [];
  for (let i = 0; i < 6; i++) {
    const x = 37.13 + i * 0.01;
    const y = 36.18 + i * 0.008;
    minor.push(
      feature(line([x, 36.175], [x, 36.225]), { kind: 'minor_road', name: `Fixture Lane ${i + 1}` }),
    );
    minor.push(
      feature(line([37.125, y], [37.19, y]), { kind: 'minor_road', name: `Fixture Street ${i + 1}` }),
    );
  }
  const buildings: Feature[] = [];
  for (let i = 0; i < 5; i++)
    for (let j = 0; j < 5; j++) {
      const x = 37.151 + i * 0.002;
      const y = 36.199 + j * 0.002;
      buildings.push(feature(box(x, y, x + 0.0012, y + 0.0012), { kind: 'building' }));
    }
  const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  return {
    earth: fc([feature(box(w, s, e, n), { kind: 'earth' })]),
    water: fc([feature(box(37.07, 36.24, 37.1, 36.26), { kind: 'water', name: 'Fixture Reservoir' })]),
    landuse: fc([
      feature(box(37.12, 36.17, 37.2, 36.23), { kind: 'residential' }),
      feature(box(37.2, 36.2, 37.22, 36.215), { kind: 'park', name: 'Fixture Park' }),
    ]),
    roads: fc([
      feature(line([w, 36.2], [e, 36.2]), { kind: 'highway', name: 'Fixture Highway', min_zoom: 5 }),
      feature(line([37.16, s], [37.16, n]), { kind: 'major_road', name: 'Fixture Avenue', min_zoom: 8 }),
      ...minor,
    ]),
    buildings: fc(buildings),
  };
}

/** Tiles x and y covering the fixture at zoom z. */
function tileRange(z: number): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  const [w, s, e, nn] = FIXTURE_BOUNDS;
  return { x0: x(w), x1: x(e), y0: y(nn), y1: y(s) };
}

/**
 * The archive's bytes.
 *
 * @example
 * await page.setInputFiles('input[type=file]', { name: 'aleppo.pmtiles', mimeType: 'application/octet-stream', buffer: Buffer.from(await fixturePmtiles()) });
 */
export function fixturePmtiles(): Promise<Uint8Array> {
  const layers = Object.entries(fixtureLayers()).map(
    ([name, data]) =>
      [name, new GeoJSONVT(data, { maxZoom: MAX_ZOOM, indexMaxZoom: MAX_ZOOM, buffer: 64 })] as const,
  );
  const tiles: PmtilesTile[] = [];
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    const { x0, x1, y0, y1 } = tileRange(z);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const found = Object.fromEntries(
          layers.flatMap(([name, index]) => {
            const t = index.getTile(z, x, y);
            return t && t.features.length ? [[name, t] as const] : [];
          }),
        );
        if (Object.keys(found).length)
          tiles.push({ z, x, y, data: fromGeojsonVt(found, { version: 2, extent: 4096 }) });
      }
  }
  return writePmtiles(tiles, {
    bounds: FIXTURE_BOUNDS,
    center: [37.16, 36.2, 12],
    metadata: {
      name: 'Fixture basemap',
      attribution: 'Fixture basemap (test shapes)',
      vector_layers: Object.keys(fixtureLayers()).map((id) => ({ id, fields: {} })),
    },
  });
}
