// Who did it: the actor a sentence names as the agent of an event's words, the attacker a
// defender's words name, the first of a list of actors.
import type { Actor, Side } from '../../types/model.ts';
import type { Trigger } from '../sentence/taxonomy.ts';
import { THAT_OR_SAID } from '../sentence/clauses.ts';
import type { ReportContext } from '../reportContext.ts';
import { allied, findActors, withCapitals } from './actors.ts';
import type { ActorMention } from './actors.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

export const NO_CAPITALS: ReadonlyMap<string, string> = new Map();

/** The actors of `t` as the report names them, with its capitals standing for their states. */
export function reportActors(t: string, ctx: ReportContext): ActorMention[] {
  return withCapitals(findActors(t, ctx.actors), t, ctx.capitals ?? NO_CAPITALS);
}

const OBJECT_OF =
  /\b(?:to|of|with|alongside|beside|against|from|on|at|for|towards?|by|than)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z'-]+\s+)?$/i;

// "Hundreds of Burundian troops", "some of the fighters": a count of the actor, not its object.
const COUNT_OF =
  /\b(?:hundreds|thousands|dozens|scores|tens|some|many|most|several|all|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:the\s+)?$/i;

// "… were killed", "… died": the actor before it was hit, it did not act.
const VICTIM =
  /^[^.;,]{0,30}?\b(?:were|was|have been|had been|being)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|captured|taken prisoner)\b|^\s+(?:died|were killed)\b/i;

// "were deployed", "had been shelled": the event's words in the passive.
export const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i;

const UNDER_FIRE = /^(?:came|come|comes|coming) under\b/i;

const NOUN_PHRASE_GAP =
  /^(?:[\s,]+(?:and|or|[a-z]+ian|[a-z]+ish|air|naval|forces?|army|military|regime)\b)*\s*$/i;

// Allies or means named with the subject: "troops fighting alongside X", "soldiers backed by X".
const COMITATIVE =
  /\b(?:alongside|beside|with|together with|along with|backed by|supported by|aided by|assisted by|loyal to|allied (?:with|to))\s+(?:(?:the|a|an|its|their)\s+)?$/i;

// An actor that is the subject of a reporting verb speaks; it need not act.
const SPEAKS =
  /^\s*(?:\([^)]*\)\s*)?(?:has |have |had )?(?:also |later |earlier )?(?:said|says|say|told|claimed|claims|announced|reported|denied|denies|confirmed|accused|warned|acknowledged|stated|added)\b/i;

// "shelled by rebels", "projectiles from insurgents": the agent right after the trigger.
const PASSIVE_AGENT = /^\S*\s+(?:\S+\s+){0,2}?(?:by|from)\s+(?:the\s+)?$/i;

const LIST_GLUE =
  /^\s*(?:,\s*)?(?:and|or|as well as|along with|together with)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;

export const NO_SPAN = { start: -1, end: -1, kind: 'group' as const, generic: false };

// An aside about the subject between commas: "Burundian troops, sent to help Congo's army, …",
// ", who were deployed to support the police, …", ", backed by militias, …".
const ASIDE =
  /,\s*(?:(?:who|which)\s+(?:\w+\s+){0,2}?)?(?:sent|deployed|dispatched|brought|flown|rushed|stationed|based|posted|backed|supported|aided|trained|armed|funded|fighting|serving|working|allied|loyal)\b[^,;]{0,120},/gi;

/** Whether `a` lies in an aside about the subject that closes before `before` ("X, sent to help Y, withdrew"). */
export function inAside(text: string, a: { start: number; end: number }, before: number): boolean {
  const from = Math.max(0, text.lastIndexOf(',', a.start));
  ASIDE.lastIndex = from;
  const m = ASIDE.exec(text);
  return !!m && m.index === from && m.index < a.start && m.index + m[0].length <= before;
}

// The actor that acts: the nearest actor before the trigger after the last "that"/reporting verb
// ("an official denied that rebels entered"), else the first in the clause, else "by X" after it.
export function agentOf(
  text: string,
  actors: ActorMention[],
  clauseStart: number,
  t: Trigger,
): ActorMention | null {
  // An actor after a preposition ("clashes with regime forces", "close to Turkey") is not the
  // subject, nor one that was killed ("three peacekeepers were killed in the fighting").
  // (Nor one named in an aside about the subject: "Burundian troops, sent to help Congo's army, …".)
  const armed = actors.filter(
    (a) =>
      a.side !== 'civilians' &&
      !inAside(text, a, t.start) &&
      (!OBJECT_OF.test(text.slice(Math.max(0, a.start - 30), a.start)) ||
        COUNT_OF.test(text.slice(Math.max(0, a.start - 30), a.start))) &&
      !VICTIM.test(text.slice(a.end, a.end + 60)),
  );
  // "soldiers … were ambushed", "a helicopter came under fire": the subject was the target; only
  // "by X" after the words names who acted.
  const target =
    t.type !== 'reinforcement' &&
    (PASSIVE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
      UNDER_FIRE.test(text.slice(t.start, t.end)));
  if (target) return passiveAgent(text, actors, t);
  let from = clauseStart;
  THAT_OR_SAID.lastIndex = 0;
  for (const m of matchList(THAT_OR_SAID, text.slice(clauseStart, t.start)))
    from = clauseStart + (m.index ?? 0);
  // "Russian airstrikes", "Russian and Syrian air forces … strikes": an actor in the event's own
  // noun phrase acted, whatever preposition stands before it.
  const own = actors
    .filter(
      (a) =>
        a.side !== 'civilians' && a.start < t.start && t.start - a.end <= 30 && !inAside(text, a, t.start),
    )
    .filter((a) => a.end > t.start || NOUN_PHRASE_GAP.test(text.slice(a.end, t.start)))
    .pop();
  // ("Burundian troops fighting alongside Congolese forces pulled out": the allies named with the
  // subject did not act in its words; the subject did.)
  const head =
    own && own.end <= t.start && COMITATIVE.test(text.slice(Math.max(0, own.start - 30), own.start))
      ? armed.filter((a) => a.start >= from && a.end <= own.start).pop()
      : undefined;
  if (head) return firstOfList(text, armed, head);
  if (own) return firstOfList(text, actors, own);
  // The subject usually stands right before its verb: the nearest actor after "that"/"said";
  // of "soldiers and militiamen retreated", the first named.
  const near = armed.filter((a) => a.start >= from && a.end <= t.start).pop();
  if (near) return firstOfList(text, armed, near);
  // (Not one that only speaks: "Ukrainian officials said Russian bombs …".)
  const first = armed.find((a) => a.end <= t.start && !SPEAKS.test(text.slice(a.end, a.end + 40)));
  if (first) return first;
  return passiveAgent(text, actors, t);
}

// "shells fired by the paramilitary RSF": the agent of a passive, after its preposition.
function passiveAgent(text: string, actors: ActorMention[], t: Trigger): ActorMention | null {
  return (
    actors.find(
      (a) => a.side !== 'civilians' && a.start >= t.end && PASSIVE_AGENT.test(text.slice(t.end, a.start)),
    ) ?? null
  );
}

/** Of "soldiers and militiamen retreated", "Sudan's army and allied fighters entered": the first named. */
function firstOfList(text: string, actors: ActorMention[], last: ActorMention): ActorMention {
  let i = actors.indexOf(last);
  while (i > 0 && LIST_GLUE.test(text.slice(actors[i - 1].end, actors[i].start))) i--;
  return i >= 0 ? actors[i] : last;
}

/**
 * Whose attack the defender's words tell: the actor after them ("repelled an advance by
 * rebels"), or before a passive ("extremist groups … had been repulsed by security forces").
 */
export function counterAgent(
  text: string,
  actors: ActorMention[],
  t: Trigger,
  defender: Side | null,
): ActorMention | null {
  // (The defender speaking is not the attacker: "the army said rockets were intercepted".)
  const armed = actors.filter((a) => a.side !== 'civilians' && !(defender && allied(a.side, defender)));
  if (/\b(?:been|was|were|being)\s+(?:\W\s*)?$/i.test(text.slice(Math.max(0, t.start - 14), t.start)))
    return armed.filter((a) => a.end <= t.start).pop() ?? null;
  return armed.find((a) => a.start >= t.end) ?? null;
}

export function actorOf(a: ActorMention): Actor {
  return a.sideName ? { side: a.side, name: a.name, sideName: a.sideName } : { side: a.side, name: a.name };
}
