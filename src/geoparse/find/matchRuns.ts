// Capitalised runs → names the gazetteer knows exactly: each run is looked up whole, with the
// lowercase words that may continue it ("Nairab airport"), split at "of" ("Residents of Nubl"),
// or stripped of a direction, a demonym or a type word ("West Aleppo", "Idlib Governorate").
// Acronyms, demonyms, institutions and people are read as such; runs that match nothing wait
// for the fuzzy pass. Country votes (country names, demonyms, large places) are counted here,
// and the names only one country has, written as the gazetteer writes them.
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameHit, NameIndex } from '../index/NameIndex.ts';
import { genericDivision } from '../util/genericDivision.ts';
import { namedAs } from '../util/namedAs.ts';
import { foldKeyCached as foldKey } from '../index/fold.ts';
import { tokenBeforeList, type Run, type Token } from '../text/tokenize.ts';
import type { NameSpan, SentenceTokens, UnmatchedRun } from './NameSpan.ts';
import { demonymCountry, demonymRegion } from '../../words/demonyms.ts';
import { DIRECTIONS } from '../../words/directions.ts';
import {
  FACILITY_NOUNS,
  FEATURE_NOUNS,
  GENERIC_NOUNS,
  QUALIFIERS,
  SETTLEMENT_NOUNS,
} from '../../words/placeNouns.ts';
import { ACTOR_NOUNS, MEDIA_NOUNS, ORG_HEADS, OUTLET_TAILS } from '../../words/organisations.ts';
import { ADDRESS_VERBS, SPEECH_VERBS } from '../../words/speechVerbs.ts';
import { TITLES } from '../../words/titles.ts';
import { PEOPLE_AT, PLACE_PREPOSITIONS } from '../../words/prepositions.ts';
import { ARABIC_ARTICLE, NAME_CONNECTORS, SOMALI_EL } from '../../words/articles.ts';
import { orgNameParts } from './orgTitles.ts';

/** Compass words of Romance names ("del Sur", "do Norte", "Occidental"). */
const COMPASS_TAILS = new Set(
  'sur sul norte nord sud este leste oeste ouest est centro centre central occidental oriental meridional septentrional'.split(
    ' ',
  ),
);

/** Shortest folded name (with its space) looked up again as one word. */
const MIN_JOINED = 8;

/** What the exact pass found in one report. */
export interface ExactNames {
  /** Spans whose name the index knows exactly. */
  spans: NameSpan[];
  /** Country votes (ISO2 → weight) from country names, demonyms and large places. */
  votes: Map<string, number>;
  /** Per country (ISO2), the names of places only that country has (folded keys; see `NameSpan.ts`). */
  sole: Map<string, Set<string>>;
  /** Folded single words used in people's or organisations' names in this report. */
  nonPlace: Set<string>;
  /** Runs that matched nothing, long enough for a one-edit match. */
  pending: UnmatchedRun[];
  /** Runs too short for a fuzzy match alone, but that may name a landmark with its noun ("Nayreb air base"). */
  short: UnmatchedRun[];
}

/** What the hits of one name say for every report that names it. */
interface HitsSummary {
  /** Every hit is a road. */
  allRoads: boolean;
  /** ISO2 of the country the name is the own name of, if it is one. */
  country?: string;
  /** Places of 100,000 or more it is the own name or an alias of, largest first. */
  big: GazetteerEntry[];
  /** Otherwise, ISO2 of the one country every place of that exact name lies in. */
  sole?: string;
}

// Keyed by the shared hit lists of NameIndex.exact: a name common around the world has dozens
// of hits, and reading each entry costs a cache miss.
const summaries = new WeakMap<NameHit[], HitsSummary>();

function summary(hits: NameHit[]): HitsSummary {
  let s = summaries.get(hits);
  if (!s) {
    const country = hits.find((h) => h.entry.kind === 'country' && h.primary);
    // Pushed onto a literal, not made by filter().map(): every list then has the same elements
    // kind whether or not this function runs optimised, so `bigNamedAs` sees one array map.
    const big: GazetteerEntry[] = [];
    for (const h of hits) if (h.distance === 0 && h.entry.population >= 100_000) big.push(h.entry);
    big.sort((a, b) => b.population - a.population);
    let sole: string | undefined;
    for (const h of hits) {
      if (h.distance > 0 || h.entry.kind === 'road') continue;
      if (!h.entry.country || (sole !== undefined && sole !== h.entry.country)) {
        sole = '';
        break;
      }
      sole = h.entry.country;
    }
    s = {
      allRoads: hits.every((h) => h.entry.kind === 'road'),
      country: country?.entry.country,
      big,
      ...(sole && !country ? { sole } : {}),
    };
    summaries.set(hits, s);
  }
  return s;
}

/**
 * Whether a division's name says which country a report is about: not when it only folds to the
 * name ("al-Qaeda" and Kedah), names a country too ("Zaire"), or is a compass word with a type
 * ("Southern District", which courts are called too).
 */
function divisionVotes(e: GazetteerEntry, hits: NameHit[], surface: string | undefined): boolean {
  return namedAs(e, surface) && !genericDivision(e) && !hits.some((h) => h.entry.kind === 'country');
}

// The hits of each demonym, per index (one shared list per word, as NameIndex.exact shares its own).
const demonymCache = new WeakMap<NameIndex, Map<string, NameHit[] | null>>();

/**
 * The place a people's adjective names, as one hit: its country ("Syrian" → Syria) or its world
 * region ("European" → Europe); undefined when the words are no demonym or the gazetteer lacks
 * the place.
 */
function demonymHits(words: string, index: NameIndex): NameHit[] | undefined {
  let byWord = demonymCache.get(index);
  if (!byWord) demonymCache.set(index, (byWord = new Map()));
  let hits = byWord.get(words);
  if (hits === undefined) {
    const cc = demonymCountry(words);
    const region = cc ? undefined : demonymRegion(words);
    const entry = cc
      ? index.countryEntry(cc)
      : region
        ? index.exact(foldKey(region)).find((h) => h.entry.kind === 'region')?.entry
        : undefined;
    hits = entry ? [{ entry, primary: true, distance: 0 }] : null;
    byWord.set(words, hits);
  }
  return hits ?? undefined;
}

/**
 * The largest place of 100,000 or more whose name or alias is written as the report writes it:
 * "Saida" is Sidon (an alias) before Saïda in Algeria; "Baiji" only folds like Bijie in China,
 * so it says nothing of China.
 */
function bigNamedAs(big: GazetteerEntry[], surface: string | undefined): GazetteerEntry | undefined {
  return big.find((e) => namedAs(e, surface));
}

function vote(votes: Map<string, number>, cc: string, w: number): void {
  if (cc) votes.set(cc, (votes.get(cc) ?? 0) + w);
}

/** Adjectives of place between a preposition and a name ("residents of nearby X"). */
const NEAR_ADJECTIVES = new Set(['nearby', 'neighbouring', 'neighboring', 'neighbour', 'adjacent']);

/** A hyphen, a lowercase particle and a hyphen, or an elided article, inside a run ("-des-", "-d'"; tokenize.ts). */
const PARTICLE_GLUE = /-(?:\p{Ll}{1,5}-|[dl]['’]\p{Lu})/u;

/** Tokens in the longest run read as one name; longer runs are only ever read in parts. */
const LONGEST_NAME = 12;

/** First "of"/"for" at a token in [from, to), or -1 ("Residents of Nubl": each side read alone). */
function linkWithin(tokens: Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (tokens[j].lower === 'of' || tokens[j].lower === 'for') return j;
  return -1;
}

/**
 * Whether the name at token `from` ends a phrase such as "residents of Nubl and Zahra": then the
 * speaker of the verb after it is the noun before the preposition, not the town.
 */
function objectOfPlacePhrase(tokens: Token[], from: number): boolean {
  // "residents of nearby X said": an adjective of place may stand between.
  if (NEAR_ADJECTIVES.has(tokens[from - 1]?.lower ?? '')) from--;
  const before = tokens[from - 1]?.lower ?? '';
  if (PLACE_PREPOSITIONS.has(before)) return true;
  // "Traders at X said": the people are at X, and they speak.
  if (before === 'at' && PEOPLE_AT.has(tokens[from - 2]?.lower ?? '')) return true;
  if (before !== 'and' && before !== 'or') return false;
  return PLACE_PREPOSITIONS.has(tokens[tokenBeforeList(tokens, from - 1)]?.lower ?? '');
}

/** Words before a name that make a part of the place ("Lower Kurram", "Upper Dir", "Greater Idlib"). */
const PART_WORDS = new Set(['lower', 'upper', 'greater', 'central', 'middle', 'inner', 'outer']);
/** Nouns of a single mountain or hill that open its name ("Jabal X", "Mount X"). */
const MOUNTAIN_HEADS = new Set(['mount', 'jabal', 'jebel', 'djebel']);

/** Participles that make a people's adjective a sponsor's or a maker's ("Turkish-backed", "Russian-made"). */
const SPONSOR_PARTICIPLE = /^(?:\w+ed|led|made|built|run|held|born|fed|funded|allied|aligned|sponsored)$/;

/**
 * Whether the demonym at token i is half of a compound that names who backs, leads, makes or
 * holds something ("Turkish-backed fighters", "Russian-held villages", "pro-Iranian militias"):
 * the people named are not where the report is.
 */
export function sponsorCompound(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const dash = tokens[i + 1];
  const part = tokens[i + 2];
  if (dash?.text === '-' && dash.start === t.end && part?.word && !part.cap && part.start === dash.end)
    return SPONSOR_PARTICIPLE.test(part.lower);
  const before = tokens[i - 1];
  const prefix = tokens[i - 2];
  return (
    before?.text === '-' &&
    before.end === t.start &&
    !!prefix &&
    prefix.end === before.start &&
    /^(?:pro|anti)$/.test(prefix.lower)
  );
}

/**
 * Looks every capitalised run of a report up by its exact name (see the file comment).
 *
 * @example matchRuns(readSentences(doc, vocab), doc.article.text, index).spans.map((s) => s.key) // ['aleppo']
 */
export function matchRuns(sentences: SentenceTokens[], text: string, index: NameIndex): ExactNames {
  const votes = new Map<string, number>();
  const aliasVoted = new Set<string>();
  const soleNames: { key: string; cc: string }[] = [];
  const nonPlace = new Set<string>();
  const spans: NameSpan[] = [];
  const pending: UnmatchedRun[] = [];
  const short: UnmatchedRun[] = [];
  for (const st of sentences) {
    const { tokens } = st;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const cc = t.cap ? demonymCountry(t.lower) : undefined;
      // "The Turkish hospital" names a facility, not a country the report is about; nor does
      // "Turkish-backed", "Russian-made", "Iranian-led" or "pro-Iranian": a sponsor or a maker.
      if (cc && !FACILITY_NOUNS.has(tokens[i + 1]?.lower ?? '') && !sponsorCompound(tokens, i))
        vote(votes, cc, 1);
    }
    const queue = [...st.runs];
    // "the Union for Peace in Central Africa (UPC)": the runs after the first are the name's too.
    const inOrgName = orgNameParts(tokens, st.runs);
    for (let run = queue.shift(); run; run = queue.shift()) {
      if (inOrgName.size && inOrgName.has(run.from)) continue;
      // "Malam-Fatori", "Baalbek-Hermel": two capitalised words joined by a hyphen are one name
      // when the gazetteer knows them together ("Damascus-Aleppo" stays two), with the hyphen
      // or without.
      const after = queue[0];
      if (after && !run.person && !after.person && text[run.end] === '-' && after.start === run.end + 1) {
        // "Pétion-Ville" is Pétionville: the gazetteer may write the two words as one.
        const joined = foldKey(text.slice(run.start, after.end));
        const solid = joined.replace(/ /g, '');
        // "the South-West region": known only with the lowercase noun after it.
        const noun = tokens[after.to + 1];
        // "Petite-Rivière-de-l'Artibonite": the rest is glued by a particle, so all is one name.
        const glued = PARTICLE_GLUE.test(text.slice(after.start, after.end));
        if (
          joined &&
          (glued ||
            index.exact(joined).length ||
            (solid.length >= MIN_JOINED &&
              index.exact(solid).some((h) => h.entry.kind === 'settlement' && h.distance === 0)) ||
            (noun?.word &&
              !noun.cap &&
              index.continues(joined) &&
              index
                .exact(foldKey(text.slice(run.start, noun.end)))
                .some((h) => h.entry.kind !== 'settlement')))
        ) {
          run = Object.assign({}, run, { to: after.to, end: after.end });
          queue.shift();
        }
      }
      // The run's words (not its punctuation), pushed onto a literal (see `summary`).
      const words: Token[] = [];
      for (let j = run.from; j <= run.to && j < tokens.length; j++) if (tokens[j].word) words.push(tokens[j]);
      let key = foldKey(text.slice(run.start, run.end));
      let hits = key ? index.exact(key) : [];
      // "Beled Weyne" is Beledweyne: a name written in two words that the gazetteer writes as one.
      if (!hits.length && words.length === 2 && key.includes(' ') && key.length >= MIN_JOINED)
        hits = index.exact(key.replace(/ /g, '')).filter((h) => h.entry.kind === 'settlement');
      // "Mocimboa da Praia", where the gazetteer writes the town "Mocímboa": a name joined by a
      // particle is read by its head when it is unknown whole, never by its tail ("Praia").
      if (!hits.length && words.length >= 3) {
        const c = words.findIndex((t, j) => j > 0 && !t.cap && NAME_CONNECTORS.has(t.lower));
        // "Lanao del Sur", "Rio Grande do Norte": a compass tail names a part of a larger area,
        // not the town its head names.
        const compass = c > 0 && words.slice(c + 1).some((t) => COMPASS_TAILS.has(t.lower));
        const headKey = c > 0 && !compass ? foldKey(text.slice(run.start, words[c - 1].end)) : '';
        if (headKey.length >= 4)
          hits = index.exact(headKey).filter((h) => h.entry.kind === 'settlement' && h.distance === 0);
        if (hits.length) key = headKey;
      }
      let runEnd = run.end;
      // Names that go on in lowercase ("Kuweires military airbase", "Nairab airport"): longest first.
      // (Only as many words as follow in lowercase, up to three, are tried.)
      let lastK = index.continues(key) ? Math.min(3, tokens.length - run.to - 1) : 0;
      for (let k = 1; k <= lastK; k++) {
        const t = tokens[run.to + k];
        if (!t.word || t.cap || t.caseless) lastK = k - 1;
      }
      for (let k = lastK; k >= 1; k--) {
        const last = tokens[run.to + k];
        let longKey = foldKey(text.slice(run.start, last.end));
        // Articles fold away ("Israel as the" → "israel"): the lowercase words must add to the key.
        const longExact = longKey === key ? [] : index.exact(longKey);
        let longHits = longExact.length ? longExact.filter((h) => h.entry.kind !== 'settlement') : [];
        if (!longHits.length && k > 1 && FEATURE_NOUNS[last.lower]) {
          // "Kuweires military airbase" is the "Kuweires airbase".
          longKey = foldKey(`${text.slice(run.start, run.end)} ${last.text}`);
          longHits = index.exact(longKey).filter((h) => h.entry.kind === 'landmark');
        }
        if (longHits.length && longKey !== key) {
          [key, hits, runEnd] = [longKey, longHits, last.end];
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
      if (prev && ADDRESS_VERBS.has(prev.lower)) base.metonymy = true;
      // "Hamas fighters", "Wagner mercenaries": the name of a side, here at least.
      if (base.metonymy || (next?.word && !next.cap && ACTOR_NOUNS.has(next.lower))) base.actor = true;
      if (words.length === 1 && first.acronym) {
        // "UK", "US": only countries and regions go by letters; "SANA" is an agency, not Sanaa.
        // Dotted letters ("B.C.", "N.J.") are also how states and provinces are abbreviated.
        const dotted = first.text.includes('.');
        // Letters name a place only as its own written letters ("EU", not "IO" folded like it),
        // and never as part of a hyphened name ("SPLM-IO", "IO-7"): that is an organisation's.
        if (hyphenedTo(text, run.start, run.end)) continue;
        base.hits = hits.filter(
          (h) =>
            (h.entry.kind === 'country' ||
              h.entry.kind === 'region' ||
              (dotted && h.entry.kind === 'admin1')) &&
            namedAs(h.entry, first.text),
        );
        if (base.hits.length) spans.push(base);
        continue;
      }
      // "Syrian", "South Korean", "European": the place a people's adjective names (role 'demonym').
      if (words.length <= 2) {
        const people = demonymHits(
          words.length === 1 ? first.lower : `${first.lower} ${words[1].lower}`,
          index,
        );
        // "the Saudi hospital", "the Indonesian Hospital": a facility's name, not its country.
        if (people && !(next?.word && FACILITY_NOUNS.has(next.lower))) {
          spans.push(
            Object.assign({}, base, { key: foldKey(people[0].entry.name), hits: people, demonym: true }),
          );
          continue;
        }
        if (words.length === 1 && demonymCountry(first.lower)) continue;
      }
      // An outlet named after a place ("Levant Live", "the broadcaster Al Mayadeen") is the outlet.
      if (
        (next?.cap && !st.titleCase && OUTLET_TAILS.has(next.lower)) ||
        (prev && !prev.cap && MEDIA_NOUNS.has(prev.lower))
      )
        // Its words stay places elsewhere: "Al Mayadeen reported" beside "al-Mayadin town".
        continue;
      // A lone institution word ("Congress", "Parliament") is not a place, whatever the gazetteer says.
      if (words.length === 1 && (ORG_HEADS.has(first.lower) || GENERIC_NOUNS.has(first.lower))) continue;
      // An institution's name that some place has as an alias ("White House" for Casablanca) is the institution.
      const orgWord = words.length > 1 && words.some((t) => ORG_HEADS.has(t.lower));
      if (hits.length > 0 && !run.person && !(orgWord && !hits.some((h) => h.primary))) {
        const { country, big, sole } = summary(hits);
        const bigEntry = country === undefined ? bigNamedAs(big, base.surface) : undefined;
        if (country !== undefined) vote(votes, country, 2);
        else if (bigEntry && (bigEntry.kind !== 'admin1' || divisionVotes(bigEntry, hits, base.surface)))
          if (hits.some((h) => h.entry === bigEntry && h.primary)) vote(votes, bigEntry.country, 1);
          // A large place by one of its other names votes half, once: GeoNames lists "Gold" for
          // Gold Coast and "Mambasa" for Mombasa, so the words of a report on Congo's Ituri would
          // bring in Australia and Kenya.
          else if (!aliasVoted.has(key)) {
            aliasVoted.add(key);
            vote(votes, bigEntry.country, 0.5);
          }
        // A name only one country's places have, as written there ("Kurakhove", "Tikrit").
        if (
          sole &&
          !base.metonymy &&
          !base.actor &&
          hits.some((h) => h.distance === 0 && namedAs(h.entry, base.surface)) &&
          hits.every((h) => h.entry.kind !== 'admin1' || divisionVotes(h.entry, hits, base.surface))
        )
          soleNames.push({ key, cc: sole });
        spans.push(base);
        continue;
      }
      const isOrg = words.some((t) => ORG_HEADS.has(t.lower));
      // "Residents of Nubl": no name as a whole, so each side of "of"/"for" is read on its own.
      const link = isOrg || run.person ? -1 : linkWithin(tokens, run.from + 1, run.to);
      if (link > 0) {
        const part = (from: number, to: number): Run => ({
          from,
          to,
          start: tokens[from].start,
          end: tokens[to].end,
          person: false,
        });
        // A run longer than any name ("A of B of C of …") is cut at every link at once, so each
        // word is read once rather than once per link before it.
        const parts = [part(run.from, link - 1)];
        let from = link + 1;
        if (run.to - run.from > LONGEST_NAME)
          for (
            let j = linkWithin(tokens, from + 1, run.to);
            j > 0;
            j = linkWithin(tokens, from + 1, run.to)
          ) {
            parts.push(part(from, j - 1));
            from = j + 1;
          }
        queue.unshift(...parts, part(from, run.to));
        continue;
      }
      // Strip a leading direction ("West Aleppo"), demonym, or trailing type word ("Idlib Governorate").
      const lead = DIRECTIONS[words[0].lower];
      const tailWord = words[words.length - 1].lower;
      if (!isOrg && !run.person && words.length >= 2) {
        // "the South Pars gas field", "the North Dome field": a landmark's noun after the name
        // makes the compass word the landmark's own.
        if (lead !== undefined && !landmarkNounAfter(tokens, run.to)) {
          const rest = foldKey(text.slice(words[1].start, run.end));
          const restHits = index.exact(rest);
          if (restHits.length) {
            spans.push(
              Object.assign({}, base, {
                key: rest,
                hits: restHits,
                relative: { relation: 'part', bearing: lead },
              }),
            );
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
            spans.push(
              Object.assign(
                {},
                base,
                { key: rest, hits: restHits },
                q ? { want: q } : { feature: FEATURE_NOUNS[tailWord] },
              ),
            );
            continue;
          }
        }
        // "Syrian Kurds", "Turkish Cypriot": the adjective names its country; the rest is read on its own.
        const people = demonymHits(words[0].lower, index);
        if (people) {
          const head = words[0];
          spans.push(
            Object.assign({}, base, {
              end: head.end,
              surface: head.text,
              key: foldKey(people[0].entry.name),
              hits: people,
              demonym: true,
            }),
          );
          let j = run.from + 1;
          while (tokens[j] !== words[1]) j++;
          queue.unshift({ from: j, to: run.to, start: tokens[j].start, end: run.end, person: false });
          continue;
        }
      }
      // "El Khiam", "al-Qaryatayn", "Ceel Buur": an article and one word is a place's name, not a person's.
      const articled =
        words.length === 2 &&
        (ARABIC_ARTICLE.test(words[0].lower) || words[0].lower === SOMALI_EL) &&
        !isOrg &&
        !run.person;
      // "Lower Kurram", "Upper Nile", "Greater Idlib": a part of a place, whose words are places.
      // "Jabal Zain al-Abidin", "Mount Hermon": a mountain's noun heads a place's name, however long.
      const partOfPlace =
        !isOrg &&
        !run.person &&
        (PART_WORDS.has(words[0].lower) ||
          DIRECTIONS[words[0].lower] !== undefined ||
          (words[0].cap && MOUNTAIN_HEADS.has(words[0].lower)));
      if ((isOrg || run.person || words.length >= 2) && !articled && !partOfPlace) {
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
  return { spans, votes, sole: soleCountries(soleNames, spans, nonPlace), nonPlace, pending, short };
}

/**
 * The distinct names only one country has, by country; not names the report uses as a side or
 * a person's ("Wagner fighters", "Mr Hermel") anywhere.
 */
function soleCountries(
  names: { key: string; cc: string }[],
  spans: NameSpan[],
  nonPlace: Set<string>,
): Map<string, Set<string>> {
  const actors = new Set(spans.filter((s) => s.actor).map((s) => s.key));
  const out = new Map<string, Set<string>>();
  for (const { key, cc } of names) {
    if (actors.has(key) || nonPlace.has(key)) continue;
    const keys = out.get(cc) ?? new Set<string>();
    keys.add(key);
    out.set(cc, keys);
  }
  return out;
}

/** Whether one of the two lowercase words after token `to` is a landmark's noun ("X gas field", "X dam"). */
function landmarkNounAfter(tokens: Token[], to: number): boolean {
  for (let i = to + 1; i <= to + 2 && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || t.cap) return false;
    if (SETTLEMENT_NOUNS[t.lower] === 'landmark') return true;
  }
  return false;
}

/**
 * Whether a hyphen joins text[start, end) to letters in capitals or digits ("SPLM-IO", "IO-7"):
 * one organisation's or thing's name ("US-backed" and "US-Israeli" keep their country).
 */
function hyphenedTo(text: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}\p{N}])([\p{Lu}\p{N}]+)-$/u.exec(text.slice(Math.max(0, start - 12), start));
  const after = /^-([\p{Lu}\p{N}]+)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 12));
  const code = (m: RegExpExecArray | null) => !!m && (m[1].length >= 2 || /\d/.test(m[1]));
  return code(before) || code(after);
}
