// One sentence as the steps after its speakers read it (readSentence builds it once): its words,
// what it names, who speaks, and the events the report told before it.
import type { IncidentCandidate } from '../extractIncidents.ts';
import type { KnownSpeaker, Referent, ReportContext } from '../reportContext.ts';
import type { ActorMention } from '../voices/actors.ts';
import type { VoicedSpeaker } from '../voices/sentenceSpeakers.ts';
import type { Clause } from './clauses.ts';
import type { DateMention } from './dates.ts';
import type { LocatedMention } from './location.ts';

export interface SentenceWords {
  text: string;
  /** Where the sentence starts in the article. */
  offset: number;
  ctx: ReportContext;
  clauses: Clause[];
  /** Per clause, whether it tells history ("In 2016, …"). */
  background: boolean[];
  /** Its days, in text order (with "the same day", "the day before"). */
  dates: DateMention[];
  /** Where each "that" or reporting verb stands. */
  said: number[];
  /** Its actors, not counting words of a place's own name. */
  actors: ActorMention[];
  speakers: VoicedSpeaker[];
  /** The speaker of the sentence before, when this one goes on with its quotation. */
  carriedSpeaker: KnownSpeaker | null;
  /** Its places as the scene (not a speaker's seat), with "the town" and those carried over. */
  mentions: LocatedMention[];
  /** The events of the last sentences (or, for a denial, the last it can answer). */
  recent: Referent[];
  /** The events told before those. */
  earlier: Referent[];
}

/**
 * A candidate of the sentence and where its trigger stands. `referred`: placed by the event told
 * before, not by this sentence's own words.
 */
export interface EventRow {
  c: IncidentCandidate;
  at: number;
  referred?: boolean;
}
