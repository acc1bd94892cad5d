// What the reading of one report carries from sentence to sentence: the events just told, the
// speakers met so far, the settlement and day named last (extractIncidents builds it, readSentence
// reads and updates it).
import type { Actor, PlaceFeature, Side } from '../types/model.ts';
import type { IncidentCandidate } from './extractIncidents.ts';
import type { ActorContext } from './voices/actors.ts';

/** An event told in a recent sentence, with its place: what a follow-up sentence refers to. */
export interface Referent {
  cand: IncidentCandidate;
  place: PlaceFeature;
  /** Its sentence tells of civilians or civilian buildings hit ("a school sheltering families"). */
  civilian?: boolean;
}

/** A speaker as the report knows it: name, side and whether it stands outside the war. */
export interface KnownSpeaker {
  name: string;
  known: boolean;
  side: Side | null;
  thirdParty: boolean;
  /** A party named with outsiders ("police and residents"): its claim, never a concession. */
  withOutsiders?: boolean;
}

/** What the reading of a report carries from sentence to sentence. */
export interface ReportContext {
  id: string;
  outlet: string | null;
  dateline: string | null;
  /** The settlement the report is mostly about ("the city"). */
  main: PlaceFeature | null;
  /** The capital the report names most ("the capital"), if it names one. */
  capital?: PlaceFeature | null;
  /** The settlement named last before the current sentence ("the town"). */
  lastSettlement: PlaceFeature | null;
  /** The settlement the report last called a village, a town … ("X, a village near Y"). */
  called: Map<string, PlaceFeature>;
  /** The day named last before the current sentence ("the same day", "the day before"). */
  lastDay?: string | null;
  /** Who acted in the last sentence that told an event ("they" in the next one). */
  lastAgent?: Actor | null;
  /** Speakers met so far in the report, oldest first (for "he added", "the same source"). */
  sources: KnownSpeaker[];
  /** The main speaker of the sentence just before (whose body "a spokesman" speaks for). */
  previousSpeaker?: KnownSpeaker | null;
  /**
   * The body that opened the sentence just before when that sentence had no speaker ("The army
   * offered another version."): who "it" or "they" saying something in the next one is.
   */
  previousSubject?: KnownSpeaker | null;
  /** Whose war it is and the armed group named last ("the army", "the rebels"). */
  actors: ActorContext;
  /** Capitals the report names, by the words that name them, with their state's ISO alpha-2 code. */
  capitals?: ReadonlyMap<string, string>;
}
