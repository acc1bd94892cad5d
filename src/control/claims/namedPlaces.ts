// Places named inside an incident's own sentences that are more precise than its place: the
// districts in "rebels entered the X district of Aleppo", merged into one incident at Aleppo.
import { booleanPointInPolygon } from '@turf/turf';
import type { ControlStatus, IncidentFeature, PlaceFeature } from '../../types/model.ts';
import { distanceKm } from '../ground/baseline.ts';
import { lowerBound } from '../../gazetteer/lowerBound.ts';

const NEAR_KM = 30;
const PRECISE = new Set(['settlement', 'neighbourhood']);

/** Mentions by article, for finding the places inside a source's span. */
export type MentionIndex = Map<string, { start: number; place: PlaceFeature }[]>;

/** Indexes every place mention by article, sorted by offset. */
export function indexMentions(places: PlaceFeature[]): MentionIndex {
  const index: MentionIndex = new Map();
  for (const place of places)
    for (const m of place.properties.mentions) {
      let list = index.get(m.article);
      if (!list) index.set(m.article, (list = []));
      list.push({ start: m.start, place });
    }
  for (const list of index.values()) list.sort((a, b) => a.start - b.start);
  return index;
}

function pointOf(p: PlaceFeature): [number, number] | null {
  return p.geometry?.type === 'Point' ? (p.geometry.coordinates as [number, number]) : null;
}

/** True when `named` lies within the incident's place: a district of it, a town near it, or inside its polygon. */
function within(named: PlaceFeature, main: PlaceFeature | undefined): boolean {
  const at = pointOf(named);
  if (!main || !at) return false;
  const g = main.geometry;
  if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') return booleanPointInPolygon(at, g);
  const centre = pointOf(main);
  return centre !== null && distanceKm(at[0], at[1], centre[0], centre[1]) <= NEAR_KM;
}

/**
 * The settlements and neighbourhoods named inside the incident's claim sentences, within its
 * place, each with a status: assessed when two distinct attributions name it (as claimStatus),
 * contested when a denial names it, else claimed.
 *
 * @example namedPlaces(incidentAtAleppo, placeOfAleppo, index); // [{ place: Hamdaniyeh, status: 'claimed' }]
 */
export function namedPlaces(
  inc: IncidentFeature,
  main: PlaceFeature | undefined,
  index: MentionIndex,
): { place: PlaceFeature; status: ControlStatus }[] {
  const found = new Map<string, { place: PlaceFeature; claims: number; who: Set<string>; denied: boolean }>();
  for (const s of inc.properties.sources) {
    const list = index.get(s.article) ?? [];
    for (let i = lowerBound(list, (m) => m.start < s.start); i < list.length && list[i].start < s.end; i++) {
      const m = list[i];
      const p = m.place;
      if (p.properties.id === inc.properties.place || !PRECISE.has(p.properties.kind) || !within(p, main))
        continue;
      let entry = found.get(p.properties.id);
      if (!entry)
        found.set(p.properties.id, (entry = { place: p, claims: 0, who: new Set(), denied: false }));
      if (s.stance === 'denial') entry.denied = true;
      else {
        entry.claims++;
        if (s.attribution) entry.who.add(s.attribution.trim().toLowerCase());
      }
    }
  }
  return [...found.values()]
    .filter((e) => e.claims > 0 || e.denied)
    .map((e) => ({
      place: e.place,
      status: e.denied ? 'contested' : e.who.size >= 2 ? 'assessed' : 'claimed',
    }));
}
