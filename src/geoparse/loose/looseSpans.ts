// A second chance for names the index does not know in the report's country. A capitalised run
// that matched nothing, exactly or one edit away ("Kafr Elmasra", "Tasyaa"), or whose only
// matches lie abroad and were rejected, is matched loosely (consonant or vowel skeleton, then
// the closest spelling) against the places of the report's focus country, when the words around
// it say it is a place. Transliterations of Arabic differ mostly in their vowels and in a few
// letters, and real reports spell villages in ways the gazetteer lacks.
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import type { GazetteerEntry } from '../../types/model.ts';
import type { FoundNames, NameSpan, Want } from '../find/findNames.ts';
import type { NameHit, NameIndex } from '../index/NameIndex.ts';
import type { DocContext } from '../resolve/resolvePlaces.ts';
import { tokenBeforeList, type Token } from '../text/tokenize.ts';
import { foldKeyCached as foldKey } from '../index/fold.ts';
import { byVowelSkeleton, closestHits, nameDistance, namesAreTransliterated } from './looseMatch.ts';
import { distance } from '../util/geodesy.ts';
import { Overlaps } from '../util/Overlaps.ts';
import { arabicOrder } from '../resolve/resolveName.ts';
import { EDGE_NOUNS, QUALIFIERS, TITLES } from '../../words/placeNouns.ts';

/** Prepositions that put the name after them on the ground ("shelling near X"). */
const LOCATIVE = new Set(['in', 'near', 'outside', 'around', 'towards', 'toward', 'into', 'inside']);
/** Prepositions that also take people or bodies ("a call from X", "loyal to X", "at X"): a weaker cue. */
const WEAK_LOCATIVE = new Set(['from', 'to', 'at']);
/** Words before "to"/"from"/"at" that make the name a person or a body, not a place. */
const NOT_PLACE_BEFORE = new Set(
  `according close loyal allied linked tied affiliated next due thanks similar related belonging opposed
  spoke speaking talked talking said told wrote sent married pledged quoted quoting statement message
  letter call calls visit visits support aid help looked looking`.split(/\s+/),
);
/** Verbs of war whose object is a place when it is a capitalised name ("rebels captured X"). */
const PLACE_VERBS = new Set(
  `captured seized recaptured retook entered stormed shelled bombed bombarded besieged encircled
  overran struck raided`.split(/\s+/),
);

/**
 * The word before a name, or before the list of capitalised names it closes ("captured A, B and
 * C" → "captured" for C), past at most a dozen tokens; and whether that list holds a known place.
 */
function listLead(
  tokens: Token[],
  from: number,
  isPlace: (t: Token) => boolean,
): { lead?: Token; withPlace: boolean } {
  const prev = tokens[from - 1];
  // A list closes with "and"/"or" before its last name; after a bare comma the name may start
  // a new clause ("in Idlib, Mohammed Bashir said").
  if (!prev || !(prev.lower === 'and' || prev.lower === 'or' || PLACE_VERBS.has(prev.lower)))
    return { lead: prev, withPlace: false };
  let withPlace = false;
  // "Maarat Misrin, Hazano and Atmeh": a known place of the country in the same list.
  const at = tokenBeforeList(tokens, from - 1, (t) => (withPlace ||= isPlace(t)));
  return { lead: tokens[at], withPlace };
}

/** Nouns of settlements before "of" ("the village of X"). */
const PLACE_OF = new Set(['village', 'villages', 'town', 'towns', 'city', 'hamlet', 'area', 'outskirts']);
const LIST_GLUE = new Set([',', 'and', 'or']);
/** Capitalised qualifiers that close an area's name and nobody's ("Tasyaa Subdistrict"). */
const AREA_WORDS = new Set(['subdistrict', 'nahiya', 'nahiyah', 'district', 'governorate', 'province']);
/** A loose candidate spelled further than this share of the key's letters away is no match. */
const MAX_EDIT_SHARE = 0.4;
/** Candidates this close to each other are one place filed twice (a village and its farm). */
const SAME_PLACE_KM = 10;

/** How strongly the words around a run say it is a place: 0 not at all, 1 weakly, 2 strongly. */
type Cue = 0 | 1 | 2;

/** A name to try, with the tokens of its sentence and where it lies in them. */
export interface Candidate {
  span: NameSpan;
  tokens: Token[];
  from: number;
  to: number;
}

/**
 * Name spans for the names of one report that matched nothing (`found.unmatched`) or only
 * places abroad that were rejected (spans not in `resolved`), each with loose candidates in the
 * report's focus country, marked `fuzzy` and `loose` (weaker evidence, lower confidence), to be
 * resolved instead of the spans they overlap. None without a focus country, or where the focus
 * country's place names are not transliterations.
 *
 * @example looseSpans(found, resolved, gazetteer, index, ctx, nonPlace) // "near Tasyaa" → Tisya
 */
export function looseSpans(
  found: FoundNames,
  resolved: Set<NameSpan>,
  gazetteer: Gazetteer,
  index: NameIndex,
  ctx: DocContext,
  nonPlace: Set<string>,
): NameSpan[] {
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
    out.push({
      ...span,
      key: r.key,
      end: r.end,
      hits: span.hits.length ? [...span.hits, ...hits] : hits,
      fuzzy: true,
      loose: true,
      ...(r.want ? { want: r.want } : {}),
      ...(r.within ? { within: r.within } : {}),
    });
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

/** Every reading of the span is a country ("Tasyaa and Syria" is no list of places). */
function isCountry(s: NameSpan): boolean {
  return s.hits.every((h) => h.entry.kind === 'country');
}

/**
 * Whether a name is worth a second look as a place: not a town that speaks ("X said"), not a
 * word used in a person's or organisation's name elsewhere in the reports, and Latin letters
 * only (the skeletons are of Latin spellings).
 */
export function mayNamePlace(s: NameSpan, nonPlace: Set<string>): boolean {
  return !s.metonymy && /^[a-z ]+$/.test(s.key) && (s.key.includes(' ') || !nonPlace.has(s.key));
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

/** Each sentence's tokens as `findNames` read them, by sentence index. */
export function sentenceTokens(found: FoundNames): Map<number, Token[]> {
  return new Map(found.sentences.map((st) => [st.index, st.tokens]));
}

/** A span of the first pass with the tokens `findNames` read in its sentence. */
export function locate(span: NameSpan, tokensOf: Map<number, Token[]>): Candidate | undefined {
  const tokens = tokensOf.get(span.sentence);
  if (!tokens) return undefined;
  const from = tokens.findIndex((t) => t.start === span.start);
  let to = from;
  while (to >= 0 && to + 1 < tokens.length && tokens[to + 1].end <= span.end) to++;
  return from < 0 ? undefined : { span, tokens, from, to };
}

/** The span of `spans` that starts (or ends) at this token, naming a place of the focus country. */
function placeSpanAt(
  spans: NameSpan[],
  t: Token | undefined,
  ctx: DocContext,
  atStart: boolean,
): NameSpan | undefined {
  if (!t) return undefined;
  let at = spansAt.get(spans);
  if (!at) {
    at = { byStart: new Map(), byEnd: new Map() };
    for (const s of spans) {
      at.byStart.set(s.start, [...(at.byStart.get(s.start) ?? []), s]);
      at.byEnd.set(s.end, [...(at.byEnd.get(s.end) ?? []), s]);
    }
    spansAt.set(spans, at);
  }
  return (atStart ? at.byStart.get(t.start) : at.byEnd.get(t.end))?.find(
    (s) => !s.loose && s.hits.some((h) => h.distance <= 1 && h.entry.country === ctx.focus),
  );
}

/** Spans by start and by end offset, built once per list (a long report asks many times). */
const spansAt = new WeakMap<
  NameSpan[],
  { byStart: Map<number, NameSpan[]>; byEnd: Map<number, NameSpan[]> }
>();

/** What the words around a name say: how strongly it is a place, the qualifier, the area it lies in. */
export interface Reading {
  cue: Cue;
  key: string;
  end: number;
  want?: Want;
  within?: GazetteerEntry[];
}

/**
 * Reads the words around a name: a qualifier in it or after it ("Tasyaa Village", "Tasyaa
 * subdistrict"), a locative preposition or "the village of" before it, a containing area after
 * a comma ("Tasyaa, Syria"), an appositive ("Tasyaa, a village …" but not "Tasyaa, a
 * commander"), or other places of the country listed with it. Undefined when it reads as a person.
 */
export function readContext(c: Candidate, spans: NameSpan[], ctx: DocContext): Reading | undefined {
  const { tokens, from, span } = c;
  let { to } = c;
  let { key, want } = span;
  let end = span.end;
  let cue: Cue = 0;
  const last = tokens[to];
  // A qualifier closing the name ("Tasyaa Subdistrict"; "Tasyaa subdistrict" read by
  // findPatterns). "Town" or "City" in a capitalised run is as often a surname ("Brian Town").
  if (to > from && QUALIFIERS[last.lower]) {
    want ??= QUALIFIERS[last.lower];
    if (last.cap) key = foldKey(span.surface!.slice(0, tokens[to - 1].end - span.start));
    if (!last.cap || AREA_WORDS.has(last.lower)) cue = 2;
  }
  const next = tokens[to + 1];
  if (last.poss && !(next && (QUALIFIERS[next.lower] || EDGE_NOUNS.has(next.lower)))) return undefined;
  // A qualifier after it: "Tasyaa subdistrict", "Tasyaa village".
  if (!want && next?.word && !next.cap && !last.poss && QUALIFIERS[next.lower]) {
    want = QUALIFIERS[next.lower];
    end = next.end;
    to++;
    cue = 2;
  }
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  const { lead, withPlace } = listLead(tokens, from, (t) => !!placeSpanAt(spans, t, ctx, true));
  if (withPlace || (lead && (LOCATIVE.has(lead.lower) || PLACE_VERBS.has(lead.lower)))) cue = 2;
  if (prev && LOCATIVE.has(prev.lower)) cue = 2;
  else if (prev && WEAK_LOCATIVE.has(prev.lower) && !NOT_PLACE_BEFORE.has(prev2?.lower ?? ''))
    cue = Math.max(cue, 1) as Cue;
  if (prev?.lower === 'of' && prev2 && PLACE_OF.has(prev2.lower)) cue = 2;
  let within: GazetteerEntry[] | undefined;
  if (tokens[to + 1]?.text === ',') {
    const a = tokens[to + 2];
    const b = tokens[to + 3];
    // An appositive: "Tasyaa, a village in Hama" (a place) or "Tasyaa, a commander" (a person).
    if (a && b && /^(?:a|an|the)$/.test(a.lower)) {
      if (TITLES.has(b.lower)) return undefined;
      if (QUALIFIERS[b.lower]) cue = 2;
    }
  }
  const glue = tokens[to + 1]?.lower;
  if (glue && LIST_GLUE.has(glue)) {
    // A containing area after a comma ("Tasyaa, Syria", "Tasyaa, Hama"), or the next place of a
    // list ("Tasyaa and Hama", "Tasyaa, Hama and Idlib").
    const at = LIST_GLUE.has(tokens[to + 2]?.lower ?? '') ? to + 3 : to + 2;
    const area = placeSpanAt(spans, tokens[at], ctx, true);
    const areas = area?.hits.filter(
      (h) => h.distance === 0 && (h.entry.kind === 'country' || h.entry.kind === 'admin1'),
    );
    if (glue === ',' && areas?.length) within = areas.map((h) => h.entry);
    const goesOn = glue !== ',' || LIST_GLUE.has(tokens[at + 1]?.lower ?? '');
    if (within || (area && goesOn && !isCountry(area))) cue = 2;
  }
  // Listed after a place of the country: "Idlib and Tasyaa", "Idlib, Tasyaa and Hama".
  if (prev && LIST_GLUE.has(prev.lower)) {
    const before = LIST_GLUE.has(prev2?.lower ?? '') ? tokens[from - 3] : prev2;
    const listed = placeSpanAt(spans, before, ctx, false);
    const closed = prev.lower !== ',' || LIST_GLUE.has(tokens[to + 1]?.lower ?? '');
    if (listed && closed && !isCountry(listed)) cue = 2;
  }
  return { cue, key, end, ...(want ? { want } : {}), ...(within ? { within } : {}) };
}
