// Which control units a report's place stands for: the settlement or neighbourhood itself,
// the centre of a city that has neighbourhoods, or the units inside a relative area such as
// "west of Aleppo". Places the baseline lacks become new units (a later report's town).
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlaceFeature } from '../../types/model.ts';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { distanceKm, nearestUnit, type ControlUnit } from '../ground/baseline.ts';
import { nameKey } from '../ground/nameKey.ts';

/**
 * unit: the place itself; city: a city's centre; area: units inside a relative area; named: a
 * more precise place named inside one of the incident's claims (see namedPlaces).
 */
export type MatchScope = 'unit' | 'city' | 'area' | 'named';

export interface UnitMatch {
  units: ControlUnit[];
  scope: MatchScope;
}

const NAME_MATCH_KM = 15;
const SECTOR_KM = 25;
const SECTOR_HALF_ANGLE = 50;
const VAGUE_BASES = new Set(['admin1', 'admin2', 'country', 'region', 'road']);
const BEARINGS: Record<string, number> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};

/** The neighbourhoods (children) of a unit, and which of them make up its centre. */
export function childrenOf(units: ControlUnit[], parent: ControlUnit): ControlUnit[] {
  return units.filter((u) => u.parent === parent.id);
}

/** The nearest third of a city's neighbourhoods to its centre point (at least one). */
export function cityCentre(units: ControlUnit[], city: ControlUnit): ControlUnit[] {
  const kids = childrenOf(units, city);
  const byDistance = kids
    .map((u) => ({ u, d: distanceKm(city.lon, city.lat, u.lon, u.lat) }))
    .sort((a, b) => a.d - b.d);
  return byDistance.slice(0, Math.max(1, Math.ceil(kids.length / 3))).map((x) => x.u);
}

function bearing(from: ControlUnit, lon: number, lat: number): number {
  const k = Math.cos((from.lat * Math.PI) / 180);
  const deg = (Math.atan2((lon - from.lon) * k, lat - from.lat) * 180) / Math.PI;
  return (deg + 360) % 360;
}

function relationWords(place: PlaceFeature): string {
  const p = place.properties;
  const fromId = p.gazetteerId.startsWith('rel:') ? p.gazetteerId.split(':')[1] : '';
  return `${p.relativeTo?.relation ?? ''} ${fromId}`.toLowerCase();
}

function baseIdOf(place: PlaceFeature): string | undefined {
  const g = place.properties.gazetteerId;
  return g.startsWith('rel:') ? g.split(':').slice(2).join(':') : undefined;
}

/** Units in a direction sector from a base, or its centre for "heart", "centre", "downtown". */
function sectorUnits(units: ControlUnit[], base: ControlUnit, words: string): ControlUnit[] {
  const kids = childrenOf(units, base);
  if (/cent(re|er)|heart|downtown|middle/.test(words)) return kids.length ? cityCentre(units, base) : [base];
  const dir = Object.keys(BEARINGS)
    .filter((d) => words.includes(d))
    .sort((a, b) => b.length - a.length)[0];
  if (dir === undefined) return [];
  const pool = kids.length ? kids : units.filter((u) => u !== base && !u.parent);
  return pool.filter((u) => {
    if (!kids.length && distanceKm(base.lon, base.lat, u.lon, u.lat) > SECTOR_KM) return false;
    const off = Math.abs(((bearing(base, u.lon, u.lat) - BEARINGS[dir] + 540) % 360) - 180);
    return off <= SECTOR_HALF_ANGLE;
  });
}

/** Context for matching: every unit so far, places by id, and what lies inside the map. */
export interface MatchContext {
  units: ControlUnit[];
  places: Map<string, PlaceFeature>;
  gazetteer: Gazetteer;
  inside: (lon: number, lat: number) => boolean;
}

function unitById(ctx: MatchContext, id: string | undefined): ControlUnit | undefined {
  return id === undefined ? undefined : ctx.units.find((u) => u.id === id);
}

function asUnit(ctx: MatchContext, u: ControlUnit): UnitMatch {
  return ctx.units.some((k) => k.parent === u.id)
    ? { units: cityCentre(ctx.units, u), scope: 'city' }
    : { units: [u], scope: 'unit' };
}

/**
 * The units a place stands for, or null when it stands for nothing we can map (a province, a
 * country, a road, a place outside the map). A settlement, neighbourhood or landmark we do not
 * know yet is added to `ctx.units`, held on the baseline by whoever held the nearest unit.
 *
 * @example matchPlace(placeOfSaraqib, ctx); // { units: [Saraqib], scope: 'unit' }
 */
export function matchPlace(place: PlaceFeature, ctx: MatchContext): UnitMatch | null {
  const p = place.properties;
  // A place the gazetteer lacks, put only near where the text anchors it: no ground to assess.
  if (p.precision === 'approximate') return null;
  const relative = p.gazetteerId.startsWith('rel:') || p.relativeTo !== undefined;
  if (relative) return matchRelative(place, ctx);
  const direct = unitById(ctx, p.gazetteerId);
  if (direct) return asUnit(ctx, direct);
  if (!['settlement', 'neighbourhood', 'landmark'].includes(p.kind)) return null;
  if (place.geometry?.type !== 'Point') return null;
  const [lon, lat] = place.geometry.coordinates;
  if (!ctx.inside(lon, lat)) return null;
  const key = nameKey(p.name);
  const named = ctx.units.find(
    (u) => u.keys.includes(key) && distanceKm(lon, lat, u.lon, u.lat) < NAME_MATCH_KM,
  );
  if (named) return asUnit(ctx, named);
  const nearest = nearestUnit(ctx.units, lon, lat);
  if (!nearest) return null;
  const entry = ctx.gazetteer.get(p.gazetteerId);
  const parent = unitById(ctx, entry?.parent);
  const unit: ControlUnit = {
    id: p.gazetteerId || `ctl:${p.id}`,
    name: p.name,
    kind: p.kind as ControlUnit['kind'],
    lon,
    lat,
    ...(parent && p.kind === 'neighbourhood' ? { parent: parent.id } : {}),
    keys: [key],
    controller: nearest.controller,
    basis: `named in a report; held on the baseline date by the controller of ${nearest.name}`,
    fromReport: true,
  };
  ctx.units.push(unit);
  return { units: [unit], scope: 'unit' };
}

function matchRelative(place: PlaceFeature, ctx: MatchContext): UnitMatch | null {
  const p = place.properties;
  const basePlace = p.relativeTo ? ctx.places.get(p.relativeTo.placeId) : undefined;
  const baseGazId = basePlace?.properties.gazetteerId ?? baseIdOf(place);
  const baseKind = basePlace?.properties.kind ?? (baseGazId ? ctx.gazetteer.get(baseGazId)?.kind : undefined);
  // "eastern Idlib", "northwestern Syria": too large to say which villages changed hands.
  if (baseKind !== undefined && VAGUE_BASES.has(baseKind)) return null;
  const base = unitById(ctx, baseGazId) ?? (basePlace ? matchPlace(basePlace, ctx)?.units[0] : undefined);
  const g = place.geometry;
  if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) {
    const poly = g as Polygon | MultiPolygon;
    const units = ctx.units.filter(
      (u) =>
        u !== base &&
        !ctx.units.some((k) => k.parent === u.id) &&
        booleanPointInPolygon([u.lon, u.lat], poly),
    );
    return units.length ? { units, scope: 'area' } : null;
  }
  if (!base) return null;
  const units = sectorUnits(ctx.units, base, relationWords(place));
  return units.length ? { units, scope: 'area' } : null;
}
