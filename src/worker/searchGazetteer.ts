// Gazetteer search for the search box: every entry's names and spellings, folded once, scored
// by the app's own rules (src/app/model/search.ts).
import { foldKey } from '../geoparse/index/fold.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { nameScore, searchKeys } from '../app/model/search.ts';
import type { GazetteerEntry } from '../types/model.ts';

const keysOf = new WeakMap<Gazetteer, string[][]>();

/**
 * The best `limit` entries for `query` (geometry left out), ties broken by population.
 *
 * @example
 * searchGazetteer(gaz, 'Hamdaniyeh', 5)[0].id; // 'sm:nbhd:aleppo-hamdaniyeh'
 */
export function searchGazetteer(gaz: Gazetteer, query: string, limit: number): GazetteerEntry[] {
  const q = foldKey(query);
  if (!q) return [];
  let keys = keysOf.get(gaz);
  if (!keys) {
    keys = gaz.entries.map((e) => searchKeys([e.name, e.names.en, e.names.ar, ...e.aliases]));
    keysOf.set(gaz, keys);
  }
  const hits: { e: GazetteerEntry; s: number }[] = [];
  gaz.entries.forEach((e, i) => {
    const s = nameScore(keys[i]!, q);
    if (s !== null) hits.push({ e, s });
  });
  hits.sort((a, b) => a.s - b.s || b.e.population - a.e.population);
  return hits.slice(0, limit).map(({ e }) => {
    const { geometry: _g, ...rest } = e;
    return rest;
  });
}
