// What the words around a name say about it: whether they vouch for a place ("near X", "the
// village of X", "X subdistrict", "X, Syria", listed with other places), weakly ("from X", "at
// X"), or call it a person ("X, a commander"). Read by loose matching and by the list of names
// left off the map.
import type { GazetteerEntry } from '../../types/model.ts';
import type { FoundNames, NameSpan, Want } from './NameSpan.ts';
import type { DocContext } from '../resolve/DocContext.ts';
import { tokenBeforeList, type Token } from '../text/tokenize.ts';
import { foldKeyCached as foldKey } from '../index/fold.ts';
import {
  AREA_WORDS,
  DISTANCE_UNITS,
  EDGE_NOUNS,
  PLACE_OF,
  QUALIFIERS,
  ROAD_NOUNS,
  GROUND_NOUNS,
  SETTLEMENT_NOUNS,
} from '../../words/placeNouns.ts';
import { DIRECTIONS } from '../../words/directions.ts';
import { NUMBER_WORDS } from '../../words/numbers.ts';
import {
  LOCATIVE,
  MOVED_BEFORE,
  NOT_PLACE_BEFORE,
  PEOPLE_AT,
  WEAK_LOCATIVE,
} from '../../words/prepositions.ts';
import { DEPARTURE_VERBS, LEFT_IN_STATE, PLACE_VERBS } from '../../words/warVerbs.ts';
import { PLACE_LIST_GLUE } from '../../words/listGlue.ts';
import { TITLES } from '../../words/titles.ts';
import { SPEECH_VERBS } from '../../words/speechVerbs.ts';
import { tokenRange } from '../text/tokenRange.ts';
import { MONTHS, WEEKDAYS } from '../../words/months.ts';

/** People named by where they live ("residents of X"): X is a place. */
const RESIDENTS = new Set(['residents', 'inhabitants', 'villagers', 'townspeople', 'townsfolk']);

/** Words between "a" and the noun of an appositive ("X, a sprawling displacement camp"). */
const APPOSITIVE_ADJECTIVES = 3;
/** Nouns of settlements an appositive may end on, besides the qualifiers ("X, a hamlet", "X, a camp"). */
const APPOSITIVE_NOUNS = new Set(
  Object.entries(SETTLEMENT_NOUNS)
    .filter(([, kind]) => kind === 'settlement' || kind === 'neighbourhood')
    .map(([noun]) => noun),
);

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
 * The word before a name, or before the list of capitalised names it closes ("captured A, B and
 * C" → "captured" for C), past at most a dozen tokens; and whether that list holds a known place.
 */
function listLead(
  tokens: Token[],
  from: number,
  isPlace: (t: Token) => boolean,
): { lead?: Token; beforeLead?: Token; withPlace: boolean } {
  const prev = tokens[from - 1];
  // A list closes with "and"/"or" before its last name; after a bare comma the name may start
  // a new clause ("in Idlib, Mohammed Bashir said").
  if (!prev || !(prev.lower === 'and' || prev.lower === 'or' || PLACE_VERBS.has(prev.lower)))
    return { lead: prev, beforeLead: tokens[from - 2], withPlace: false };
  let withPlace = false;
  // "Maarat Misrin, Hazano and Atmeh": a known place of the country in the same list.
  const visit = (t: Token) => (withPlace ||= isPlace(t));
  let at = tokenBeforeList(tokens, from - 1, visit);
  // "captured A on Saturday and B on Monday": a name of the list may carry its own day.
  for (let day = dayBefore(tokens, at); day > 0; day = dayBefore(tokens, at))
    at = tokenBeforeList(tokens, day - 1, visit);
  return { lead: tokens[at], beforeLead: tokens[at - 1], withPlace };
}

/**
 * Where the list's walk stopped in a day ("on Saturday", "on 3 May", "on May 3"): the index of
 * its "on", else -1.
 */
function dayBefore(tokens: Token[], at: number): number {
  const month = (u: Token | undefined) => !!u && MONTHS[u.lower] !== undefined;
  const dayWord = (u: Token | undefined) =>
    !!u && (WEEKDAYS.includes(u.lower) || month(u) || /^\d{1,2}$/.test(u.text));
  let i = at;
  while (i > at - 3 && tokens[i]?.lower !== 'on' && dayWord(tokens[i])) i--;
  if (i < 0 || tokens[i].lower !== 'on') return -1;
  const next = tokens[i + 1];
  const named =
    !!next && (WEEKDAYS.includes(next.lower) || month(next) || (dayWord(next) && month(tokens[i + 2])));
  return named ? i : -1;
}

/** Words of an appositive that puts a name beside a place ("X, 5 km south of Y", "X, on the road to Y"). */
const BESIDE_WORDS = new Set(
  `near outside in inside of from on the road highway to between about some just across opposite
  neighbouring neighboring nearby occupied rural central`.split(/\s+/),
);
/** Tokens after the comma within which the place must start. */
const BESIDE_WINDOW = 8;

/**
 * "X, south of Y", "X, 5 km from Y", "X, near Y", "X, in the Y region", "X, on the road to Y":
 * an appositive that says where the name lies, beside a place of the report's country (not
 * when a verb of saying follows: that is a speaker and where he was).
 */
function placedBeside(tokens: Token[], to: number, spans: NameSpan[], ctx: DocContext): boolean {
  if (tokens[to + 1]?.text !== ',') return false;
  let measured = false;
  for (let k = to + 2; k < tokens.length && k <= to + 1 + BESIDE_WINDOW; k++) {
    const t = tokens[k];
    // A place right after the comma is a containing area ("X, Hama", read below) unless the
    // words start with a direction ("X, south of Y" is one span from "south").
    const place = placeSpanAt(spans, t, ctx, true);
    if (place) {
      if (k === to + 2 && DIRECTIONS[t.lower] === undefined) return false;
      // "Ivan Petrenko, near Y, said": a speaker and where he was, not a place.
      let j = k;
      while (j + 1 < tokens.length && tokens[j + 1].end <= place.end) j++;
      const after = tokens[j + 1]?.text === ',' ? tokens[j + 2] : tokens[j + 1];
      return !(after?.word && SPEECH_VERBS.has(after.lower));
    }
    if (!t.word || t.cap) return false;
    const measure =
      /^\d/.test(t.text) ||
      NUMBER_WORDS[t.lower] !== undefined ||
      !!DISTANCE_UNITS[t.lower] ||
      DIRECTIONS[t.lower.replace(/-/g, '')] !== undefined;
    // "of" and "from" only after a distance or a direction: "X, of Y," is where a person is from.
    if ((t.lower === 'of' || t.lower === 'from') && !measured) return false;
    if (!measure && !BESIDE_WORDS.has(t.lower)) return false;
    measured ||= measure;
  }
  return false;
}

/**
 * "A raid on X in the Far North region", "X in Syria's Idlib province": the admin-1 codes of the
 * first-level divisions of a country the report is about that the words after a name (ending at
 * token `to`) set it in; a name set in one is a place. "The Kharkiv region" is the division of
 * the town Kharkiv. Not in a town ("Ivan in Kyiv" may be where a person is), nor a division a
 * town shares the name of unless called a region ("Ivan in Idlib"). Empty when none.
 */
export function divisionsAfter(tokens: Token[], to: number, spans: NameSpan[], ctx: DocContext): string[] {
  if (tokens[to + 1]?.lower !== 'in') return [];
  let k = to + 2;
  if (tokens[k]?.lower === 'the') k++;
  // "in Cameroon's Far North region": a possessive name says whose the division is.
  let j = k;
  while (tokens[j]?.cap && !tokens[j].poss && tokens[j + 1]?.cap && j < k + 3) j++;
  if (tokens[j]?.poss) k = j + 1;
  const t = tokens[k];
  const areas = t && spanIndex(spans).byStart.get(t.start);
  const ours = (e: GazetteerEntry) => !ctx.focus || e.country === ctx.focus || ctx.countries.has(e.country);
  const out: string[] = [];
  for (const s of areas ?? []) {
    if (s.loose || s.fuzzy) continue;
    const region = s.want === 'admin1' || s.want === 'region';
    if (!region && s.hits.some((h) => h.entry.kind === 'settlement')) continue;
    for (const h of s.hits) {
      const e = h.entry;
      if (h.distance !== 0 || !e.admin1 || !ours(e)) continue;
      if ((e.kind === 'admin1' || (region && e.kind === 'settlement')) && !out.includes(e.admin1))
        out.push(e.admin1);
    }
  }
  return out;
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

/** Each sentence's tokens as `findNames` read them, by sentence index. */
export function sentenceTokens(found: Pick<FoundNames, 'sentences'>): Map<number, Token[]> {
  return new Map(found.sentences.map((st) => [st.index, st.tokens]));
}

/** A span of the first pass with the tokens `findNames` read in its sentence. */
export function locate(span: NameSpan, tokensOf: Map<number, Token[]>): Candidate | undefined {
  const tokens = tokensOf.get(span.sentence);
  if (!tokens) return undefined;
  // A binary search keeps a long sentence of many names linear.
  const range = tokenRange(tokens, span.start, span.end);
  return range && { span, tokens, from: range.from, to: range.to };
}

/** The span of `spans` that starts (or ends) at this token, naming a place of the focus country. */
function placeSpanAt(
  spans: NameSpan[],
  t: Token | undefined,
  ctx: DocContext,
  atStart: boolean,
): NameSpan | undefined {
  if (!t) return undefined;
  const at = spanIndex(spans);
  return (atStart ? at.byStart.get(t.start) : at.byEnd.get(t.end))?.find(
    (s) => !s.loose && !s.demonym && s.hits.some((h) => h.distance <= 1 && h.entry.country === ctx.focus),
  );
}

function spanIndex(spans: NameSpan[]): { byStart: Map<number, NameSpan[]>; byEnd: Map<number, NameSpan[]> } {
  let at = spansAt.get(spans);
  if (!at) {
    at = { byStart: new Map(), byEnd: new Map() };
    for (const s of spans) {
      at.byStart.set(s.start, [...(at.byStart.get(s.start) ?? []), s]);
      at.byEnd.set(s.end, [...(at.byEnd.get(s.end) ?? []), s]);
    }
    spansAt.set(spans, at);
  }
  return at;
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
  const { lead, beforeLead, withPlace } = listLead(tokens, from, (t) => !!placeSpanAt(spans, t, ctx, true));
  if (withPlace || (lead && (LOCATIVE.has(lead.lower) || PLACE_VERBS.has(lead.lower)))) cue = 2;
  // "Families fled X overnight", "troops abandoned X and Y": the place left (not "left X wounded").
  if (lead && DEPARTURE_VERBS.has(lead.lower) && !lead.cap && !LEFT_IN_STATE.has(tokens[to + 1]?.lower ?? ''))
    cue = 2;
  // "the road (or the marshland) between X and Y", "residents of X and Y": every name of the list.
  const before = beforeLead?.lower ?? '';
  if (
    (lead?.lower === 'between' && (ROAD_NOUNS.has(before) || GROUND_NOUNS.has(before))) ||
    (lead?.lower === 'of' && (RESIDENTS.has(before) || PLACE_OF.has(before)))
  )
    cue = 2;
  if (prev && LOCATIVE.has(prev.lower)) cue = 2;
  // "Fighting spread to X", "families fled from X": where people or fighting moved.
  else if (prev && (prev.lower === 'to' || prev.lower === 'from') && MOVED_BEFORE.has(prev2?.lower ?? ''))
    cue = 2;
  // "Troops pulled out of X", "pushed the soldiers out of X": the place left.
  else if (prev?.lower === 'of' && prev2?.lower === 'out') cue = 2;
  else if (prev && WEAK_LOCATIVE.has(prev.lower) && !NOT_PLACE_BEFORE.has(prev2?.lower ?? ''))
    cue = Math.max(cue, 1) as Cue;
  if (prev?.lower === 'of' && prev2 && (PLACE_OF.has(prev2.lower) || RESIDENTS.has(prev2.lower))) cue = 2;
  if (prev?.lower === 'at' && PEOPLE_AT.has(prev2?.lower ?? '')) cue = 2;
  let within: GazetteerEntry[] | undefined;
  if (tokens[to + 1]?.text === ',') {
    const a = tokens[to + 2];
    const b = tokens[to + 3];
    // An appositive: "Tasyaa, a village in Hama" (a place) or "Tasyaa, a commander" (a person).
    // The noun may follow a few adjectives ("Tasyaa, a hilltop town", "an ancient royal town").
    if (a && b && /^(?:a|an|the)$/.test(a.lower))
      for (let k = to + 3; k <= to + 3 + APPOSITIVE_ADJECTIVES; k++) {
        const w = tokens[k];
        if (!w?.word || w.cap) break;
        if (TITLES.has(w.lower)) return undefined;
        if (QUALIFIERS[w.lower] || APPOSITIVE_NOUNS.has(w.lower)) {
          cue = 2;
          break;
        }
      }
  }
  // One word set in a division ("a raid on Mozogo in the Far North region"), not opening the
  // sentence ("Officials in X said"): longer names are as often a group's or a person's.
  const inDivision = to === from && from > 0 && divisionsAfter(tokens, to, spans, ctx).length > 0;
  if (placedBeside(tokens, to, spans, ctx) || inDivision) cue = 2;
  const glue = tokens[to + 1]?.lower;
  if (glue && PLACE_LIST_GLUE.has(glue)) {
    // A containing area after a comma ("Tasyaa, Syria", "Tasyaa, Hama"), or the next place of a
    // list ("Tasyaa and Hama", "Tasyaa, Hama and Idlib").
    const at = PLACE_LIST_GLUE.has(tokens[to + 2]?.lower ?? '') ? to + 3 : to + 2;
    const area = placeSpanAt(spans, tokens[at], ctx, true);
    const areas = area?.hits.filter(
      (h) => h.distance === 0 && (h.entry.kind === 'country' || h.entry.kind === 'admin1'),
    );
    if (glue === ',' && areas?.length) within = areas.map((h) => h.entry);
    const goesOn = glue !== ',' || PLACE_LIST_GLUE.has(tokens[at + 1]?.lower ?? '');
    if (within || (area && goesOn && !isCountry(area))) cue = 2;
  }
  // Listed after a place of the country: "Idlib and Tasyaa", "Idlib, Tasyaa and Hama".
  if (prev && PLACE_LIST_GLUE.has(prev.lower)) {
    const before = PLACE_LIST_GLUE.has(prev2?.lower ?? '') ? tokens[from - 3] : prev2;
    const listed = placeSpanAt(spans, before, ctx, false);
    const closed = prev.lower !== ',' || PLACE_LIST_GLUE.has(tokens[to + 1]?.lower ?? '');
    if (listed && closed && !isCountry(listed)) cue = 2;
  }
  return { cue, key, end, ...(want ? { want } : {}), ...(within ? { within } : {}) };
}
