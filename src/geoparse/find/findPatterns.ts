// What the words around a name say about it: "Idlib province" and "the provinces of A, B and C"
// (governorates), "the city of X", "the Rashidin neighbourhood of Aleppo", "Aleppo's airport",
// "eastern Idlib", "west of Aleppo", "Aleppo's western outskirts". Descriptions without a name
// (roads, a university, "the city's western edge") come from findDescriptions.
import type { NameIndex } from '../index/NameIndex.ts';
import { findDescriptions } from './findDescriptions.ts';
import type { NameSpan, SentenceTokens } from './NameSpan.ts';
import type { Token } from '../text/tokenize.ts';
import { DIRECTIONS } from '../../words/directions.ts';
import {
  EDGE_NOUNS,
  FEATURE_NOUNS,
  LANDFORM_NOUNS,
  QUALIFIERS,
  STREET_NOUNS,
  WATER_NOUNS,
} from '../../words/placeNouns.ts';
import { LIST_GLUE } from '../../words/listGlue.ts';
import { STOPWORDS } from '../../words/stopwords.ts';
import { stateCode } from '../../words/stateAbbreviations.ts';
import { foldKey } from '../index/fold.ts';
import type { GazetteerEntry } from '../../types/model.ts';
import { liesIn } from '../index/liesIn.ts';
import { isWorldAdmin2 } from '../../gazetteer/worldAdmin2.ts';
import { lowerBound } from '../../gazetteer/lowerBound.ts'; // tokens by offset

/** Prepositions that put "the south of X" inside X ("in the south of", "across the north of"). */
const IN_PART = new Set(['in', 'across', 'throughout', 'into']);

/** Bearing of a direction written as one word or two ("north-western", "north western"). */
function directionBefore(tokens: Token[], i: number): { bearing: number; from: number } | undefined {
  const t = tokens[i];
  if (!t || !t.word) return undefined;
  const one = DIRECTIONS[t.lower];
  const p = tokens[i - 1];
  const pp = tokens[i - 2];
  if (
    p?.text === '-' &&
    pp &&
    DIRECTIONS[pp.lower] !== undefined &&
    /^(?:east|west)(?:ern)?$/.test(t.lower)
  ) {
    return { bearing: DIRECTIONS[pp.lower + t.lower] ?? one, from: i - 2 };
  }
  return one === undefined ? undefined : { bearing: one, from: i };
}

/** "the Atlantic", "the tropical Atlantic": "the" before the name, past at most two lowercase words. */
function theBefore(tokens: Token[], i0: number): boolean {
  for (let i = i0 - 1; i >= Math.max(0, i0 - 3); i--) {
    const t = tokens[i];
    if (t.lower === 'the') return true;
    if (!t.word || t.cap || STOPWORDS.has(t.lower)) return false;
  }
  return false;
}

/** Words before a river's name ("the lower X") and after its possessive ("the X's left bank"). */
const RIVER_BEFORE = new Set(['lower', 'upper', 'middle']);
const BANK_WORDS = new Set([
  'bank',
  'banks',
  'left',
  'right',
  'east',
  'west',
  'eastern',
  'western',
  'northern',
  'southern',
]);

/**
 * "the lower X", "the X river", "the X's left bank", "the banks of the X", "across the X": a river;
 * "the X reservoir", "X lake", "the X dam": a water body or its dam (WATER_NOUNS).
 */
function riverPhrase(tokens: Token[], i0: number, i1: number): boolean {
  const prev = tokens[i0 - 1]?.lower ?? '';
  const prev2 = tokens[i0 - 2]?.lower ?? '';
  const next = tokens[i1 + 1];
  // "across the Northwest region", "the lower Kherson province": a division's noun closes the
  // name (read with it or just after it), so the phrase is about the division, not a river.
  const last = tokens[i1];
  if ((!last.cap && QUALIFIERS[last.lower]) || (next?.word && !next.cap && QUALIFIERS[next.lower]))
    return false;
  if (prev2 === 'the' && RIVER_BEFORE.has(prev)) return true;
  if (
    prev === 'the' &&
    (prev2 === 'across' || (prev2 === 'of' && /^banks?$/.test(tokens[i0 - 3]?.lower ?? '')))
  )
    return true;
  if (next?.word && !next.cap && WATER_NOUNS.has(next.lower)) return true;
  const bank = tokens[i1 + 2]?.lower ?? '';
  return (
    tokens[i1].poss &&
    !!next &&
    BANK_WORDS.has(next.lower) &&
    (/^banks?$/.test(next.lower) || /^banks?$/.test(bank))
  );
}

/** The span of a sentence's list that ends at token i (spans by end offset, kept up to date). */
function spanEndingAt(tokens: Token[], endAt: Map<number, NameSpan>, i: number): NameSpan | undefined {
  return i >= 0 && i < tokens.length ? endAt.get(tokens[i].end) : undefined;
}

/** Moves a span's end, keeping the index by end offset in step (a lookup per span, not a scan). */
function setEnd(s: NameSpan, end: number, endAt: Map<number, NameSpan>): void {
  if (endAt.get(s.end) === s) endAt.delete(s.end);
  s.end = end;
  if (!endAt.has(end)) endAt.set(end, s);
}

/**
 * Spans of a list before a span ("A, B and C provinces"), nearest first. A walk stops at a span an
 * earlier walk passed (`walked`): the rest of the list is the same and was given its qualifier
 * then, so "A provinces, B provinces, …" is read in one pass, not once per name.
 */
function listBefore(
  s: NameSpan,
  tokens: Token[],
  endAt: Map<number, NameSpan>,
  walked: Set<NameSpan>,
): NameSpan[] {
  const res: NameSpan[] = [];
  let i = tokenStartingAt(tokens, s.start) - 1;
  while (i > 0 && LIST_GLUE.has(tokens[i].lower)) {
    if (LIST_GLUE.has(tokens[i - 1].lower)) i--;
    const prev = spanEndingAt(tokens, endAt, i - 1);
    if (!prev || tokenStartingAt(tokens, prev.start) >= i) break;
    res.push(prev);
    if (walked.has(prev)) break;
    walked.add(prev);
    i = tokenStartingAt(tokens, prev.start) - 1;
  }
  return res;
}

/** Spans of a list after a span ("provinces of A, B and C"), nearest first. */
function listAfter(s: NameSpan, tokens: Token[], spanAt: Map<number, NameSpan>): NameSpan[] {
  const res: NameSpan[] = [];
  let i = tokenEndingAt(tokens, s.end) + 1;
  while (i < tokens.length && LIST_GLUE.has(tokens[i].lower)) {
    if (LIST_GLUE.has(tokens[i + 1]?.lower)) i++;
    const next = spanAt.get(i + 1);
    if (!next || tokenEndingAt(tokens, next.end) <= i) break;
    res.push(next);
    i = tokenEndingAt(tokens, next.end) + 1;
  }
  return res;
}

/**
 * "Brooklyn, New York", "Edmonton, Ky.", "Saraqib, Idlib": a state or country written after a
 * place's name and a comma says where that place is, when one of its readings lies there and
 * the words after it do not go on as a list ("Aleppo, Idlib and Hama"). An abbreviated state is
 * a place of its own; the span returned is that new one.
 */
function containerAfter(
  s: NameSpan,
  i1: number,
  tokens: Token[],
  spanAt: Map<number, NameSpan>,
  index: NameIndex,
  sentence: number,
): NameSpan | undefined {
  if (tokens[i1 + 1]?.text !== ',') return undefined;
  const at = tokens[i1 + 2];
  if (!at || !at.word) return undefined;
  let areas: GazetteerEntry[] = [];
  let added: NameSpan | undefined;
  let after = i1 + 3;
  const named = spanAt.get(i1 + 2);
  if (named) {
    // Pushed, not filter().map(): one array map for the JIT (see matchRuns).
    for (const h of named.hits)
      if (h.distance === 0 && (h.entry.kind === 'admin1' || h.entry.kind === 'country')) areas.push(h.entry);
    while (after < tokens.length && tokens[after].start < named.end) after++;
  } else {
    const code = stateCode(at.text);
    const state = code ? index.admin1ByCode(code) : undefined;
    if (!state) return undefined;
    const dot = tokens[i1 + 3]?.text === '.' && tokens[i1 + 3].start === at.end;
    const end = dot ? tokens[i1 + 3].end : at.end;
    after = dot ? i1 + 4 : i1 + 3;
    areas = [state];
    added = {
      start: at.start,
      end,
      sentence,
      key: foldKey(state.name),
      hits: [{ entry: state, primary: true, distance: 0 }],
      want: 'admin1',
      surface: at.text,
    };
  }
  const next = tokens[after]?.lower;
  if (
    next === 'and' ||
    next === 'or' ||
    next === '&' ||
    (next === ',' && spanAt.has(after + 1) && /^(?:and|or|,)$/.test(tokens[after + 1 + 1]?.lower ?? ''))
  )
    return undefined;
  const fitting = areas.filter((a) => s.hits.some((h) => liesIn(h.entry, a)));
  if (!fitting.length) return undefined;
  s.within = fitting;
  if (named && fitting.some((a) => a.kind === 'admin1')) named.want ??= 'admin1';
  return added;
}

/**
 * The country written just before a name as its owner or its adjective: "India's Punjab",
 * "northern Mali's Gao region", "Iraqi Kurdistan", "Pakistani-administered Kashmir".
 */
function countryBefore(
  tokens: Token[],
  i0: number,
  endAt: Map<number, NameSpan>,
  demonymAt: Map<number, NameSpan>,
): GazetteerEntry | undefined {
  let i = i0 - 1;
  // "X-administered": the hyphened participle after the country's name or adjective.
  const administered = tokens[i]?.lower === 'administered' && tokens[i - 1]?.text === '-';
  if (administered) i -= 2;
  const t = tokens[i];
  if (!t?.word || !t.cap) return undefined;
  const named = demonymAt.get(t.end) ?? (t.poss || administered ? endAt.get(t.end) : undefined);
  return named?.hits.find((h) => h.distance === 0 && h.primary && h.entry.kind === 'country')?.entry;
}

/** Index of the token starting at this offset, or -1 (tokens are in order and do not overlap). */
function tokenStartingAt(tokens: Token[], offset: number): number {
  const i = lowerBound(tokens, (t) => t.start < offset);
  return tokens[i]?.start === offset ? i : -1;
}

/** Index of the token ending at this offset, or -1. */
function tokenEndingAt(tokens: Token[], offset: number): number {
  const i = lowerBound(tokens, (t) => t.end < offset);
  return tokens[i]?.end === offset ? i : -1;
}

/**
 * A division of the world's GeoNames second-level table found by its full name ("Poonch
 * District", "Marib City", "Kurram District") is read as its bare name and the qualifier, as
 * "Poonch district" is where no division bears the name: the towns of the bare name are readings
 * too, and the qualifier decides between them (a town called so elsewhere, the division, or the
 * area around a town). Only for a last word that is a qualifier and a bare name the index has.
 */
function splitDivisionName(s: NameSpan, tokens: Token[], index: NameIndex): void {
  if (s.want || !s.surface || !s.hits.some((h) => isWorldAdmin2(h.entry))) return;
  const i1 = tokenEndingAt(tokens, s.end);
  const i0 = tokenStartingAt(tokens, s.start);
  const last = tokens[i1];
  const q = last?.word ? QUALIFIERS[last.lower] : undefined;
  if (!q || i1 - 1 < i0) return;
  const bare = s.surface.slice(0, tokens[i1 - 1].end - s.start);
  const key = foldKey(bare);
  const towns = key ? index.exact(key) : [];
  if (!towns.some((h) => h.entry.kind === 'settlement')) return;
  s.key = key;
  s.hits = [...towns, ...s.hits.filter((h) => !towns.some((t) => t.entry === h.entry))];
  s.surface = bare;
  s.want = q;
  s.split = true;
}

/** Applies context patterns to the name spans of each sentence and adds descriptive spans. */
export function findPatterns(
  sentences: SentenceTokens[],
  spans: NameSpan[],
  index: NameIndex,
  _text: string,
): NameSpan[] {
  // A people's adjective is no place the words around it qualify, list or contain ("Arbeen,
  // Syrian media said"): it passes through untouched.
  const out: NameSpan[] = spans.filter((s) => s.demonym);
  const demonymAt = new Map<number, NameSpan>();
  for (const s of out) demonymAt.set(s.end, s);
  const bySentence = new Map<number, NameSpan[]>();
  for (const s of spans) {
    if (s.demonym) continue;
    const list = bySentence.get(s.sentence) ?? [];
    list.push(s);
    bySentence.set(s.sentence, list);
  }
  for (const st of sentences) {
    const { tokens } = st;
    const list = (bySentence.get(st.index) ?? []).sort((a, b) => a.start - b.start);
    // A sentence without names has no pattern to read around them, only descriptions.
    if (list.length === 0) {
      out.push(...findDescriptions(st, list, index));
      continue;
    }
    const extra: NameSpan[] = [];
    const spanAt = new Map<number, NameSpan>();
    const endAt = new Map<number, NameSpan>();
    const walked = new Set<NameSpan>();
    for (const s of list) {
      spanAt.set(tokenStartingAt(tokens, s.start), s);
      if (!endAt.has(s.end)) endAt.set(s.end, s);
    }
    for (const s of list) {
      splitDivisionName(s, tokens, index);
      const i0 = tokenStartingAt(tokens, s.start);
      let i1 = tokenEndingAt(tokens, s.end);
      if (i0 < 0 || i1 < 0 || s.relative || s.feature) continue;
      if (s.split) i1--;
      const next = tokens[i1 + 1];
      const possessive = tokens[i1].poss;
      if (next && STREET_NOUNS.has(next.lower)) s.beforeRoadNoun = true;
      // "the Atlantic" is the head of its phrase; in "the Damascus-Aleppo highway" or "the Aleppo
      // countryside" the name only qualifies the noun after it, and may well be a town.
      const qualifies =
        !!next && (next.word ? !next.cap && !STOPWORDS.has(next.lower) : /^[-–]$/.test(next.text));
      if (!possessive && !qualifies && theBefore(tokens, i0)) s.afterThe = true;
      // A river's phrase: its towns are no reading ("along the lower Dnipro", "the Dnipro's left bank").
      if (riverPhrase(tokens, i0, i1)) {
        s.water = true;
        s.hits = s.hits.filter((h) => h.entry.kind === 'region');
      }
      // "the Swat valley": the valley named after the district, not the district.
      if (!possessive && next?.word && !next.cap && LANDFORM_NOUNS.has(next.lower)) s.landform = true;
      const state = s.want ? undefined : containerAfter(s, i1, tokens, spanAt, index, st.index);
      if (state) extra.push(state);
      // Qualifier after: "Idlib province", "Aleppo city", "the Rashidin neighbourhood of Aleppo".
      // "state" after a country is its government ("Iran state media"), not a division.
      const stateOfCountry =
        /^states?$/.test(next?.lower ?? '') &&
        s.hits.some((h) => h.distance === 0 && h.entry.kind === 'country');
      const plural = !!next && next.lower.endsWith('s') && next.lower !== 'countryside';
      const before = plural ? listBefore(s, tokens, endAt, walked) : [];
      // "the Christian neighbourhoods", "Hama villages": one name before a plural noun calls
      // several places by what they share; none of them is called by it.
      const describes = plural && !before.length && !walked.has(s);
      if (
        !possessive &&
        next &&
        next.word &&
        !next.cap &&
        QUALIFIERS[next.lower] &&
        !stateOfCountry &&
        !describes
      ) {
        const q = QUALIFIERS[next.lower];
        s.want ??= q;
        setEnd(s, next.end, endAt);
        for (const p of before) p.want ??= q;
        const parent = tokens[i1 + 2]?.lower === 'of' ? spanAt.get(i1 + 3) : undefined;
        if (parent && (q === 'neighbourhood' || q === 'settlement'))
          s.parent = { key: parent.key, hits: parent.hits };
      }
      // "India's Punjab state", "Pakistani-administered Kashmir": the namesake in that country.
      // Not a town that only qualifies the noun after it ("Russia's Pokrovsk offensive").
      const owner = countryBefore(tokens, i0, endAt, demonymAt);
      if (owner && (s.want || !qualifies || s.hits.some((h) => h.entry.kind !== 'settlement'))) {
        const own = s.hits.some((h) => liesIn(h.entry, owner));
        if (own) s.within = [owner];
      }
      // An appositive that says what the place is: "Costa Rica, a town south of Culiacán".
      if (!s.want && next?.text === ',' && /^an?$/.test(tokens[i1 + 2]?.lower ?? '')) {
        const noun = tokens[i1 + 3];
        const q = noun?.word && !noun.cap ? QUALIFIERS[noun.lower] : undefined;
        if (q && !noun.lower.endsWith('s')) s.want = q;
      }
      // "the X area of Y", "the X part of Y": a part of Y, wherever else a place is called X.
      if (!possessive && !s.parent && (next?.lower === 'area' || next?.lower === 'part')) {
        const parent = tokens[i1 + 2]?.lower === 'of' ? spanAt.get(i1 + 3) : undefined;
        if (parent) s.parent = { key: parent.key, hits: parent.hits };
      }
      // Qualifier before: "the city of Saraqib", "provinces of Aleppo, Hama and Latakia".
      const ofAt =
        tokens[i0 - 1]?.lower === 'of'
          ? i0 - 1
          : tokens[i0 - 1]?.lower === 'the' && tokens[i0 - 2]?.lower === 'of'
            ? i0 - 2
            : -1;
      const qWord = ofAt > 0 ? tokens[ofAt - 1] : undefined;
      // Not when the qualifier closes the name before it ("the Rashidin district of Aleppo").
      const qOwned = (): boolean =>
        !!spanEndingAt(tokens, endAt, ofAt - 2) || !!spanEndingAt(tokens, endAt, ofAt - 1);
      if (qWord && !qWord.cap && QUALIFIERS[qWord.lower] && !qOwned()) {
        const q = QUALIFIERS[qWord.lower];
        const list = qWord.lower.endsWith('s') ? listAfter(s, tokens, spanAt) : [];
        // "the eastern districts of Homs", "the neighbourhoods of X": the town they are part of,
        // unless the names go on as a list of them ("the districts of A and B").
        if (qWord.lower.endsWith('s') && !list.length && (q === 'neighbourhood' || q === 'subdistrict'))
          s.want ??= 'settlement';
        else s.want ??= q;
        for (const p of list) p.want ??= q;
      }
      // "the northern countryside of Hama": a part of the governorate.
      const dirQ = qWord?.lower === 'countryside' ? directionBefore(tokens, ofAt - 2) : undefined;
      if (dirQ && !tokens[dirQ.from].cap) {
        s.relative = { relation: 'part', bearing: dirQ.bearing };
        s.start = tokens[dirQ.from].start;
      }
      // Relative: "west of Aleppo", "eastern Idlib", "north-western Syria".
      const dirOf = qWord ? directionBefore(tokens, ofAt - 1) : undefined;
      const dirAdj = directionBefore(tokens, i0 - 1);
      // (A compass noun, "south" or "south-west", not its adjective "southern": dirOf is a word of DIRECTIONS.)
      if (dirOf && !qWord!.lower.endsWith('ern')) {
        // "in the south of Marib province" is its southern part; "south of Marib" lies beyond it.
        const within =
          tokens[dirOf.from - 1]?.lower === 'the' && IN_PART.has(tokens[dirOf.from - 2]?.lower ?? '');
        s.relative = { relation: within ? 'part' : 'of', bearing: dirOf.bearing };
        s.start = tokens[dirOf.from].start;
      } else if (!dirQ && dirAdj && !tokens[dirAdj.from].cap && tokens[i0 - 1].lower !== 'of') {
        s.relative = { relation: 'part', bearing: dirAdj.bearing };
        s.start = tokens[dirAdj.from].start;
      }
      // Possessive or compound with a landmark noun: "Aleppo's airport", "Aleppo airport".
      let j = i1 + 1;
      if (possessive)
        while (
          j < i1 + 3 &&
          tokens[j]?.word &&
          !tokens[j].cap &&
          !FEATURE_NOUNS[tokens[j].lower] &&
          !STOPWORDS.has(tokens[j].lower) &&
          !DIRECTIONS[tokens[j].lower]
        )
          j++;
      const noun = tokens[j];
      if (noun && noun.word && !noun.cap && FEATURE_NOUNS[noun.lower] && !s.relative) {
        s.feature = FEATURE_NOUNS[noun.lower];
        setEnd(s, noun.end, endAt);
        continue;
      }
      // "Aleppo's western outskirts".
      const dirNext = possessive && next ? DIRECTIONS[next.lower] : undefined;
      if (dirNext !== undefined && EDGE_NOUNS.has(tokens[i1 + 2]?.lower)) {
        s.relative = { relation: 'edge', bearing: dirNext };
        setEnd(s, tokens[i1 + 2].end, endAt);
      } else if (dirNext !== undefined && tokens[i1 + 2]?.lower === 'countryside') {
        // "Hama's northern countryside": that part of the governorate.
        s.relative = { relation: 'part', bearing: dirNext };
        s.want ??= 'countryside';
        setEnd(s, tokens[i1 + 2].end, endAt);
      }
    }
    out.push(...list, ...extra);
    out.push(...findDescriptions(st, list, index));
  }
  return out;
}
