// The one way tests and benches build a gazetteer entry by hand: each names only what it is
// about, and a field added to GazetteerEntry gets its default here, once. No test framework
// is imported, so any test, bench or script may use it.
import type { GazetteerEntry, PlaceKind } from '../types/model.ts';

/** The feature code our builders give an entry of these kinds (admin1Entries, buildCountries …). */
const CODE_OF_KIND: Partial<Record<PlaceKind, string>> = {
  admin1: 'ADM1',
  admin2: 'ADM2',
  country: 'PCLI',
  road: 'ROAD',
};

/**
 * A gazetteer entry with plain defaults for every field not given: a settlement in Syria at
 * [0, 0] with no population, no admin-1 code and no other spellings; the name is the id,
 * `names.en` the name, and the feature code PPL (ADM1, ADM2, PCLI or ROAD for those kinds).
 * The fields given win; keys keep GazetteerEntry's order, extra ones follow.
 *
 * @example gazetteerEntry({ id: 'g:1', name: 'Kafr Zeit', lon: 36.6, lat: 35.4, population: 900 })
 */
export function gazetteerEntry(fields: Pick<GazetteerEntry, 'id'> & Partial<GazetteerEntry>): GazetteerEntry {
  const name = fields.name ?? fields.id;
  const kind = fields.kind ?? 'settlement';
  const defaults: GazetteerEntry = {
    id: fields.id,
    name,
    kind,
    names: { en: name },
    aliases: [],
    lon: 0,
    lat: 0,
    population: 0,
    country: 'SY',
    admin1: '',
    featureCode: CODE_OF_KIND[kind] ?? 'PPL',
  };
  return Object.assign(defaults, fields);
}
