// Where an event happened: the place its words name, else the event told before that it tells
// more of ("The army said it repelled the attack"), or the place the words leave from.
import type { Referent } from '../reportContext.ts';
import { allied } from '../voices/actors.ts';
import { speakerAt } from '../voices/speakers.ts';
import { clauseAt } from './clauses.ts';
import { chooseLocation, isDestination } from './location.ts';
import type { LocatedMention } from './location.ts';
import { counters, lastOfKind, referentOf } from './referents.ts';
import type { SentenceWords } from './sentenceWords.ts';
import type { Trigger } from './taxonomy.ts';

// The defender's words about an attack by its definite noun: "repelled the attack", "their assault".
const DEFINITE_ATTACK =
  /^\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|offensive|raids?|incursions?|onslaught)\b/i;

// "the area" standing for a place already told ("withdrew from the area", "fighting in the area").
const THE_AREA =
  /^["\u201d]?\s+(?:[\w'-]+\s+){0,2}?(?:from|in|around|across|into|out of)\s+the\s+(?:area|zone|sector|vicinity)\b(?!\s+(?:of|around|near|between)\b)/i;

// A state's borders as a whole: "its land borders", "all border crossings with X", "the frontier".
const NATIONAL_BORDER =
  /\b(?:borders?|border crossings?|frontiers?)\b(?!\s+(?:town|city|village|post|point|area|district|province|region)s?\b)/i;

// Where people left, told without a name, before where they went: "left villages in the hills
// for", "left their homes near the border for camps around".
const UNNAMED_ORIGIN =
  /^\s+(?:their\s+|the\s+|several\s+|many\s+)?(?:[\w-]+\s+){0,2}?(?:homes?|villages?|islands?|camps?|farms?|settlements?|hamlets?)\b[^,;]{0,50}?\b(?:for|to|towards?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

// A sentence opening on the event just told, by its definite noun: "The attacks came …", "The
// assault was repelled …" (not "The army attacked …").
const RESUMED_EVENT =
  /^\W*(?:the|these|those|this|that)\s+(?:(?:[\w-]+|\d+)\s+)?(?:attacks?|assaults?|offensive|raids?|push|incursions?|fighting)\b/i;

// "The heaviest strikes hit X": the strikes just told, when they are the event's own words (not "The
// strikes followed an attack on …", another event).
const RESUMED_STRIKES =
  /^\W*(?:the|these|those)\s+(?:(?:[\w-]+|\d+)\s+)?(?:(?:air ?)?strikes|bombardment|shelling)\b/i;

/** An event's place, and the events told before that place it. */
export interface EventPlace {
  where: LocatedMention;
  /** The event told before that this one tells more of, when the words name no place of their own. */
  ref: Referent | null;
  /** The attack just told that the defender's "the attack" is. */
  definite: Referent | null;
  /** The event just told whose place the words leave ("withdrew toward the border"). */
  origin: Referent | null;
  /** The event just told that the sentence opens on by its definite noun ("The attacks came …"). */
  resumed: Referent | null;
}

/**
 * The place of the event `t` tells (`broad`: an advance told with a count of many villages, which
 * no country places), or null when neither its words nor the events told before give one.
 * `first`: no event of the sentence was read before this one.
 */
export function eventPlace(s: SentenceWords, t: Trigger, broad: boolean, first: boolean): EventPlace | null {
  const { text, clauses, actors, speakers, carriedSpeaker, mentions, recent, earlier } = s;
  const chosen = chooseLocation(
    text,
    mentions.filter((m) => !broad || m.place.properties.kind !== 'country'),
    clauses,
    t,
    actors,
    broad,
  );
  // A sentence that names no place for its event ("The army said it repelled the attack") tells
  // more of the event just told: it happened there, then.
  // (A party's words may answer an event told sentences before: "The army said in a statement
  // that it had repelled the assault", after a witness's account in between.)
  const voice = speakerAt(speakers, t.start)?.who ?? carriedSpeaker;
  // "A spokesman in Y said his units had repelled the attack", "The army said it repelled the
  // attack": "the attack" is the one just told, not the speaker's seat. (A place named after
  // the words, "the attack on Y", "… and killed insurgents near Y", is read as before.)
  // (Told earlier in this sentence, "the attacks" are those: read as before.)
  const definite =
    t.counter &&
    first &&
    DEFINITE_ATTACK.test(text.slice(t.end, t.end + 60)) &&
    !(chosen && chosen.start >= t.end)
      ? (recent.find(
          (r) =>
            counters(text, t, r.cand.type) &&
            (!voice?.side ||
              voice.thirdParty ||
              r.cand.agent === 'unknown' ||
              !allied(voice.side, r.cand.agent)),
        ) ?? null)
      : null;
  // A state closing its borders ("closed all its land border crossings with X") closes them all:
  // the closure is the country's, at a country the clause names, never a town told before.
  const clause = clauses[clauseAt(clauses, t.start)];
  const national =
    t.type === 'closure' &&
    (!chosen || chosen.place.properties.kind === 'country') &&
    NATIONAL_BORDER.test(text.slice(clause.start, clause.end));
  if (national) {
    const country = mentions.find((m) => m.place.properties.kind === 'country' && m.start >= 0);
    return country ? { where: country, ref: null, definite: null, origin: null, resumed: null } : null;
  }
  const placed = definite ? null : chosen;
  const ref =
    definite ??
    (placed
      ? null
      : referentOf(t, recent, text, () =>
          voice?.side && !voice.thirdParty && !t.weak ? lastOfKind(t, earlier, text, voice.side) : null,
        ));
  // "The troops withdrew toward the border": named only where they went, they left the place of
  // the event just told.
  // (People who "left villages in the hills for X" arrived at X: the origin is told, unnamed.)
  const origin =
    placed &&
    placed.start >= 0 &&
    isDestination(text, placed, t) &&
    !(t.type === 'displacement' && UNNAMED_ORIGIN.test(text.slice(t.end, placed.start)))
      ? referentOf(t, recent, text)
      : // "It had withdrawn from the area, and accused the army of strikes near X": "the area" is
        // where the event just told happened, not a place another clause names.
        // (The defender's "neutralised attackers in the area", told sentences later: the other
        // side's last attack.)
        placed && placed.start > t.end && THE_AREA.test(text.slice(t.end, placed.start))
        ? (recent[0] ??
          (t.counter && voice?.side && !voice.thirdParty ? lastOfKind(t, earlier, text, voice.side) : null))
        : null;
  const where: LocatedMention | null = origin
    ? { start: -1, end: -1, place: origin.place }
    : (placed ?? (ref ? { start: -1, end: -1, place: ref.place } : null));
  if (!where) return null;
  // "The attacks came from three directions … and were repelled": a sentence whose subject is
  // the event just told, by its definite noun, tells more of it (its attacker, its day).
  const resumed =
    !ref &&
    !origin &&
    (RESUMED_EVENT.test(text.slice(0, t.end)) || (RESUMED_STRIKES.exec(text)?.[0].length ?? 0) >= t.end)
      ? referentOf(t, recent, text)
      : null;
  return { where, ref, definite, origin, resumed };
}
