// What one sentence says about one event, from the words around its trigger and who speaks:
// - denial: the event is negated ("have not reached") or its speaker denies it ("denied that …");
// - counterclaim: the defender's version ("repelled", "recovered its positions");
// - report: nobody is quoted, the outlet speaks in its own voice;
// - confirmation: a third party (a monitor, the UN, witnesses), or a speaker confirming what the
//   other side did ("acknowledged that rebels had entered");
// - claim: a party to the war says so, whichever side did it ("army sources said rebels entered"
//   is the army's word; the incident's status counts it as conceding the capture).
import type { IncidentType, Side, Stance } from '../../types/model.ts';
import { allied } from './actors.ts';
import type { Clause } from '../sentence/clauses.ts';
import { clauseAt } from '../sentence/clauses.ts';
import type { Speaker } from './speakers.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

const DENY_RE = /\b(?:denied|denies|deny|denying|dismissed|rejected|refuted|disputed)\b/gi;
// Negation right before the trigger: "have not reached", "did not enter", "never captured".
const NEGATED_RE =
  /\b(?:not|never|no|n't|failed to|yet to|unable to|without|nor)\s+(?:(?:yet|been|be|have|has|had|fully|actually|even|they|to|managed to)\s+){0,3}$/i;

export interface StanceInput {
  /** The sentence, its clauses and the event's trigger. */
  text: string;
  clauses: Clause[];
  trigger: { start: number; counter?: boolean };
  /** Who speaks for the event, null when the outlet does. */
  speaker: Pick<Speaker, 'at' | 'verb'> | null;
  /** The speaker's side (null for third parties) and whether it is a third party. */
  speakerSide: Side | null;
  thirdParty: boolean;
  /** Offsets of other speakers' reporting verbs ("…, a claim the rebels rejected"): their words, not this one's. */
  otherSpeech?: number[];
  /** The side that acted, and what it did. */
  agent: Side;
  type: IncidentType;
}

/**
 * The stance a sentence takes on the event whose trigger starts at `trigger.start`.
 *
 * @example
 * stanceOf({ text: 'State media denied that rebels had entered the city.', trigger: { start: 31 }, … }); // 'denial'
 */
export function stanceOf(s: StanceInput): Stance {
  const { text, clauses, trigger, speaker } = s;
  const clause = clauses[clauseAt(clauses, trigger.start)];
  const before = text.slice(Math.max(clause.start, trigger.start - 40), trigger.start);
  if (NEGATED_RE.test(before)) return 'denial';
  if (speaker?.verb === 'deny' && speaker.at < trigger.start) return 'denial';
  // "Reports that X entered were denied": a denial after the event in its own clause.
  DENY_RE.lastIndex = 0;
  for (const m of matchList(DENY_RE, text.slice(clause.start, clause.end))) {
    const at = clause.start + (m.index ?? 0);
    if (at !== trigger.start && !s.otherSpeech?.includes(at)) return 'denial';
  }
  if (trigger.counter) return 'counterclaim';
  if (!speaker) return 'report';
  if (speaker.verb === 'confirm')
    return s.speakerSide && allied(s.speakerSide, s.agent) ? 'claim' : 'confirmation';
  return s.thirdParty ? 'confirmation' : 'claim';
}
