// Test helpers: a small gazetteer with Syria's Natural Earth outline (from world-atlas), and
// hand-built places and incidents. Used by the tests and the bench only.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { gazetteerEntry } from '../gazetteer/gazetteerEntry.ts';
import { placeFeature } from '../types/placeFeature.ts';
import type { BaselineData, BaselineRecord, ControlUnit } from './ground/baseline.ts';
import type { Camp } from './sides.ts';
import type {
  GazetteerEntry,
  IncidentFeature,
  IncidentProps,
  PlaceFeature,
  PlaceKind,
} from '../types/model.ts';

/** Syria (ISO numeric 760) from Natural Earth 1:50m. */
export function syriaOutline(): Polygon | MultiPolygon {
  const topo = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries);
  const syria = fc.features.find((f) => String(f.id) === '760');
  if (!syria) throw new Error('world-atlas has no Syria');
  return syria.geometry as Polygon | MultiPolygon;
}

/** A gazetteer holding Syria's outline and the given entries. */
export function testGazetteer(entries: GazetteerEntry[] = [], withBorder = true): Gazetteer {
  const syria = gazetteerEntry({
    id: 'ne:SYR',
    name: 'Syria',
    kind: 'country',
    lon: 38.5,
    lat: 35,
    geometry: syriaOutline(),
  });
  return new Gazetteer({ version: 'test', sources: [], entries: withBorder ? [syria, ...entries] : entries });
}

/** A point place as the geoparser would output it. */
export function place(
  id: string,
  name: string,
  lon: number,
  lat: number,
  gazetteerId = id,
  kind: PlaceKind = 'settlement',
): PlaceFeature {
  return placeFeature({ id, name, kind, gazetteerId }, { type: 'Point', coordinates: [lon, lat] });
}

/** An incident with sensible defaults. */
export function incident(
  id: string,
  placeId: string,
  date: string,
  over: Partial<IncidentProps> = {},
): IncidentFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: {
      id,
      type: 'advance',
      date,
      status: 'reported',
      place: placeId,
      actors: [{ side: 'opposition', name: 'rebels' }],
      figures: [],
      sources: [
        { article: 'a1', outlet: 'Test', attribution: 'a monitor', stance: 'claim', start: 0, end: 1 },
      ],
      summary: 'advance',
      background: false,
      ...over,
    },
  };
}

/** A baseline settlement held by `controller`, with a `t:` id made from its name. */
export function rec(name: string, lon: number, lat: number, controller: string): BaselineRecord {
  return { name, id: `t:${name.toLowerCase()}`, lon, lat, controller, basis: 'test' };
}

/** A settlement control unit named after its id, held by `controller` on the baseline. */
export function controlUnit(
  id: string,
  lon: number,
  lat: number,
  controller: Camp = 'government',
): ControlUnit {
  return { id, name: id, kind: 'settlement', lon, lat, keys: [], controller, basis: 'test' };
}

/** A baseline of `settlements` as of 1 March 2024, with no neighbourhoods. */
export function baselineOf(settlements: BaselineRecord[]): BaselineData {
  return {
    date: '2024-03-01',
    about: 'test',
    parent: { neighbourhoods: 'none' },
    settlements,
    neighbourhoods: [],
  };
}

/**
 * A made-up front inside Syria's outline: a grid of 8 × 6 settlements 10–12 km apart ("T00" …
 * "T75"), the opposition holding the west (x ≤ 37.3), the government the east.
 */
export function gridFront(): BaselineRecord[] {
  const settlements: BaselineRecord[] = [];
  for (let i = 0; i < 8; i++)
    for (let j = 0; j < 6; j++) {
      const lon = 36.9 + i * 0.12;
      const lat = 34.8 + j * 0.1;
      settlements.push(rec(`T${i}${j}`, lon, lat, lon <= 37.3 ? 'opposition' : 'government'));
    }
  return settlements;
}
