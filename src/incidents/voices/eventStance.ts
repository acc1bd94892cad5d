// The stance of an event's row: the speaker's claim, denial, confirmation or report, and its
// counter-claim where a party tells its own version of an event told before.
import type { IncidentType, Stance } from '../../types/model.ts';
import { TOLD_DONE } from './eventAgent.ts';
import type { EventAgent, EventVoice } from './eventAgent.ts';
import type { EventPlace } from '../sentence/eventPlace.ts';
import { STRIKES, victimsTold } from '../sentence/referents.ts';
import type { SentenceWords } from '../sentence/sentenceWords.ts';
import { compatibleTypes } from '../sentence/taxonomy.ts';
import type { Trigger } from '../sentence/taxonomy.ts';
import { allied } from './actors.ts';
import { deniedAccount, JUSTIFIES } from './replies.ts';
import { stanceOf } from './stance.ts';

// A noun's determiner: "the rapid advance", "its attack" name the event, they tell no deed.
const DETERMINER_BEFORE = /\b(?:the|its|their|his|her|a|an|this|that)\s+(?:\w+\s+)?$/i;

/**
 * The stance of the event `t` (in clause `ci`, of type `type`) as `voice` tells it: `read` from its
 * words alone; `account` when a party tells more of the event just told, `justified` when the
 * attacker names a military target of a strike told as hitting civilians.
 */
export function eventStance(
  s: SentenceWords,
  t: Trigger,
  ci: number,
  type: IncidentType,
  { sp, who }: EventVoice,
  { where, ref }: EventPlace,
  { agent }: Pick<EventAgent, 'agent'>,
): { read: Stance; stance: Stance; account: boolean; justified: boolean } {
  const { text, clauses, speakers, earlier } = s;
  // "X denied the account, saying its units had only returned fire after …": what follows the
  // denied account is the speaker's own version, told, not denied.
  // (A participle goes on with its speaker's verb: "denied the account, saying …" is one voice.)
  const answered =
    sp?.verb === 'deny'
      ? Math.max(
          -1,
          ...speakers
            .filter((x) => x.verb === 'deny' && x.who.name === sp.who.name && x.at <= sp.at)
            .map((x) => deniedAccount(text, x.at)),
        )
      : -1;
  const read = stanceOf({
    text,
    clauses,
    trigger: t,
    speaker:
      sp && answered >= 0 && t.start > answered
        ? { at: sp.at, verb: 'say' }
        : (sp ?? (who ? { at: -1, verb: 'say' } : null)),
    speakerSide: who?.side ?? null,
    thirdParty: who?.thirdParty ?? false,
    otherSpeech: speakers.filter((x) => x !== sp && x.who.name !== who?.name).map((x) => x.at),
    agent,
    type,
  });
  // A party telling more of the event just told, in words of its kind, gives its own account
  // ("The rebels said their fighters had destroyed two tanks") or, of the other side's deed,
  // its version ("The army said the shells had hit an empty market").
  const account =
    !!ref &&
    read === 'claim' &&
    !!sp &&
    !!who?.side &&
    // (Not a generic word, "the rapid advance was due to …" comments on it; unless the party tells
    // its own men doing it: "its fighters had attacked militia positions".)
    (!t.weak ||
      (agent !== 'unknown' &&
        allied(who.side, agent) &&
        TOLD_DONE.test(text.slice(t.start, t.end)) &&
        !DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)))) &&
    !who.thirdParty &&
    // (Of an exchange of fire nobody is said to have started, either party's words are its account.)
    (ref.cand.agent !== 'unknown' || ref.cand.type === 'armed-clash') &&
    compatibleTypes(t.type, ref.cand.type);
  // The acting side naming a military target ("its jets struck "terrorist infrastructure"") of
  // a strike the report told, in another voice, as hitting civilians: its version of it.
  const justified =
    read === 'claim' &&
    STRIKES.has(type) &&
    !!who?.side &&
    !who.thirdParty &&
    (agent === 'unknown' || allied(who.side, agent)) &&
    JUSTIFIES.test(text.slice(t.start, clauses[ci].end)) &&
    !!victimsTold(ref, where.place.properties.id, earlier, who);
  const stance: Stance = (account && !allied(who.side!, ref.cand.agent)) || justified ? 'counterclaim' : read;
  return { read, stance, account, justified };
}
