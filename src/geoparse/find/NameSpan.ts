// The data the name finder hands to the later passes: spans of text that name or describe a
// place with their candidate entries, and the report's country votes, unmatched runs and tokens.
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameHit } from '../index/NameIndex.ts';
import type { Run, Token } from '../text/tokenize.ts';
import type { Want } from '../../words/placeNouns.ts';

export type { Want } from '../../words/placeNouns.ts';

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
  /** A people's adjective ("Syrian", "European"): hits are the country or region it names. */
  demonym?: boolean;
  /** A capital standing for its government ("Washington said"). */
  metonymy?: boolean;
  /** Used as a side or a speaker here ("X said", "X commander", "X fighters"). */
  actor?: boolean;
  /** Found by one-edit matching. */
  fuzzy?: boolean;
  /** Found by loose matching of an unmatched run (`resolveLoose.ts`): weaker than fuzzy. */
  loose?: boolean;
  /** A division's full name read as its bare name and a qualifier ("Poonch District": `splitDivisionName`). */
  split?: boolean;
  /** The words as written (names only; descriptions leave it out). */
  surface?: string;
  /** Followed by "road"/"street": the name of a road, so a far-away namesake is no reading. */
  beforeRoadNoun?: boolean;
  /** "the Atlantic", "the Gulf": a bare name after "the" is a region or water, seldom a town. */
  afterThe?: boolean;
  /** "the lower X", "the X river", "the X's left bank", "across the X": a river, never a town. */
  water?: boolean;
  /** "the X valley", "the X hills" (LANDFORM_NOUNS): ground named after a town or a district, neither of them. */
  landform?: boolean;
  /** The state or country written after it ("Brooklyn, New York", "Edmonton, Ky."). */
  within?: GazetteerEntry[];
}

export interface FoundNames {
  spans: NameSpan[];
  /** Folded single words used as people's or organisations' names in this report. */
  nonPlace: Set<string>;
  /** Country votes (ISO2 → weight) from country names, demonyms and large places. */
  votes: Map<string, number>;
  /** Per country (ISO2), the names only its places have, written as the gazetteer writes them. */
  sole?: Map<string, Set<string>>;
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
  /** Most words are capitalised (a headline): a capital says little there. */
  titleCase?: boolean;
}
