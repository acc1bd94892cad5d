// The baseline: who held each settlement and Aleppo neighbourhood on the day before the
// offensive (data/control/baseline.json, facts we wrote), placed with the gazetteer's own
// coordinates when it knows the place, so a report's place and our unit are the same thing.
import type { GazetteerEntry } from '../../types/model.ts';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import baselineJson from '../../../data/control/baseline.json' with { type: 'json' };
import { nameKey } from './nameKey.ts';
import { PointGrid } from './pointGrid.ts';
import type { Camp } from '../sides.ts';

export interface BaselineRecord {
  name: string;
  id?: string;
  gazetteerId?: string;
  lon: number;
  lat: number;
  controller: string;
  basis: string;
  /** A zone of this radius around the place (al-Tanf's deconfliction zone)… */
  zoneRadiusKm?: number;
  /** …beyond which this side holds the ground. */
  outside?: string;
}

export interface BaselineData {
  date: string;
  about: string;
  /** The city whose neighbourhoods are listed. */
  parent: { neighbourhoods: string };
  settlements: BaselineRecord[];
  neighbourhoods: BaselineRecord[];
}

/**
 * One thing that can change hands: a settlement, a neighbourhood, a landmark a report named, or
 * an unnamed point of ground laid in the way of an advance (assessAdvances).
 */
export interface ControlUnit {
  /** Gazetteer id when known, else `ctl:<slug>`. */
  id: string;
  name: string;
  kind: 'settlement' | 'neighbourhood' | 'landmark' | 'ground';
  lon: number;
  lat: number;
  /** The unit that contains it (a neighbourhood's city). */
  parent?: string;
  /** Name keys (nameKey) of every spelling known. */
  keys: string[];
  /** Controller on the baseline date. */
  controller: Camp;
  /** Why we say so. */
  basis: string;
  /** Added because a report named it (not in the baseline). */
  fromReport?: boolean;
}

/** The baseline written in data/control/baseline.json. */
export const BASELINE = baselineJson as BaselineData;

const NEIGHBOURHOOD_RADIUS_KM = 12;
const SAME_PLACE_KM = 5;

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function keysOf(names: string[]): string[] {
  // "Suran (Hama)": the bracket only tells our own records apart.
  return [...new Set(names.map((n) => nameKey(n.replace(/\s*\([^)]*\)\s*$/, ''))).filter(Boolean))];
}

function entryKeys(e: GazetteerEntry): string[] {
  return keysOf([e.name, e.names.en, ...(e.aliases ?? [])]);
}

/** Rough distance in km between two lon/lat points (equirectangular; fine under 100 km). */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const k = Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  const dx = (lon2 - lon1) * k * 111.32;
  const dy = (lat2 - lat1) * 110.57;
  return Math.hypot(dx, dy);
}

/**
 * The baseline as control units: settlements and the city's neighbourhoods, with gazetteer
 * coordinates and spellings when the gazetteer has the place (by id, or a neighbourhood by
 * name), and any gazetteer neighbourhood of that city we did not list, held by the city's
 * controller.
 *
 * @example baselineUnits(gazetteer).find((u) => u.name === 'Saraqib')?.controller; // 'government'
 */
export function baselineUnits(gazetteer: Gazetteer, data: BaselineData = BASELINE): ControlUnit[] {
  // Scanning the whole gazetteer costs ~0.1 s; the worker and benches call this per article.
  let perData = memo.get(gazetteer);
  if (!perData) memo.set(gazetteer, (perData = new WeakMap()));
  let units = perData.get(data);
  if (!units) perData.set(data, (units = unitsFromGazetteer(gazetteer, data)));
  return [...units];
}

const memo = new WeakMap<Gazetteer, WeakMap<BaselineData, ControlUnit[]>>();

function unitsFromGazetteer(gazetteer: Gazetteer, data: BaselineData): ControlUnit[] {
  const units: ControlUnit[] = [];
  const unlisted = data.settlements.filter((r) => !r.gazetteerId);
  // A box around the unlisted records (0.1° is over SAME_PLACE_KM at these latitudes) spares
  // the distance test for the world's other 200,000 places.
  const box = unlisted.reduce(
    (b, r) => [
      Math.min(b[0], r.lon - 0.1),
      Math.min(b[1], r.lat - 0.1),
      Math.max(b[2], r.lon + 0.1),
      Math.max(b[3], r.lat + 0.1),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  const nearUnlisted = unlisted.length
    ? gazetteer
        .inBox(box[0], box[1], box[2], box[3], 'settlement')
        .filter((e) => unlisted.some((r) => distanceKm(e.lon, e.lat, r.lon, r.lat) < SAME_PLACE_KM))
    : [];
  for (const r of data.settlements) {
    // Settlements GeoNames lacks may be in the gazetteer as our own facts (`sm:place:…`).
    const key = keysOf([r.name])[0];
    const e = r.gazetteerId
      ? gazetteer.get(r.gazetteerId)
      : nearUnlisted.find(
          (g) => distanceKm(g.lon, g.lat, r.lon, r.lat) < SAME_PLACE_KM && entryKeys(g).includes(key),
        );
    units.push({
      id: r.gazetteerId ?? e?.id ?? r.id ?? `ctl:${slug(r.name)}`,
      name: r.name,
      kind: 'settlement',
      lon: e?.lon ?? r.lon,
      lat: e?.lat ?? r.lat,
      keys: keysOf([r.name, ...(e ? [e.name, e.names.en, ...e.aliases] : [])]),
      controller: r.controller as Camp,
      basis: r.basis,
    });
    units.push(...zoneEdge(units[units.length - 1], r));
  }
  const city = units.find((u) => u.id === data.parent.neighbourhoods);
  if (!city) return units;
  // The gazetteer's neighbourhoods of this city, so ours take their ids and coordinates.
  const known = gazetteer
    .ofKind('neighbourhood')
    .filter(
      (e) => e.parent === city.id || distanceKm(e.lon, e.lat, city.lon, city.lat) < NEIGHBOURHOOD_RADIUS_KM,
    );
  const used = new Set<string>();
  for (const r of data.neighbourhoods) {
    const key = nameKey(r.name);
    const e =
      known.find((k) => k.id === r.id) ?? known.find((k) => !used.has(k.id) && entryKeys(k).includes(key));
    if (e) used.add(e.id);
    units.push({
      id: e?.id ?? r.id ?? `sm:nbhd:${slug(r.name)}`,
      name: r.name,
      kind: 'neighbourhood',
      lon: e?.lon ?? r.lon,
      lat: e?.lat ?? r.lat,
      parent: city.id,
      keys: keysOf([r.name, ...(e ? [e.name, e.names.en, ...e.aliases] : [])]),
      controller: r.controller as Camp,
      basis: r.basis,
    });
  }
  const listed = units.filter((u) => u.parent === city.id);
  for (const e of known) {
    if (used.has(e.id) || units.some((u) => u.id === e.id)) continue;
    const nearest = nearestUnit(listed, e.lon, e.lat);
    units.push({
      id: e.id,
      name: e.name,
      kind: 'neighbourhood',
      lon: e.lon,
      lat: e.lat,
      parent: city.id,
      keys: entryKeys(e),
      controller: nearest?.controller ?? city.controller,
      basis: `not listed in the baseline: held by the controller of ${nearest?.name ?? city.name}`,
    });
  }
  units.push(...outskirts(city, units));
  return units;
}

const RING_DIRS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
const OUTSKIRT_MARGIN_KM = 2;

/** Eight unnamed filler units on a circle of `r` km around a unit (no report can name them). */
function ring(centre: ControlUnit, r: number, controller: Camp, label: string, basis: string): ControlUnit[] {
  const k = Math.cos((centre.lat * Math.PI) / 180);
  return RING_DIRS.map((dir, i) => {
    const a = (i * Math.PI) / 4;
    return {
      id: `ctl:${slug(centre.name)}-${slug(label)}-${dir.toLowerCase()}`,
      name: `${centre.name} ${label} (${dir})`,
      kind: 'settlement',
      lon: centre.lon + (r * Math.sin(a)) / (111.32 * k),
      lat: centre.lat + (r * Math.cos(a)) / 110.57,
      keys: [],
      controller,
      basis,
    };
  });
}

/**
 * Filler points just outside a city's neighbourhoods, held by the city's controller, so the
 * outer neighbourhoods' cells end near the city's edge instead of reaching halfway to the next
 * village. Relative areas ("west of Aleppo") still move them.
 */
function outskirts(city: ControlUnit, units: ControlUnit[]): ControlUnit[] {
  const kids = units.filter((u) => u.parent === city.id);
  if (kids.length < 3) return [];
  const r = Math.max(...kids.map((u) => distanceKm(city.lon, city.lat, u.lon, u.lat))) + OUTSKIRT_MARGIN_KM;
  return ring(
    city,
    r,
    city.controller,
    'outskirts',
    `filler ${Math.round(r)} km out: the edge of the city's neighbourhoods`,
  );
}

/**
 * For a record with `zoneRadiusKm` (al-Tanf's 55 km deconfliction zone): fillers at twice the
 * radius held by `outside`, so the Voronoi boundary falls on the zone's edge.
 */
function zoneEdge(unit: ControlUnit, r: BaselineRecord): ControlUnit[] {
  if (!r.zoneRadiusKm || !r.outside) return [];
  return ring(
    unit,
    2 * r.zoneRadiusKm,
    r.outside as Camp,
    'zone edge',
    `outside the ${r.zoneRadiusKm} km zone around ${unit.name}`,
  );
}

/**
 * nearestUnit over one list asked many times: the units in a PointGrid of 0.1° cells, searched
 * ring by ring from the point's own until no unit further out can be as near. The same answer as
 * nearestUnit(units, …) — the first unit of the list at the least distance — without measuring
 * every unit.
 *
 * @example const finder = new UnitFinder(units); finder.nearest(37.1, 36.2)?.name;
 */
export class UnitFinder {
  private grid: PointGrid;
  private maxAbsLat = 0;

  constructor(private units: readonly ControlUnit[]) {
    this.grid = new PointGrid(units, 0.1);
    for (const u of units) this.maxAbsLat = Math.max(this.maxAbsLat, Math.abs(u.lat));
  }

  nearest(lon: number, lat: number): ControlUnit | undefined {
    if (!this.units.length) return undefined;
    // A degree of longitude is at least this many km at any latitude between the point's and a unit's.
    const cosMax = Math.cos((Math.min(89.9, Math.max(Math.abs(lat), this.maxAbsLat)) * Math.PI) / 180);
    const units = this.units;
    const i = this.grid.nearest(lon, lat, Math.min(110.57, 111.32 * cosMax), (j) =>
      distanceKm(lon, lat, units[j].lon, units[j].lat),
    );
    return units[i];
  }
}

/** The unit closest to a point, or undefined for an empty list. */
export function nearestUnit(units: ControlUnit[], lon: number, lat: number): ControlUnit | undefined {
  let best: ControlUnit | undefined;
  let bestD = Infinity;
  for (const u of units) {
    const d = distanceKm(lon, lat, u.lon, u.lat);
    if (d < bestD) [best, bestD] = [u, d];
  }
  return best;
}
