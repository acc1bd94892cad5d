// A user's corrections of the resolver: "this mention of Aleppo means the governorate, not the
// city". Pure, so the app, the URL and the tests share one definition of what a switch does.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Alternative, GazetteerEntry, IncidentProps, PlaceProps } from '../../types/model.ts';

/** Place id → gazetteer id the user chose for it. */
export type PlaceOverrides = Record<string, string>;

/** A place the user switched keeps what the resolver had chosen, so it can be shown and undone. */
export type OverriddenPlaceProps = PlaceProps & { resolvedAs?: Alternative };

/** The resolver's own choice for a place the user switched, if it was switched. */
export function resolvedAs(p: PlaceProps): Alternative | undefined {
  return (p as OverriddenPlaceProps).resolvedAs;
}

/** The geometry a place takes from its gazetteer entry: the entry's shape, else its point. */
function entryGeometry(e: GazetteerEntry): Geometry {
  return e.geometry ?? { type: 'Point', coordinates: [e.lon, e.lat] };
}

/**
 * `places` and `incidents` with every override whose entry is known applied: the place takes
 * the entry's geometry, names, kind and id; the resolver's choice stays among the alternatives (and
 * is kept in `resolvedAs`); incidents located at the place move to the entry's point. Overrides of
 * unknown places or entries are ignored; the inputs are never changed.
 *
 * @example
 * applyPlaceOverrides(places, incidents, { 'geonames:170063': 'sm:adm1:SY02' }, (id) => byId.get(id));
 */
export function applyPlaceOverrides<I extends Pick<IncidentProps, 'place'> = IncidentProps>(
  places: FeatureCollection<Geometry, PlaceProps>,
  incidents: FeatureCollection<Geometry, I>,
  overrides: PlaceOverrides,
  entry: (gazetteerId: string) => GazetteerEntry | undefined,
): {
  places: FeatureCollection<Geometry, PlaceProps>;
  incidents: FeatureCollection<Geometry, I>;
} {
  const moved = new Map<string, GazetteerEntry>();
  const placeFeatures = places.features.map((f) => {
    const chosen = overrides[f.properties.id];
    const e = chosen === undefined ? undefined : entry(chosen);
    if (!e || e.id === f.properties.gazetteerId) return f;
    moved.set(f.properties.id, e);
    const listed = f.properties.alternatives.some((a) => a.gazetteerId === f.properties.gazetteerId);
    const own: Alternative = {
      gazetteerId: f.properties.gazetteerId,
      name: f.properties.name,
      score: f.properties.confidence,
    };
    const properties: OverriddenPlaceProps = {
      ...f.properties,
      name: e.name,
      names: e.names,
      kind: e.kind,
      gazetteerId: e.id,
      alternatives: listed ? f.properties.alternatives : [own, ...f.properties.alternatives],
      resolvedAs: own,
    };
    return { ...f, geometry: entryGeometry(e), properties };
  });
  if (!moved.size) return { places, incidents };
  const incidentFeatures = incidents.features.map((f) => {
    const e = moved.get(f.properties.place);
    return e ? { ...f, geometry: { type: 'Point' as const, coordinates: [e.lon, e.lat] } } : f;
  });
  return {
    places: { type: 'FeatureCollection', features: placeFeatures },
    incidents: { type: 'FeatureCollection', features: incidentFeatures },
  };
}

// encodeURIComponent leaves `~` alone (it separates a pair here); `:` is safe in a hash and
// keeps ids readable.
const enc = (s: string) => encodeURIComponent(s).replace(/~/g, '%7E').replace(/%3A/gi, ':');

/** Overrides as they appear in the URL: `placeId~gazetteerId` pairs, comma-separated, encoded. */
export function overridesToParam(o: PlaceOverrides): string {
  return Object.entries(o)
    .map(([p, g]) => `${enc(p)}~${enc(g)}`)
    .join(',');
}

/** Reads `overridesToParam`'s output; pairs it cannot read are skipped. */
export function overridesFromParam(s: string): PlaceOverrides {
  const out: PlaceOverrides = {};
  for (const pair of s.split(',')) {
    const [p, g, ...rest] = pair.split('~');
    if (!p || !g || rest.length) continue;
    try {
      out[decodeURIComponent(p)] = decodeURIComponent(g);
    } catch {
      // A mangled pair in a shared link: skip it, keep the rest.
    }
  }
  return out;
}
