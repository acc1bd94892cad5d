// Who speaks in a sentence, as the report knows them: "he", "the group", "it" and "a spokesman"
// resolved against the speakers and events told before; each speaker's side.
import type { Actor, Side } from '../../types/model.ts';
import type { KnownSpeaker, Referent, ReportContext } from '../reportContext.ts';
import type { LocatedMention } from '../sentence/location.ts';
import { NO_CAPITALS, reportActors } from './agents.ts';
import type { ActorMention } from './actors.ts';
import { canonicalSource, resolveAnaphor } from './attribution.ts';
import { findSpeakers, speakerSide } from './speakers.ts';
import type { Speaker } from './speakers.ts';
import { slug, stateOf, stateSide } from './states.ts';

/** A sentence's speaker, with who it is as the report knows it. */
export type VoicedSpeaker = Speaker & { who: KnownSpeaker };

/**
 * Who speaks in one sentence (`named` are its place mentions), each as the report knows it:
 * "he" and "the same source" resolved against `ctx.sources` (which gains each new speaker), "the
 * group" against the groups told acting, "it" against the body that opened the sentence before.
 * `main` is the sentence's own speaker (the outermost). Sets `ctx.previousSubject`.
 */
export function sentenceSpeakers(
  text: string,
  named: LocatedMention[],
  ctx: ReportContext,
  recent: Referent[],
  earlier: Referent[],
): { speakers: VoicedSpeaker[]; main: VoicedSpeaker | null } {
  // A subject that is only a place name ("Aleppo says") is no speaker; "Syria's state TV" is, and
  // so is a state ("Russia said").
  // (A capital speaks for its state: "Islamabad said".)
  const capitals = ctx.capitals ?? NO_CAPITALS;
  const isPlace = (start: number, end: number) =>
    named.some(
      (m) =>
        m.start <= start &&
        end <= m.end + 2 &&
        m.place.properties.kind !== 'country' &&
        !capitals.has(text.slice(m.start, m.end)),
    );
  const actorsOf = (t: string) => reportActors(t, ctx);
  const subjectBefore = ctx.previousSubject ?? null;
  const speakers = findSpeakers(text, isPlace).map((s) => {
    // "The group denied shelling …": the accused group denies, not the last source that accused it.
    // "…, killing three SDF fighters, the group said": the first armed group its sentence names
    // before it speaks is "the group"; else, for a denial or a statement, the group told acting last.
    const accused = s.anaphoric
      ? (groupNamedBefore(s.name, actorsOf(text), s.start, ctx) ?? accusedGroup(s.name, recent, earlier, ctx))
      : null;
    // "The army offered another version. … it said its units had repelled …": "it" is the body
    // the sentence before opened with, not the last source quoted.
    const subject =
      s.anaphoric && !accused && subjectBefore && pronounFor(s.name, subjectBefore.name)
        ? subjectBefore
        : null;
    const past = s.anaphoric && !accused && !subject ? resolveAnaphor(s.name, ctx.sources) : null;
    const prior = past ? [...ctx.sources].reverse().find((h) => h.name === past) : undefined;
    // "X did not confirm the loss. A spokesman, Jane Doe, said …": a spokesman who names no body
    // speaks for the party that spoke in the sentence before.
    const body =
      !s.anaphoric && !s.known && BARE_SPOKESMAN.test(s.phrase) && ctx.previousSpeaker?.side
        ? ctx.previousSpeaker
        : null;
    const who: KnownSpeaker = accused
      ? { name: accused.sideName ?? accused.name, known: false, side: accused.side, thirdParty: false }
      : subject
        ? { ...subject }
        : body && !body.thirdParty
          ? { name: s.name, known: false, side: body.side, thirdParty: false }
          : prior
            ? { ...prior }
            : {
                name: s.anaphoric ? (past ?? s.name) : s.name,
                known: s.known,
                ...(capitals.has(s.phrase)
                  ? { side: stateSide(capitals.get(s.phrase)!), thirdParty: false }
                  : (groupByName(s.name, ctx) ?? sideOf(s.name, s.phrase, actorsOf, ctx.actors.home))),
              };
    if (!s.anaphoric) ctx.sources.push(who);
    const name = s.via && !/\(to /u.test(who.name) ? `${who.name} (to ${s.via})` : who.name;
    return { ...s, who: { ...who, name } };
  });
  const main = speakers.find((s) => s.depth === -1) ?? speakers.find((s) => s.depth === 0) ?? null;
  ctx.previousSubject = main ? null : openingBody(text, actorsOf(text));
  return { speakers, main };
}

// A spokesman with no body of his own ("A spokesman, Jane Doe,", "its spokeswoman"), or the
// head of the body just named ("its commander-in-chief").
const BARE_SPOKESMAN =
  /^(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3},\s*)?(?:an?|the|its|their|one)\s+(?:(?:senior|chief|deputy)\s+)?spokes(?:man|woman|person)$|^(?:an?|the|its|their|one)\s+(?:(?:senior|chief|deputy)\s+)?spokes(?:man|woman|person),?\s+(?:[A-Z][\w'.-]*\s*){1,4}$|^(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:commander(?:-in-chief)?|leader|chief|head|officials?|representative|envoy)$/i;

// ("The militia", "the rebels" are no anaphors: they name the report's group themselves.)
const GROUP_ANAPHOR = /^(?:the )?group$/iu;

/**
 * The armed group an anaphoric denier ("the group") is: the one the report last
 * told acting in an event it may deny — not a state's forces, and not a speaker the report quoted.
 */
function accusedGroup(
  anaphor: string,
  recent: Referent[],
  earlier: Referent[],
  ctx: ReportContext,
): Actor | null {
  if (!GROUP_ANAPHOR.test(anaphor.trim())) return null;
  // A speaker the report already called a group ("the rights group said") is who "the group" is.
  if (ctx.sources.some((h) => /\bgroup\b/iu.test(h.name))) return null;
  const home = ctx.actors.home;
  for (const r of [...earlier, ...recent].reverse()) {
    const a = r.cand.agentActor;
    if (a && a.side !== 'unknown' && a.side !== home && !stateOf(a.sideName ?? a.name)) return a;
  }
  return null;
}

/** The first armed group (not a state, not a generic word) named before `at`, for "the group". */
function groupNamedBefore(
  anaphor: string,
  actors: ActorMention[],
  at: number,
  ctx: ReportContext,
): Actor | null {
  if (!GROUP_ANAPHOR.test(anaphor.trim())) return null;
  const home = ctx.actors.home;
  const a = actors.find(
    (x) =>
      x.end <= at && x.kind === 'group' && !x.generic && x.side !== home && !stateOf(x.sideName ?? x.name),
  );
  return a
    ? { side: a.side, name: a.sideName ?? a.name, ...(a.sideName ? { sideName: a.sideName } : {}) }
    : null;
}

/**
 * The report's armed group when a speaker is named by the group's own short name ("the KIA said",
 * after "the Kachin Independence Army (KIA)"): the rules read a bare acronym as a group only when
 * it acts, and a speaker only speaks.
 */
function groupByName(name: string, ctx: ReportContext): { side: Side; thirdParty: false } | null {
  const group = ctx.actors.group;
  const bare = name.replace(/^the\s+/iu, '');
  return group && /^[A-Z][A-Z0-9-]{1,9}$/u.test(bare) && slug(bare) === group.side
    ? { side: group.side, thirdParty: false }
    : null;
}

/** A speaker's side from its name ("Syrian rebels"), else from all its words with its role. */
function sideOf(
  name: string,
  phrase: string,
  actorsOf: (t: string) => ActorMention[],
  home: Side | null,
): { side: Side | null; thirdParty: boolean; withOutsiders?: boolean } {
  const byName = speakerSide(name, actorsOf, home);
  // "Factions of the Syrian National Army said": a generic head is the group named after it
  // (not one it is opposed to: "rebels opposed to the president").
  const named = (t: string) => actorsOf(t).some((a) => !a.generic && a.kind !== 'civilians');
  const head = actorsOf(phrase)[0];
  if (byName.side && !named(name) && head && head.start <= 4 && !head.generic && head.kind !== 'civilians')
    return { side: head.side, thirdParty: false };
  // (Outsiders named with a party, "local aid workers and the rebel army", tell the party's claim.)
  const byPhrase = byName.side ? null : speakerSide(phrase, actorsOf, home);
  if (byName.thirdParty && byPhrase?.side && byPhrase.withOutsiders) return byPhrase;
  return byName.side || byName.thirdParty ? byName : byPhrase!;
}

// The words that may open a sentence before its subject ("But the army …", "On Friday, the army …").
const BEFORE_SUBJECT =
  /^\s*(?:(?:but|however|yet|and|meanwhile|instead)\b[\s,]*)?(?:(?:on|late on|early on|by)\s+\w+day[\s,]+)?(?:the\s+)?$/iu;

/**
 * The armed body a sentence opens with as its subject ("The army offered another version."), as
 * the speaker "it" or "they" in the next sentence would be; null when the sentence opens otherwise.
 */
function openingBody(text: string, actors: ActorMention[]): KnownSpeaker | null {
  const a = actors.find((x) => x.kind !== 'civilians');
  if (!a || !BEFORE_SUBJECT.test(text.slice(0, a.start))) return null;
  // Its verb follows: "The army's statement …" opens with a statement, not the army.
  if (!/^\s+(?:[a-z]+ly\s+)?[a-z]+/u.test(text.slice(a.end)) || /^['’]s\b/u.test(text.slice(a.end)))
    return null;
  return { name: canonicalSource(text.slice(a.start, a.end)), known: false, side: a.side, thirdParty: false };
}

/** Whether a pronoun can stand for a body so named: "it" for one ("the army"), "they" for many ("rebels"). */
function pronounFor(pronoun: string, name: string): boolean {
  const p = pronoun.trim().toLowerCase();
  // (A group's proper name may be either: "the Rapid Support Forces said it …" or "… they …".)
  const plural = /s$/u.test(name) && !/^[A-Z]+s?$/u.test(name);
  const proper = /^[A-Z]/u.test(name);
  return (p === 'it' && (!plural || proper)) || (p === 'they' && plural);
}
