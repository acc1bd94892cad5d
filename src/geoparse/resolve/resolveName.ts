// One name → the best gazetteer entry, with ranked alternatives: the resolver of the pipeline
// applied to a bare name, for gazetteer coverage checks and for a user typing a place.
import type { Alternative, GazetteerEntry } from '../../types/model.ts';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { nameIndexFor } from '../index/NameIndex.ts';
import { foldKey } from '../index/fold.ts';
import { rank } from './rank.ts';
import type { DocContext } from './DocContext.ts';
import type { Want } from '../find/NameSpan.ts';
import { withSeatAreas } from './seatAreas.ts';
import { byVowelSkeleton, closestHits } from '../loose/looseMatch.ts';
import { arabicOrder } from '../loose/arabicOrder.ts';

export interface ResolvedName {
  gazetteerId: string;
  name: string;
  entry: GazetteerEntry;
  score: number;
  /** Exact match of a name or alias (false: one edit away). */
  exact: boolean;
  alternatives: Alternative[];
}

/** Population under which a namesake abroad gives way to a place in the context country. */
const SMALL_ABROAD = 100_000;

/** A name with its administrative wrapping read off: "the Manbij district of Aleppo". */
export interface QualifiedName {
  name: string;
  want?: Want;
  /** The containing place named after "of". */
  parent?: string;
}

const AREA_AFTER = /\s+(?:(sub-?\s?districts?|nahiy(?:a|ah|eh))|(districts?))$/i;
const AREA_BEFORE = /^(?:(?:the\s+)?(sub-?\s?district|nahiy(?:a|ah|at|et)|district)\s+of\s+)/i;

/**
 * Reads "X subdistrict", "X nahiya", "Nahiyat X", "X district", "the district of X" and "the X
 * district of Y": the qualifier asks for the area the town X is the seat of.
 */
export function readQualifiers(input: string): QualifiedName {
  let name = input.trim().replace(/^the\s+/i, '');
  let parent: string | undefined;
  let want: Want | undefined;
  const of = /^(.+?\s+(?:sub-?\s?district|nahiy(?:a|ah|eh)|district))\s+of\s+(.+)$/i.exec(name);
  if (of) [name, parent] = [of[1], of[2]];
  const after = AREA_AFTER.exec(name);
  const before = AREA_BEFORE.exec(name) ?? /^(nahiy(?:at|et))\s+/i.exec(name);
  if (after && after.index > 0) {
    want = after[1] ? 'subdistrict' : 'neighbourhood';
    name = name.slice(0, after.index);
  } else if (before && before[0].length < name.length) {
    want = /^district/i.test(before[1]) ? 'neighbourhood' : 'subdistrict';
    name = name.slice(before[0].length);
  }
  return { name: name.trim(), ...(want ? { want } : {}), ...(parent ? { parent } : {}) };
}

/**
 * Resolves a single place name (any spelling the folding key or one edit reaches), preferring
 * places in `context.country` (ISO alpha-2). Undefined when nothing matches. "X district" and
 * "X subdistrict" (or nahiya) give the area the town X is the seat of; a bare "X" the town.
 *
 * @example resolveName('Saraqeb', gaz, { country: 'SY' })?.gazetteerId; // 'geonames:164816'
 * @example resolveName('Manbij subdistrict', gaz, { country: 'SY' })?.entry.kind; // 'region'
 */
export function resolveName(
  input: string,
  gazetteer: Gazetteer,
  context: { country?: string } = {},
): ResolvedName | undefined {
  const index = nameIndexFor(gazetteer);
  const whole = foldKey(input);
  if (!whole) return undefined;
  const q = index.exact(whole).length ? { name: input } : readQualifiers(input);
  const name = q.name;
  const key = foldKey(name);
  if (!key) return undefined;
  const country = context.country?.toUpperCase() ?? '';
  const ctx: DocContext = { focus: country, countries: new Set(country ? [country] : []), anchors: [] };
  let hits = index.exact(key);
  let exact = true;
  if (hits.length === 0 || (country && !hits.some((h) => h.entry.country === country))) {
    const fuzzy = index.fuzzy(key, country ? [country] : []);
    // Loose matches in the context country: same consonants, or same letters but the vowels;
    // of those, the closest spelling.
    if (country)
      fuzzy.push(
        ...closestHits(
          [...index.bySkeleton(key, [country], 3), ...byVowelSkeleton(gazetteer, key, country)],
          key,
        ),
      );
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
  // With a context country, a place there (even a loose match) beats a small namesake abroad,
  // which stays as an alternative as if two edits away.
  if (country && hits.some((h) => h.entry.country === country))
    hits = hits.map((h) =>
      h.entry.country === country || h.entry.population >= SMALL_ABROAD
        ? h
        : Object.assign({}, h, { distance: Math.max(h.distance, 2) }),
    );
  // A bare name is the town; its district and subdistrict come only with a qualifier.
  hits = q.want
    ? withSeatAreas(hits, index, q.want)
    : hits.filter((h) => !h.entry.seat || (h.distance === 0 && q.name === input));
  const parent = q.parent ? resolveName(q.parent, gazetteer, context)?.entry : undefined;
  const span = { start: 0, end: input.length, sentence: 0, key, hits, fuzzy: !exact, want: q.want };
  const r = rank(hits, span, ctx, parent);
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
