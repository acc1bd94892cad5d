// One name → the best gazetteer entry, with ranked alternatives: the resolver of the pipeline
// applied to a bare name, for gazetteer coverage checks and for a user typing a place.
import type { Alternative, GazetteerEntry } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { nameIndexFor } from './NameIndex.ts';
import { foldKey } from './fold.ts';
import { rank, type DocContext } from './resolvePlaces.ts';

export interface ResolvedName {
  gazetteerId: string;
  name: string;
  entry: GazetteerEntry;
  score: number;
  /** Exact match of a name or alias (false: one edit away). */
  exact: boolean;
  alternatives: Alternative[];
}

/**
 * Resolves a single place name (any spelling the folding key or one edit reaches), preferring
 * places in `context.country` (ISO alpha-2). Undefined when nothing matches.
 *
 * @example resolveName('Saraqeb', gaz, { country: 'SY' })?.gazetteerId; // 'geonames:164816'
 */
export function resolveName(
  name: string,
  gazetteer: Gazetteer,
  context: { country?: string } = {},
): ResolvedName | undefined {
  const index = nameIndexFor(gazetteer);
  const key = foldKey(name);
  if (!key) return undefined;
  const country = context.country?.toUpperCase() ?? '';
  const ctx: DocContext = { focus: country, countries: new Set(country ? [country] : []), anchors: [] };
  let hits = index.exact(key);
  let exact = true;
  if (hits.length === 0 || (country && !hits.some((h) => h.entry.country === country))) {
    const fuzzy = index.fuzzy(key, country ? [country] : []);
    if (country) fuzzy.push(...index.bySkeleton(key, [country], 3));
    if (fuzzy.length) {
      hits = hits.length ? [...hits, ...fuzzy] : fuzzy;
      exact = hits.every((h) => h.distance === 0);
    }
  }
  const r = rank(hits, { start: 0, end: name.length, sentence: 0, key, hits, fuzzy: !exact }, ctx);
  if (!r) return undefined;
  return {
    gazetteerId: r.best.entry.id,
    name: r.best.entry.name,
    entry: r.best.entry,
    score: r.confidence,
    exact: r.best.distance === 0,
    alternatives: r.alternatives,
  };
}
