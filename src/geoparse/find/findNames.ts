// Sentences → candidate place spans: names (exact or one edit away), with what the words around
// them say (a qualifier, a possessive, a direction, a road number), plus descriptions that name
// a place without its name ("a university campus", "the main highway linking A to B").
import type { GazetteerEntry, SegmentedArticle } from '../../types/model.ts';
import type { NameHit, NameIndex } from '../index/NameIndex.ts';
import { foldKeyCached as foldKey } from '../index/fold.ts';
import { demonymCountry } from '../../words/demonyms.ts';
import { findRuns, tokenBeforeList, tokenize, type Run, type Token } from '../text/tokenize.ts';
import {
  DIRECTIONS,
  FEATURE_NOUNS,
  GENERIC_NOUNS,
  ORG_HEADS,
  QUALIFIERS,
  SPEECH_VERBS,
  TITLES,
} from '../../words/placeNouns.ts';
import { findPatterns } from './findPatterns.ts';

export type Want = 'admin1' | 'settlement' | 'neighbourhood' | 'subdistrict' | 'countryside' | 'region';

/** A stretch of text that names or describes a place, before resolution. */
export interface NameSpan {
  start: number;
  end: number;
  sentence: number;
  /** Folded key of the name (or of the base place for features and relative areas). */
  key: string;
  /** Gazetteer entries the key matched (exact first; fuzzy when no exact match). */
  hits: NameHit[];
  want?: Want;
  /** A containing place named beside it ("the Rashidin neighbourhood of Aleppo"). */
  parent?: { key: string; hits: NameHit[] };
  /** A landmark described by a noun ("Aleppo's airport" → AIRP); hits are its city. */
  feature?: string[];
  /** A road by number (hits are roads) or by the two places it links. */
  road?: { between?: [NameHit[], NameHit[]] };
  /** An area relative to a place (hits are the base): beyond it, part of it, or its edge. */
  relative?: { relation: 'of' | 'part' | 'edge'; bearing: number };
  /** The base place is not named but meant: the report's main city ("the city's") or country. */
  focus?: 'city' | 'country';
  /** A capital standing for its government ("Washington said"). */
  metonymy?: boolean;
  /** Found by one-edit matching. */
  fuzzy?: boolean;
  /** Found by loose matching of an unmatched run (`resolveLoose.ts`): weaker than fuzzy. */
  loose?: boolean;
  /** The words as written (names only; descriptions leave it out). */
  surface?: string;
  /** Followed by "road"/"street": the name of a road, so a far-away namesake is no reading. */
  beforeRoadNoun?: boolean;
  /** "the Atlantic", "the Gulf": a bare name after "the" is a region or water, seldom a town. */
  afterThe?: boolean;
  /** The state or country written after it ("Brooklyn, New York", "Edmonton, Ky."). */
  within?: GazetteerEntry[];
}

export interface FoundNames {
  spans: NameSpan[];
  /** Folded single words used as people's or organisations' names in this report. */
  nonPlace: Set<string>;
  /** Country votes (ISO2 → weight) from country names, demonyms and large places. */
  votes: Map<string, number>;
  /** Capitalised runs that matched no name, exactly or one edit away (read by `resolveLoose`). */
  unmatched: UnmatchedRun[];
  /** Every sentence's tokens, as read (later stages look around a name without tokenising again). */
  sentences: SentenceTokens[];
}

/** A capitalised run that named nothing the index knows, with its sentence for context. */
export interface UnmatchedRun {
  span: NameSpan;
  sentence: SentenceTokens;
  run: Run;
}

export interface SentenceTokens {
  index: number;
  tokens: Token[];
  runs: Run[];
}

/** What the hits of one name say for every report that names it. */
interface HitsSummary {
  /** Every hit is a road. */
  allRoads: boolean;
  /** ISO2 of the country the name is the own name of, if it is one. */
  country?: string;
  /** Otherwise, ISO2 of the largest place (≥ 100,000) it is the own name of. */
  big?: string;
}

// Keyed by the shared hit lists of NameIndex.exact: a name common around the world has dozens
// of hits, and reading each entry costs a cache miss.
const summaries = new WeakMap<NameHit[], HitsSummary>();

function summary(hits: NameHit[]): HitsSummary {
  let s = summaries.get(hits);
  if (!s) {
    const country = hits.find((h) => h.entry.kind === 'country' && h.primary);
    const big = hits.filter((h) => h.primary && h.entry.population >= 100_000);
    big.sort((a, b) => b.entry.population - a.entry.population);
    s = {
      allRoads: hits.every((h) => h.entry.kind === 'road'),
      country: country?.entry.country,
      big: big[0]?.entry.country,
    };
    summaries.set(hits, s);
  }
  return s;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function vote(votes: Map<string, number>, cc: string, w: number): void {
  if (cc) votes.set(cc, (votes.get(cc) ?? 0) + w);
}

/**
 * A misspelt landmark name read with its noun ("Kweiris air base" for the Kuweiris air base): the
 * name with the lowercase words up to a landmark noun, one edit from a landmark's own name.
 */
function fuzzyLandmark(
  p: UnmatchedRun,
  index: NameIndex,
  countries: string[],
  text: string,
): NameSpan | undefined {
  const { tokens } = p.sentence;
  for (let k = Math.min(3, tokens.length - p.run.to - 1); k >= 1; k--) {
    const tail = tokens.slice(p.run.to + 1, p.run.to + 1 + k);
    const noun = tail[k - 1].lower;
    const airBase = k > 1 && tail[k - 2].lower === 'air' && /^(?:base|field|strip|port)$/.test(noun);
    if (!tail.every((t) => t.word && !t.cap && !t.caseless) || !(FEATURE_NOUNS[noun] || airBase)) continue;
    const name = text.slice(p.run.start, p.run.end);
    for (const form of [text.slice(p.run.start, tail[k - 1].end), `${name} ${tail[k - 1].text}`]) {
      const hits = index.fuzzy(foldKey(form), countries).filter((h) => h.entry.kind === 'landmark');
      if (hits.length) {
        const end = tail[k - 1].end;
        return {
          ...p.span,
          end,
          key: foldKey(form),
          hits,
          fuzzy: true,
          surface: text.slice(p.span.start, end),
        };
      }
    }
  }
  return undefined;
}

/** Words after which a list of names is where somebody is ("residents of A and B said"). */
const PLACE_PREPOSITIONS = new Set(['of', 'in', 'from', 'near', 'around', 'outside']);

/**
 * Whether the name at token `from` ends a phrase such as "residents of Nubl and Zahra": then the
 * speaker of the verb after it is the noun before the preposition, not the town.
 */
function objectOfPlacePhrase(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower ?? '';
  if (PLACE_PREPOSITIONS.has(before)) return true;
  if (before !== 'and' && before !== 'or') return false;
  return PLACE_PREPOSITIONS.has(tokens[tokenBeforeList(tokens, from - 1)]?.lower ?? '');
}

/**
 * Finds candidate place spans in one segmented article. `lowerVocab` is the set of words seen
 * in lowercase across the reports being processed (sentence-initial capitals found there are
 * ordinary words).
 */
export function findNames(doc: SegmentedArticle, index: NameIndex, lowerVocab: Set<string>): FoundNames {
  const text = doc.article.text;
  const votes = new Map<string, number>();
  const nonPlace = new Set<string>();
  const spans: NameSpan[] = [];
  const sentences: SentenceTokens[] = doc.sentences.map((s) => {
    const tokens = tokenize(text, s.start, s.end);
    // Headline case: most words with a letter are capitalised.
    let words = 0;
    let caps = 0;
    for (const t of tokens) {
      if (!t.word || !(isAsciiLetter(t.text.charCodeAt(0)) || /\p{L}/u.test(t.text))) continue;
      words++;
      if (t.cap) caps++;
    }
    const titleCase = words >= 3 && caps / words > 0.7;
    return { index: s.index, tokens, runs: findRuns(tokens, lowerVocab, titleCase) };
  });
  const pending: UnmatchedRun[] = [];
  const unmatched: UnmatchedRun[] = [];
  /** Too short for a fuzzy match alone, but may name a landmark with its noun ("Nayreb air base"). */
  const short: UnmatchedRun[] = [];
  for (const st of sentences) {
    const { tokens } = st;
    for (const t of tokens) {
      const cc = t.cap ? demonymCountry(t.lower) : undefined;
      if (cc) vote(votes, cc, 1);
    }
    const queue = [...st.runs];
    for (let run = queue.shift(); run; run = queue.shift()) {
      const words = tokens.slice(run.from, run.to + 1).filter((t) => t.word);
      let key = foldKey(text.slice(run.start, run.end));
      let hits = key ? index.exact(key) : [];
      let runEnd = run.end;
      // Names that go on in lowercase ("Kuweires military airbase", "Nairab airport"): longest first.
      const lastK = index.continues(key) ? Math.min(3, tokens.length - run.to - 1) : 0;
      for (let k = lastK; k >= 1; k--) {
        const tail = tokens.slice(run.to + 1, run.to + 1 + k);
        if (!tail.every((t) => t.word && !t.cap && !t.caseless)) continue;
        let longKey = foldKey(text.slice(run.start, tail[k - 1].end));
        // Articles fold away ("Israel as the" → "israel"): the lowercase words must add to the key.
        let longHits =
          longKey === key ? [] : index.exact(longKey).filter((h) => h.entry.kind !== 'settlement');
        if (!longHits.length && k > 1 && FEATURE_NOUNS[tail[k - 1].lower]) {
          // "Kuweires military airbase" is the "Kuweires airbase".
          longKey = foldKey(`${text.slice(run.start, run.end)} ${tail[k - 1].text}`);
          longHits = index.exact(longKey).filter((h) => h.entry.kind === 'landmark');
        }
        if (longHits.length && longKey !== key) {
          [key, hits, runEnd] = [longKey, longHits, tail[k - 1].end];
          break;
        }
      }
      // Road numbers are read with their noun ("the M5 highway") by findPatterns.
      if (hits.length && summary(hits).allRoads && /^[MN]-?\d/.test(text.slice(run.start, run.end))) continue;
      const base: NameSpan = {
        start: run.start,
        end: runEnd,
        sentence: st.index,
        key,
        hits,
        surface: text.slice(run.start, runEnd),
      };
      const first = tokens[run.from];
      const next = tokens[run.to + 1];
      const prev = tokens[run.from - 1];
      if (
        next &&
        next.word &&
        (TITLES.has(next.lower) || (SPEECH_VERBS.has(next.lower) && !objectOfPlacePhrase(tokens, run.from)))
      )
        base.metonymy = true;
      if (prev && /^(?:telling|told|urged|warned|asked)$/.test(prev.lower)) base.metonymy = true;
      if (words.length === 1 && first.acronym) {
        // "UK", "US": only countries and regions go by letters; "SANA" is an agency, not Sanaa.
        // Dotted letters ("B.C.", "N.J.") are also how states and provinces are abbreviated.
        const dotted = first.text.includes('.');
        base.hits = hits.filter(
          (h) =>
            h.entry.kind === 'country' || h.entry.kind === 'region' || (dotted && h.entry.kind === 'admin1'),
        );
        if (base.hits.length) spans.push(base);
        continue;
      }
      if (words.length === 1 && demonymCountry(first.lower)) continue;
      // A lone institution word ("Congress", "Parliament") is not a place, whatever the gazetteer says.
      if (words.length === 1 && (ORG_HEADS.has(first.lower) || GENERIC_NOUNS.has(first.lower))) continue;
      // An institution's name that some place has as an alias ("White House" for Casablanca) is the institution.
      const orgWord = words.length > 1 && words.some((t) => ORG_HEADS.has(t.lower));
      if (hits.length > 0 && !run.person && !(orgWord && !hits.some((h) => h.primary))) {
        const { country, big } = summary(hits);
        if (country !== undefined) vote(votes, country, 2);
        else if (big !== undefined) vote(votes, big, 1);
        spans.push(base);
        continue;
      }
      const isOrg = words.some((t) => ORG_HEADS.has(t.lower));
      // "Residents of Nubl": no name as a whole, so each side of "of"/"for" is read on its own.
      const link =
        isOrg || run.person
          ? -1
          : tokens.findIndex(
              (t, j) => j > run!.from && j < run!.to && (t.lower === 'of' || t.lower === 'for'),
            );
      if (link > 0) {
        const part = (from: number, to: number): Run => ({
          from,
          to,
          start: tokens[from].start,
          end: tokens[to].end,
          person: false,
        });
        queue.unshift(part(run.from, link - 1), part(link + 1, run.to));
        continue;
      }
      const lowerWords = words.map((t) => t.lower);
      // Strip a leading direction ("West Aleppo"), demonym, or trailing type word ("Idlib Governorate").
      const lead = DIRECTIONS[lowerWords[0]];
      const tailWord = lowerWords[lowerWords.length - 1];
      if (!isOrg && !run.person && words.length >= 2) {
        if (lead !== undefined) {
          const rest = foldKey(text.slice(words[1].start, run.end));
          const restHits = index.exact(rest);
          if (restHits.length) {
            spans.push({ ...base, key: rest, hits: restHits, relative: { relation: 'part', bearing: lead } });
            continue;
          }
        }
        if (QUALIFIERS[tailWord] || FEATURE_NOUNS[tailWord]) {
          let endWord = words.length - 2;
          if (words[endWord]?.lower === 'international' && endWord > 0) endWord--;
          const rest = foldKey(text.slice(run.start, words[endWord].end));
          const restHits = index.exact(rest);
          if (restHits.length) {
            const q = QUALIFIERS[tailWord];
            spans.push({
              ...base,
              key: rest,
              hits: restHits,
              ...(q ? { want: q } : { feature: FEATURE_NOUNS[tailWord] }),
            });
            continue;
          }
        }
        if (demonymCountry(lowerWords[0])) {
          const rest = foldKey(text.slice(words[1].start, run.end));
          const restHits = index.exact(rest);
          if (restHits.length) {
            spans.push({ ...base, start: words[1].start, key: rest, hits: restHits });
            continue;
          }
        }
      }
      if (isOrg || run.person || words.length >= 2) {
        // People and organisations: their words are not places anywhere in these reports.
        for (const t of words) {
          const k = foldKey(t.text);
          if (k && !index.isStrong(k) && (!isOrg || index.exact(k).length === 0)) nonPlace.add(k);
        }
        if (isOrg || run.person || words.length >= 4) continue;
      }
      (key.length >= 6 ? pending : short).push({ span: base, sentence: st, run });
    }
  }
  // Fuzzy matching only among places of the countries the report is about.
  const top = Math.max(0, ...votes.values());
  const countries = [...votes]
    .filter(([, v]) => v >= top / 3 && v > 0)
    .map(([c]) => c)
    .sort();
  for (const p of short) {
    const landmark = fuzzyLandmark(p, index, countries, text);
    if (landmark) spans.push(landmark);
    else unmatched.push(p);
  }
  for (const p of pending) {
    const hits = index.fuzzy(p.span.key, countries);
    if (hits.length) spans.push({ ...p.span, hits, fuzzy: true });
    else {
      const landmark = fuzzyLandmark(p, index, countries, text);
      if (landmark) spans.push(landmark);
      else unmatched.push(p);
    }
  }
  const patterned = findPatterns(sentences, spans, index, text);
  return { spans: patterned, nonPlace, votes, unmatched, sentences };
}
