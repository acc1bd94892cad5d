// Ground taken outside the baseline's region (other wars): with no front line to draw from, a
// place a report says a side captured becomes that side's claimed zone (contested when the
// report says it was only entered or reached, or the capture is disputed), with the sides the
// report names ("M23", "RSF", "Russian troops"), from its day on.
import { circle, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type {
  ControlChange,
  ControlFeature,
  ControlStatus,
  IncidentFeature,
  PlaceFeature,
} from '../../types/model.ts';
import { isUncertain } from '../zones/dayZones.ts';
import { isDate } from './applyClaims.ts';
import { roundDegrees as round } from '../../gazetteer/geometryUtils.ts';

/** Radius of the zone drawn around a settlement taken (km), by kind; areas keep their outline. */
const RADIUS_KM: Record<string, number> = { settlement: 3, neighbourhood: 1, landmark: 1 };
const DEFAULT_RADIUS_KM = 2;
/** Progress that takes a place; the rest of an advance's progress reaches it (contested). */
const TAKEN = new Set(['captured']);
const REACHED = new Set(['entered', 'reached', 'encircled']);
/** Kinds of place too broad to be a claimed zone. */
const BROAD = new Set(['country', 'admin1', 'admin2', 'region', 'road']);
/** Sides that hold no ground. */
const NO_GROUND = new Set(['civilians', 'unknown', 'un', 'ngo']);

/** One place's claimed state from a day on. */
export interface ClaimElsewhere {
  date: string;
  placeId: string;
  name: string;
  controller: string;
  /** The side that took or reached it; for a contested place the challenger. */
  by: string;
  status: ControlStatus;
  label: string;
  incident: string;
  geometry: Polygon | MultiPolygon;
}

function sideOf(inc: IncidentFeature): { side: string; name: string } | null {
  const p = inc.properties;
  const agent = p.agent && !NO_GROUND.has(p.agent.side) ? p.agent : null;
  const actor = agent ?? p.actors.find((a) => !NO_GROUND.has(a.side));
  if (!actor) return null;
  return { side: actor.side, name: actor.sideName ?? actor.name };
}

function geometryOf(place: PlaceFeature): Polygon | MultiPolygon {
  const g = place.geometry;
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return g;
  const [lon, lat] = g.type === 'Point' ? g.coordinates : [0, 0];
  const km = RADIUS_KM[place.properties.kind] ?? DEFAULT_RADIUS_KM;
  const c = circle([lon, lat], km, { units: 'kilometers', steps: 24 }).geometry;
  return { type: 'Polygon', coordinates: [c.coordinates[0].map(([x, y]) => [round(x), round(y)])] };
}

/**
 * The places outside the region (`inside` false) that current advances say a side took or
 * reached, one state per place and day (a later report wins; a capture wins over a same-day
 * entry), in date order.
 *
 * @example claimsElsewhere(incidents, places, insideSyria).map((c) => `${c.name}: ${c.controller}`); // ['Sake: m23']
 */
export function claimsElsewhere(
  incidents: IncidentFeature[],
  places: PlaceFeature[],
  inside: (lon: number, lat: number) => boolean,
): ClaimElsewhere[] {
  const byId = new Map(places.map((p) => [p.properties.id, p]));
  const out = new Map<string, ClaimElsewhere>();
  for (const inc of incidents) {
    const p = inc.properties;
    if (p.background || p.type !== 'advance' || !p.progress) continue;
    const taken = TAKEN.has(p.progress);
    if (!taken && !REACHED.has(p.progress)) continue;
    const date = p.dateRange?.[1] ?? p.date;
    const place = byId.get(p.place);
    const side = sideOf(inc);
    // A country or province "taken" is no place to draw: the report's towns are.
    if (!isDate(date) || !place || !side || BROAD.has(place.properties.kind)) continue;
    // A place put only near where the text anchors it (precision 'approximate'): no zone to draw.
    if (place.properties.precision === 'approximate') continue;
    const [lon, lat] = pointOnFeature(place).geometry.coordinates;
    if (inside(lon, lat)) continue;
    const contested = !taken || p.status === 'contested' || p.status === 'denied';
    const claim: ClaimElsewhere = {
      date,
      placeId: p.place,
      name: place.properties.name,
      controller: contested ? 'contested' : side.side,
      by: side.side,
      status: contested ? 'contested' : p.status === 'confirmed' ? 'confirmed' : 'claimed',
      label: contested
        ? `Contested (${side.name})`
        : `${side.name} (${p.status === 'confirmed' ? 'confirmed' : 'claimed'})`,
      incident: p.id,
      geometry: geometryOf(place),
    };
    const key = `${p.place}|${date}`;
    const seen = out.get(key);
    if (!seen || (seen.status === 'contested' && claim.status !== 'contested')) out.set(key, claim);
  }
  return [...out.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Zone features of the claims in force on `date` (each place's latest claim on or before it). */
export function elsewhereZones(claims: ClaimElsewhere[], date: string): ControlFeature[] {
  const latest = new Map<string, ClaimElsewhere>();
  for (const c of claims) if (c.date <= date) latest.set(c.placeId, c);
  return [...latest.values()].map((c) => ({
    type: 'Feature',
    properties: {
      layer: 'zone',
      controller: c.controller,
      date,
      status: c.status,
      basis: [c.incident],
      hatch: isUncertain(c.status),
      label: c.label,
      changes: [changeOf(c)],
      source: 'derived',
    },
    geometry: c.geometry,
  }));
}

/** The change a claim makes on its day. */
export function changeOf(c: ClaimElsewhere): ControlChange {
  return {
    unit: c.placeId,
    name: c.name,
    placeIds: [c.placeId],
    date: c.date,
    from: 'unknown',
    to: c.controller,
    status: c.status,
    incidents: [c.incident],
  };
}
