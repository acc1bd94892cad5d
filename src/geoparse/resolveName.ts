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

/** English qualifiers and their Arabic place-name forms (after the name, or before it for castles). */
const AFTER: Record<string, string> = {
  eastern: 'Sharqi', western: 'Gharbi', northern: 'Shamali', southern: 'Janubi', upper: 'Fawqani',
  lower: 'Tahtani', little: 'Saghira', small: 'Saghir', big: 'Kabir', great: 'Kabira', new: 'Jadida', old: 'Qadima',
}; // prettier-ignore

/** The Arabic word order of an English-qualified name ("Eastern Bari" → "Bari Sharqi"), or null. */
function arabicOrder(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const first = AFTER[words[0].toLowerCase()];
  if (first) return `${words.slice(1).join(' ')} ${first}`;
  if (/^(?:castle|citadel)$/i.test(words[words.length - 1])) return `Qalaat ${words.slice(0, -1).join(' ')}`;
  return null;
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
  if (hits.length === 0 || (country && !hits.some((h) => h.entry.country === country))) {
    // "Eastern Kwaires" is written "Kuwayris Sharqi", "Madiq Castle" "Qalaat al-Madiq".
    const alt = arabicOrder(name);
    if (alt) {
      const altKey = foldKey(alt);
      const more = [...index.exact(altKey), ...index.fuzzy(altKey, country ? [country] : [])];
      if (more.length) {
        hits = [...hits, ...more.filter((h) => !country || h.entry.country === country)];
        exact = false;
      }
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
