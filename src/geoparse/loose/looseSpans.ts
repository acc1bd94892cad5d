// A second chance for names the index does not know in the report's country. A capitalised run
// that matched nothing, exactly or one edit away ("Kafr Elmasra", "Tasyaa"), or whose only
// matches lie abroad and were rejected, is matched loosely (consonant or vowel skeleton, then
// the closest spelling) against the places of the report's focus country, when the words around
// it say it is a place. Transliterations of Arabic differ mostly in their vowels and in a few
// letters, and real reports spell villages in ways the gazetteer lacks.
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import type { GazetteerEntry } from '../../types/model.ts';
import type { FoundNames, NameSpan } from '../find/NameSpan.ts';
import type { NameHit, NameIndex } from '../index/NameIndex.ts';
import type { DocContext } from '../resolve/DocContext.ts';
import { foldKeyCached as foldKey } from '../index/fold.ts';
import { byVowelSkeleton, closestHits, nameDistance, namesAreTransliterated } from './looseMatch.ts';
import { distance } from '../util/geodesy.ts';
import { Overlaps } from '../util/Overlaps.ts';
import { arabicOrder } from './arabicOrder.ts';
import { locate, mayNamePlace, readContext, sentenceTokens, type Candidate } from '../find/readContext.ts';

/** A loose candidate spelled further than this share of the key's letters away is no match. */
const MAX_EDIT_SHARE = 0.4;
/** Candidates this close to each other are one place filed twice (a village and its farm). */
const SAME_PLACE_KM = 10;

/**
 * Name spans for the names of one report that matched nothing (`found.unmatched`) or only
 * places abroad that were rejected (spans not in `resolved`), each with loose candidates in the
 * report's focus country, marked `fuzzy` and `loose` (weaker evidence, lower confidence), to be
 * resolved instead of the spans they overlap. None without a focus country, or where the focus
 * country's place names are not transliterations.
 *
 * @example looseSpans(found, resolved, gazetteer, index, ctx) // "near Tasyaa" → Tisya
 */
export function looseSpans(
  found: FoundNames,
  resolved: Set<NameSpan>,
  gazetteer: Gazetteer,
  index: NameIndex,
  ctx: DocContext,
): NameSpan[] {
  const { nonPlace } = found;
  if (!ctx.focus || !namesAreTransliterated(gazetteer, ctx.focus)) return [];
  const worth = (s: NameSpan): boolean => mayNamePlace(s, nonPlace);
  const candidates: Candidate[] = [];
  const spanAt = new Overlaps(found.spans);
  for (const u of found.unmatched)
    if (!u.span.hits.length && !u.run.person && worth(u.span) && !spanAt.hits(u.span))
      candidates.push({ span: u.span, tokens: u.sentence.tokens, from: u.run.from, to: u.run.to });
  const tokensOf = sentenceTokens(found);
  for (const s of found.spans) {
    if (resolved.has(s) || s.road || s.feature || s.relative || s.focus || !s.surface || !worth(s)) continue;
    if (s.hits.some((h) => h.entry.country === ctx.focus)) continue;
    const c = locate(s, tokensOf);
    if (c) candidates.push(c);
  }
  const out: NameSpan[] = [];
  for (const c of candidates) {
    const { span } = c;
    const r = readContext(c, found.spans, ctx);
    if (!r || r.cue === 0) continue;
    const hits = looseHits(gazetteer, index, r.key, ctx.focus);
    // An English qualifier in the Arabic word order: "Eastern Tal Hamra" is "Tal Hamra Sharqi".
    const alt = hits.length ? null : arabicOrder(span.surface ?? '');
    if (alt) hits.push(...inCountry(gazetteer, index, foldKey(alt), ctx.focus));
    // Several places spelled as close and far apart: only when the cue is strong and the
    // report's other places can tell them apart.
    if (!hits.length || (!samePlace(hits) && (r.cue < 2 || ctx.anchors.length === 0))) continue;
    // A name matched abroad keeps those readings beside the loose ones: the ranking decides.
    out.push(
      Object.assign(
        {},
        span,
        {
          key: r.key,
          end: r.end,
          hits: span.hits.length ? [...span.hits, ...hits] : hits,
          fuzzy: true,
          loose: true,
        },
        r.want ? { want: r.want } : {},
        r.within ? { within: r.within } : {},
      ),
    );
  }
  return out;
}

/**
 * Places of a country whose consonant or vowel skeleton is the key's, the closest spellings only,
 * and only when that spelling is near enough (at most 40 % of the letters differ, or 2).
 */
export function looseHits(gazetteer: Gazetteer, index: NameIndex, key: string, country: string): NameHit[] {
  const letters = key.replace(/ /g, '');
  // Short names ("Ab", "Tel", "Hule") match too many places by their consonants.
  if (letters.length < 4 || letters.replace(/[aeiou]/g, '').length < 3) return [];
  const raw = [...index.bySkeleton(key, [country], 3), ...byVowelSkeleton(gazetteer, key, country)];
  const seen = new Set<GazetteerEntry>();
  const unique = raw.filter((h) => {
    const e = h.entry;
    if (seen.has(e) || e.seat || e.kind === 'country' || e.kind === 'road' || e.kind === 'region')
      return false;
    seen.add(e);
    return true;
  });
  const closest = closestHits(unique, key);
  if (!closest.length) return [];
  const d = nameDistance(closest[0].entry, key);
  return d <= Math.max(2, Math.floor(letters.length * MAX_EDIT_SHARE)) ? closest : [];
}

/** Places of a country by a key: exact, else one edit away, else loosely. */
function inCountry(gazetteer: Gazetteer, index: NameIndex, key: string, country: string): NameHit[] {
  const exact = index.exact(key).filter((h) => h.entry.country === country && !h.entry.seat);
  if (exact.length) return exact;
  const fuzzy = index.fuzzy(key, [country]).filter((h) => h.entry.country === country && !h.entry.seat);
  return fuzzy.length ? fuzzy : looseHits(gazetteer, index, key, country);
}

/** Whether all the hits lie within a few km of each other. */
function samePlace(hits: NameHit[]): boolean {
  const a = hits[0].entry;
  return hits.every((h) => distance([a.lon, a.lat], [h.entry.lon, h.entry.lat]) < SAME_PLACE_KM);
}
