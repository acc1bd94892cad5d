// Territorial figures ("400 km² in two days", "about 70 locations since Wednesday") as targets
// and bounds on how much ground a side took over which days and where: read from the incidents'
// `territory`, or, for incidents that do not carry it yet, from their area and place counts.
import { booleanPointInPolygon } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import type {
  ControlClaimFigure,
  IncidentFeature,
  PlaceFeature,
  TerritorialFigure,
} from '../../types/model.ts';
import { lastDay, type DayState } from './applyClaims.ts';
import type { ControlUnit } from '../ground/baseline.ts';
import { campsOf } from './claimOutcome.ts';
import { campOf, type Camp } from '../sides.ts';

export interface Extent {
  /** The incident whose sentence states it. */
  incident: string;
  side: Camp;
  unit: 'km2' | 'places';
  value: number;
  what: string;
  qualifier: string;
  article: string;
  /** First and last day of the period (YYYY-MM-DD); `from` null when the report gives none. */
  from: string | null;
  to: string;
  /** Areas it was taken in (polygons of the places named with it); empty for anywhere. */
  within: (Polygon | MultiPolygon)[];
  /** Gazetteer ids of the places it was taken in (a city whose neighbourhoods are counted). */
  withinIds: string[];
  /** The most we let the zones show for it: the value, more for "over 50", "more than 400". */
  bound: number;
  /** Who said it, when the report names someone other than itself ("Turkish media"). */
  attribution?: string | null;
}

const AREA = /^(km2|sq-?km|square-?kilomet)/i;
const MILES = /mile/i;
const NEIGHBOURHOODS = /neighbo|district|quarter/i;
const PLACES = /villag|town|locat|positio|neighbo|district|point|hamlet|settlement/i;
const KM2_PER_SQ_MILE = 2.589988;
/**
 * The ground one reported settlement stands for (km²): villages of a settled countryside lie
 * about 3 km apart. Our settlements (the gazetteer's, the baseline's) are far sparser than the
 * villages a report counts, so a count of villages, towns or locations drives the zones as the
 * area that many villages hold, not as that many of our settlements (each of which carries tens
 * of km² of cell).
 */
export const KM2_PER_PLACE = 8;
/** "over 50", "more than 400": a floor, so the bound sits a quarter above it. */
const FLOOR = /over|more|at least|upwards|exceed|\+/i;
const FLOOR_SLACK = 1.25;
/** "about 400", "some 70", a bare number: taken as it is, with a tenth either way. */
const ABOUT_SLACK = 1.1;

/**
 * The polygons of the places an extent was taken in. A town or city named as the area of a count
 * of villages or of an area ("50 villages in surrounding Aleppo") stands for its countryside:
 * its governorate, when the gazetteer knows it; a count of neighbourhoods stays in the city.
 */
function polygonsOf(
  ids: string[],
  places: Map<string, PlaceFeature>,
  what: string,
  gazetteer?: Gazetteer,
): (Polygon | MultiPolygon)[] {
  const out: (Polygon | MultiPolygon)[] = [];
  const countryside = !NEIGHBOURHOODS.test(what);
  for (const id of ids) {
    const place = places.get(id);
    let g: Geometry | undefined = place?.geometry;
    if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon' && countryside && gazetteer)
      g = gazetteer.admin1For(place?.properties.gazetteerId ?? id)?.geometry;
    if ((g?.type === 'Polygon' || g?.type === 'MultiPolygon') && !out.includes(g)) out.push(g);
  }
  return out;
}

function gazetteerIds(ids: string[], places: Map<string, PlaceFeature>): string[] {
  return ids.map((id) => places.get(id)?.properties.gazetteerId ?? id);
}

function unitOf(what: string): 'km2' | 'places' | null {
  if (AREA.test(what) || MILES.test(what)) return 'km2';
  return PLACES.test(what) ? 'places' : null;
}

function boundOf(value: number, qualifier: string): number {
  return value * (FLOOR.test(qualifier) ? FLOOR_SLACK : ABOUT_SLACK);
}

function fromTerritory(
  inc: IncidentFeature,
  t: TerritorialFigure,
  places: Map<string, PlaceFeature>,
  gazetteer?: Gazetteer,
): Extent | null {
  const side = campOf(t.side);
  const unit = unitOf(t.what);
  if (!side || !unit || !(t.value > 0)) return null;
  const value = MILES.test(t.what) ? t.value * KM2_PER_SQ_MILE : t.value;
  return {
    incident: inc.properties.id,
    side,
    unit,
    value,
    what: t.what,
    qualifier: t.qualifier,
    article: t.article,
    from: t.from,
    to: t.to,
    within: polygonsOf(t.within, places, t.what, gazetteer),
    withinIds: gazetteerIds(t.within, places),
    bound: boundOf(value, t.qualifier),
    ...(t.attribution ? { attribution: t.attribution } : {}),
  };
}

/**
 * Extents of an incident that has no `territory`: its advance's area and place counts, over its
 * dateRange (else its day), by its agent's camp. Counts of neighbourhoods are within its place.
 */
function fromFigures(inc: IncidentFeature, date: string, places: Map<string, PlaceFeature>): Extent[] {
  const p = inc.properties;
  if (p.type !== 'advance') return [];
  const side = campsOf(inc)[0];
  if (!side) return [];
  const range = p.dateRange;
  const out: Extent[] = [];
  for (const f of p.figures) {
    const unit = unitOf(f.what);
    if (!unit || !(f.value > 0)) continue;
    const value = MILES.test(f.what) ? f.value * KM2_PER_SQ_MILE : f.value;
    out.push({
      incident: p.id,
      side,
      unit,
      value,
      what: f.what,
      qualifier: f.qualifier,
      article: f.article,
      // With no window, the figure stands for the advance so far (assessAdvances' start).
      from: range?.[0] ?? null,
      to: range?.[1] ?? date,
      within: NEIGHBOURHOODS.test(f.what) ? polygonsOf([p.place], places, f.what) : [],
      withinIds: NEIGHBOURHOODS.test(f.what) ? gazetteerIds([p.place], places) : [],
      bound: boundOf(value, f.qualifier),
    });
  }
  return out;
}

/**
 * Every territorial figure of the current incidents, one per figure and sentence, sorted by
 * its last day. `dateOf` gives the day an incident counts from (applyClaims' eventDates); the
 * gazetteer gives the countryside of a town named as a figure's area.
 *
 * @example extentsOf(incidents, dateOf, places).map((e) => `${e.value} ${e.what}`); // ['400 km2', '70 locations']
 */
export function extentsOf(
  incidents: IncidentFeature[],
  dateOf: Map<IncidentFeature, string>,
  places: PlaceFeature[],
  gazetteer?: Gazetteer,
): Extent[] {
  const byId = new Map(places.map((p) => [p.properties.id, p]));
  const seen = new Set<string>();
  const out: Extent[] = [];
  for (const inc of incidents) {
    const date = dateOf.get(inc);
    if (inc.properties.background || !date) continue;
    const found = inc.properties.territory?.length
      ? inc.properties.territory
          .map((t) => fromTerritory(inc, t, byId, gazetteer))
          .filter((e): e is Extent => !!e)
      : fromFigures(inc, date, byId);
    for (const e of found) {
      // One figure told by one report once, even when two incidents carry it.
      const key = `${e.article}|${e.what}|${e.value}|${e.side}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  return out.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/**
 * What the zones show for an extent: the km² (or named places) its side holds on its last day
 * that another side held the day before its period began, inside its areas. A period with no
 * start counts from `sinceDefault`.
 *
 * @example mappedFor(extent, days, units, areaOf, '2024-11-27'); // 412.5
 */
export function mappedFor(
  e: Extent,
  days: DayState[],
  units: ControlUnit[],
  areaOf: (i: number) => number,
  sinceDefault: string,
  measure: 'figure' | 'km2' = 'figure',
): number {
  const from = e.from ?? sinceDefault;
  const before = lastDay(days, from) ?? days[0];
  const at = lastDay(days, e.to, true);
  if (!before || !at) return 0;
  let sum = 0;
  units.forEach((u, i) => {
    if (at.states[i].controller !== e.side || before.states[i].controller === e.side) return;
    if (e.within.length && !e.within.some((g) => booleanPointInPolygon([u.lon, u.lat], g))) return;
    sum += measure === 'km2' ? areaOf(i) : countOf(e, u, areaOf(i));
  });
  return e.unit === 'km2' || measure === 'km2' ? Math.round(sum * 10) / 10 : sum;
}

/** True for a count of settlements (villages, towns, locations), not of a city's parts. */
export function isSettlementCount(e: Extent): boolean {
  return e.unit === 'places' && !NEIGHBOURHOODS.test(e.what);
}

/**
 * The area (km²) an extent asks the zones to reach, and the most they may show for it: its own
 * for an area, KM2_PER_PLACE a settlement for a count of settlements; null for a count of a
 * city's parts (assessCityParts reads those).
 *
 * @example areaTarget(seventyLocations); // { value: 560, bound: 616 }
 */
export function areaTarget(e: Extent): { value: number; bound: number } | null {
  if (e.unit === 'km2') return { value: e.value, bound: e.bound };
  if (!isSettlementCount(e)) return null;
  return { value: e.value * KM2_PER_PLACE, bound: e.bound * KM2_PER_PLACE };
}

/** A place a report could name: not an unnamed ground point or a city's edge filler. */
export function isNamedUnit(u: ControlUnit): boolean {
  return u.kind !== 'ground' && u.keys.length > 0;
}

/** How much unit u counts toward an extent: its km², or 1 when it is a place of the kind counted. */
export function countOf(e: Extent, u: ControlUnit, km2: number): number {
  if (e.unit === 'km2') return km2;
  if (!isNamedUnit(u)) return 0;
  const neighbourhoods = NEIGHBOURHOODS.test(e.what);
  return (u.kind === 'neighbourhood') === neighbourhoods ? 1 : 0;
}

/**
 * The figure an extent shows in the control layer, with what the zones show for it.
 *
 * For a count of settlements, `mappedKm2` is the area the zones show for it beside the named places.
 *
 * @example toClaimFigure(extent, 412.5); // { what: 'km2', value: 400, mapped: 412.5, … }
 */
export function toClaimFigure(e: Extent, mapped: number, mappedKm2?: number): ControlClaimFigure {
  const count = isSettlementCount(e) && mappedKm2 !== undefined;
  return {
    incident: e.incident,
    date: e.to,
    what: e.what,
    value: e.value,
    qualifier: e.qualifier,
    article: e.article,
    unit: e.unit,
    side: e.side,
    from: e.from,
    mapped,
    ...(count ? { mappedKm2, km2PerPlace: KM2_PER_PLACE } : {}),
    ...(e.attribution ? { attribution: e.attribution } : {}),
  };
}
