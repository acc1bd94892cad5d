// Roads from our facts: an ordered list of the places a road runs through becomes a
// LineString through their points, so "the M5 near Saraqib" can be placed on the map.
import type { GazetteerEntry } from '../types/model.ts';

export interface RoadFact {
  id: string;
  /** Road number as signed, e.g. `M5`. */
  ref: string;
  name: string;
  ar?: string;
  aliases?: string[];
  /** Gazetteer ids of the places the road runs through, in order. */
  via: string[];
}

/**
 * Road entries with LineString geometry; throws naming the road and the id when a `via`
 * place is not in the gazetteer, so a typo fails the build.
 * @example buildRoads([{ id: 'sm:road:M5', ref: 'M5', name: 'M5 highway', via: ['geonames:170063', 'geonames:164816'] }], (id) => gaz.get(id))
 */
export function buildRoads(
  roads: RoadFact[],
  lookup: (id: string) => GazetteerEntry | undefined,
): GazetteerEntry[] {
  return roads.map((r) => {
    const places = r.via.map((id) => {
      const p = lookup(id);
      if (!p) throw new Error(`road ${r.id}: unknown place ${id}`);
      return p;
    });
    if (places.length < 2) throw new Error(`road ${r.id}: needs at least two places`);
    const coordinates = places.map((p) => [p.lon, p.lat]);
    const mid = places[Math.floor(places.length / 2)];
    const countries = new Set(places.map((p) => p.country));
    const aliases = [...new Set([r.ref, ...(r.aliases ?? []), ...(r.ar ? [r.ar] : [])])].filter(
      (a) => a !== r.name,
    );
    return {
      id: r.id,
      name: r.name,
      kind: 'road',
      names: r.ar ? { en: r.name, ar: r.ar } : { en: r.name },
      aliases,
      lon: mid.lon,
      lat: mid.lat,
      population: 0,
      country: countries.size === 1 ? [...countries][0] : '',
      admin1: '',
      featureCode: 'ROAD',
      geometry: { type: 'LineString', coordinates },
    };
  });
}
