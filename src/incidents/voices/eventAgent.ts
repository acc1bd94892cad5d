// Who speaks an event's words and who did it: the speaker whose words hold the trigger, and the
// agent its words, the speaker ("its forces entered"), the sentence before ("they had taken") or
// the event it answers ("repelled the attack") name.
import type { Side } from '../../types/model.ts';
import type { IncidentCandidate } from '../extractIncidents.ts';
import type { KnownSpeaker } from '../reportContext.ts';
import type { EventPlace } from '../sentence/eventPlace.ts';
import { counteredAt, counters } from '../sentence/referents.ts';
import type { SentenceWords } from '../sentence/sentenceWords.ts';
import { compatibleTypes } from '../sentence/taxonomy.ts';
import type { Trigger } from '../sentence/taxonomy.ts';
import type { ActorMention } from './actors.ts';
import { agentOf, counterAgent, NO_SPAN, PASSIVE_BEFORE } from './agents.ts';
import type { VoicedSpeaker } from './sentenceSpeakers.ts';
import { speakerAt } from './speakers.ts';
import { sideLabel } from './states.ts';

// The speaker's own forces, or the speaker as subject, doing the deed.
export const SELF_SUBJECT =
  /\b(?:(?:its|their|our|his|her)\s+(?:own\s+)?(?:forces|troops|fighters|units|men|soldiers|army|navy|aircraft|jets|drones|warplanes|air force|air defen[cs]es?|anti-aircraft (?:units|guns|batteries)|artillery|gunners|militants|members)|(?:said|says|claimed|claims|announced|confirmed|stated)\s+(?:(?:on|in)\s+(?:an?\s+|the\s+|its\s+|their\s+)?\w+(?:\s+(?:on|in)\s+\w+)?\s+)?(?:that\s+)?(?:it|they|we))\b[^,;]{0,60}$/i;

// A pronoun standing as the subject right before the event's words ("they had taken", "it then seized").
const PRONOUN_SUBJECT =
  /(?:^|[^\w'])(?:they|it)\s+(?:(?:had|have|has|then|also|later|quickly|\w+ly)\s+){0,2}$/i;

// A clause that starts on its verb ("before pulling out", ", retaking the city", "and then withdrew").
const NO_SUBJECT =
  /^\W*(?:(?:and|then|before|after|while|since|when|later|also)\s+)*(?:[a-z]+ing|[a-z]+ed)\b/i;

// A verb in the past: "seized", "overran", "struck".
export const TOLD_DONE =
  /^(?:\w+ed|took|overran|struck|hit|shot|fought|fled|withdrew|blew|fell|swept|drove|sent|left|set)\b/i;

// What came next: "Ground forces then seized …", "… later withdrew". (Not "since then", a time.)
const SEQUENCE = /(?<!\bsince )\b(?:then|later|afterwards|subsequently|next)\b/i;

/** Whether an actor's words lie inside a speaker's phrase ("Thailand's health ministry said"). */
export function within(
  a: { start: number; end: number },
  speakers: readonly { start: number; end: number }[],
): boolean {
  return speakers.some((sp) => sp.start <= a.start && a.end <= sp.end);
}

/** Whose words an event's are: `sp` the speaker in the sentence, `who` as the report knows them. */
export interface EventVoice {
  sp: VoicedSpeaker | null;
  who: KnownSpeaker | null;
}

/** The speaker of the words that tell `t`, or of the sentence before this one goes on quoting. */
export function eventVoice(s: SentenceWords, t: Trigger): EventVoice {
  const { text, ctx, speakers, carriedSpeaker } = s;
  // "The rebels, who captured X on Thursday, said …": words inside the speaker's own noun phrase,
  // before its verb, are the outlet's, not the speaker's.
  const heard = speakerAt(speakers, t.start);
  const found =
    heard &&
    heard.depth >= 0 &&
    heard.start < t.start &&
    t.start < heard.at &&
    heard.from <= heard.start &&
    /\b(?:who|which|that)\s/iu.test(text.slice(heard.start, t.start))
      ? null
      : heard;
  // An outlet quoting itself ("…, AFP reported" in an AFP story) speaks in its own voice.
  const selfReport =
    !!found && !!ctx.outlet && ctx.outlet.toLowerCase().includes(found.who.name.toLowerCase());
  const sp = selfReport ? null : found;
  const who = sp?.who ?? (sp || selfReport ? null : carriedSpeaker);
  return { sp, who };
}

/** Who did the event `t` tells, and the attack it answers when its words are a defender's. */
export interface EventAgent {
  /** The event is a new one after the event told before ("Ground forces then seized …"). */
  followOn: boolean;
  /** The attack told before that the defender's words answer. */
  attack: IncidentCandidate | null;
  actedBy: ActorMention | null;
  agent: Side;
}

/**
 * The agent of the event `t` (in clause `ci`, whose actors are `clauseActors`), spoken by `voice`
 * and placed by `placed`.
 */
export function eventAgent(
  s: SentenceWords,
  t: Trigger,
  ci: number,
  clauseActors: ActorMention[],
  { sp, who }: EventVoice,
  { where, ref, definite, resumed }: EventPlace,
): EventAgent {
  const { text, ctx, clauses, actors, recent, earlier } = s;
  // Who killed a commander is rarely said; the side named beside him is his own. The defender's
  // words ("repelled an advance by rebels") tell the attacker's event: its agent follows them.
  // "its units had only returned fire after Armenian troops shot at …": who fired first acted.
  const firstFire = /^return/i.test(text.slice(t.start, t.end))
    ? (actors.find(
        (a) =>
          a.start >= t.end &&
          a.kind !== 'civilians' &&
          /^\s+(?:[\w'-]+\s+){0,3}?(?:after|when|once)\s+(?:the\s+)?$/i.test(text.slice(t.end, a.start)),
      ) ?? null)
    : null;
  const named = firstFire
    ? firstFire
    : t.type === 'commander-killed'
      ? null
      : t.loss
        ? // "the town was lost to the rebels": who took it follows "to"; its subject lost it.
          (clauseActors.find(
            (a) => a.start >= t.end && /^\s*(?:[\w'-]+\s+){0,4}?to\s+$/i.test(text.slice(t.end, a.start)),
          ) ?? null)
        : t.counter
          ? counterAgent(text, clauseActors, t, who?.side ?? null)
          : (agentOf(text, clauseActors, clauses[ci].start, t) ??
            // "…, before pulling out at dusk": a clause without a subject acts with the sentence's.
            (NO_SUBJECT.test(text.slice(clauses[ci].start, t.end))
              ? agentOf(
                  text,
                  actors.filter((a) => a.end <= t.start),
                  0,
                  t,
                )
              : null));
  // "The army said its forces entered …", "Hezbollah said it fired rockets …": the speaker acted.
  const ownForces =
    !firstFire &&
    !t.counter &&
    !t.loss &&
    t.type !== 'commander-killed' &&
    who?.side &&
    !named?.kind.startsWith('civ')
      ? // (A speaker named after its words, "\"Our forces took X,\" the minister said": the clause's.)
        SELF_SUBJECT.exec(
          text.slice(
            sp && sp.at > t.start ? clauses[ci].start : Math.max(clauses[ci].start, sp?.at ?? 0),
            t.start,
          ),
        )
      : null;
  const agentActor: ActorMention | null =
    ownForces && who?.side && (!named || named.generic || named.start < (sp?.at ?? 0))
      ? {
          side: who.side,
          name: who.name,
          sideName: sideLabel(who.side, who.name),
          kind: 'group',
          generic: false,
          start: -1,
          end: -1,
        }
      : (named ??
        // "By Friday they had taken the city": the one who acted in the sentence before.
        (ctx.lastAgent &&
        !t.counter &&
        !t.loss &&
        PRONOUN_SUBJECT.test(text.slice(clauses[ci].start, t.start))
          ? { ...ctx.lastAgent, ...NO_SPAN }
          : null));
  // The event told before acted through its own agent ("repelled the attack": the attacker's).
  // "F-16 jets struck caves in the range. Ground forces then seized a hideout": a new event of
  // another kind, told by its own subject or as what came next, happened where the last one did.
  const followOn =
    !!ref &&
    ref !== definite &&
    !t.weak &&
    !t.counter &&
    !t.loss &&
    !compatibleTypes(t.type, ref.cand.type) &&
    // (A deed told as done, "seized", "struck": not a noun or a participle, "stepped up its
    // airstrikes", "the advancing forces".)
    TOLD_DONE.test(text.slice(t.start, t.end)) &&
    !/\b(?:the|its|their|his|her|a|an)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) &&
    ((!!named && named.end <= t.start && named.kind !== 'civilians') ||
      SEQUENCE.test(text.slice(clauses[ci].start, t.start)));
  const told = ref?.cand.agentActor ? { ...ref.cand.agentActor, ...NO_SPAN } : null;
  // "Iraq sent troops to the border. Tanks were deployed near al-Qaim": a passive that names no
  // one, right after an event of its kind, was done by the same hands.
  const sameKind =
    !ref &&
    !agentActor &&
    !t.counter &&
    !t.loss &&
    // (The speaker of the clause is no hand in it: "the ministry said a depot was hit by a rocket".)
    !clauseActors.some((a) => a.kind !== 'civilians' && !within(a, s.speakers)) &&
    (PASSIVE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
      /^(?:was|were|been|being|is|are)\s/i.test(text.slice(t.start, t.end)))
      ? recent.find((r) => r.cand.type === t.type && r.cand.agentActor)?.cand.agentActor
      : undefined;
  // The defender's words ("troops repelled an attack on X", "most of the rockets were
  // intercepted") are its version of the other side's attack the report told there: that event.
  const countered = t.counter ? (ref ?? counteredAt(text, t, where.place.properties.id, earlier, who)) : null;
  const attack = countered && counters(text, t, countered.cand.type) ? countered.cand : null;
  // ("neutralised several attackers": a generic word for the attacker the report named already.)
  const attacker = ref && !followOn ? told : attack?.agentActor ? { ...attack.agentActor, ...NO_SPAN } : null;
  const byName = t.counter && named?.generic && attacker?.side === named.side ? attacker : null;
  const actedBy =
    ref && !followOn
      ? (byName ?? (t.counter ? named : null) ?? told)
      : (byName ??
        agentActor ??
        (sameKind ? { ...sameKind, ...NO_SPAN } : null) ??
        (attack?.agentActor ? { ...attack.agentActor, ...NO_SPAN } : null) ??
        (resumed?.cand.agentActor ? { ...resumed.cand.agentActor, ...NO_SPAN } : null));
  const agent: Side =
    actedBy?.side ?? (ref && ref.cand.agent !== 'unknown' ? ref.cand.agent : (attack?.agent ?? 'unknown'));
  return { followOn, attack, actedBy, agent };
}
