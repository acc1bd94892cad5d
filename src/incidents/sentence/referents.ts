// Which event told before a sentence's words speak of: the event just told that a place-less
// sentence goes on with, the attack a defender's words answer, the capture a side's words contest,
// the strike an attacker's words justify.
import type { Side } from '../../types/model.ts';
import type { IncidentCandidate } from '../extractIncidents.ts';
import type { KnownSpeaker, Referent } from '../reportContext.ts';
import { compatibleTypes, VIOLENT_TYPES } from './taxonomy.ts';
import type { Trigger } from './taxonomy.ts';
import type { LocatedMention } from './location.ts';
import { allied } from '../voices/actors.ts';

export const GROUND_TYPES = new Set(['advance', 'armed-clash', 'withdrawal']);

// Words that stop what flies ("intercepted", "shot down") rather than what comes on the ground.
export const INTERCEPTS = /^(?:intercept|shot down|brought down|down(?:ed|ing)\b)/i;

export const STRIKES: ReadonlySet<string> = new Set(['airstrike', 'shelling', 'explosion']);

const ATTACKS: ReadonlySet<string> = new Set(['advance', 'armed-clash']);

/** Whether an event was told at one of `places`, or at an edge or outskirts of one. */
export function toldAt(r: Referent, places: ReadonlySet<string>): boolean {
  return places.has(r.cand.place) || places.has(r.place.properties.relativeTo?.placeId ?? '');
}

/**
 * The recent event a sentence without a place of its own tells more of: one its trigger may
 * describe (the same type, fighting beside an advance, the defender's version of an attack),
 * else the first told.
 */
export function referentOf(
  t: Trigger,
  recent: Referent[],
  text: string,
  earlier?: () => Referent | null,
): Referent | null {
  const fits = (r: Referent) =>
    t.counter
      ? (INTERCEPTS.test(text.slice(t.start, t.end)) ? STRIKES : GROUND_TYPES).has(r.cand.type)
      : compatibleTypes(t.type, r.cand.type);
  return recent.find(fits) ?? earlier?.() ?? recent[0] ?? null;
}

/**
 * The report's last event a party's place-less words can tell of, when the last sentences told
 * none: the defender's words answer the other side's last attack (or strike, for "intercepted"),
 * others the last event of their kind.
 */
export function lastOfKind(t: Trigger, earlier: Referent[], text: string, side: Side): Referent | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i].cand;
    if (c.background || c.stance === 'denial') continue;
    if (t.counter) {
      if (!counters(text, t, c.type) || c.agent === 'unknown' || allied(side, c.agent)) continue;
    } else if (c.type !== t.type) continue;
    return earlier[i];
  }
  return null;
}

/** Whether the defender's words `t` can counter an event of this type. */
export function counters(text: string, t: Trigger, type: string): boolean {
  return (INTERCEPTS.test(text.slice(t.start, t.end)) ? STRIKES : ATTACKS).has(type);
}

/**
 * The attack the report told at `place` that the defender's words answer: the other side's
 * capture there, when one was told, else the last attack there; never one told as denied, nor
 * one by the speaker's side. ("Rebels said they had entered X. Gunfire was heard in X. The army
 * said it had repelled the attack": the army's version contests the capture, not the gunfire.)
 */
export function counteredAt(
  text: string,
  t: Trigger,
  place: string,
  earlier: Referent[],
  who: KnownSpeaker | null,
): Referent | null {
  let last: Referent | null = null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i].cand;
    if (c.place !== place || c.background || c.stance === 'denial' || c.stance === 'counterclaim') continue;
    if (!counters(text, t, c.type)) continue;
    if (who?.side && c.agent !== 'unknown' && allied(who.side, c.agent)) continue;
    if (c.type === 'advance' && c.agent !== 'unknown') return earlier[i];
    last ??= earlier[i];
  }
  return last;
}

/**
 * The events a denial with no event of its own answers when the report told them sentences
 * before: at the places it names, else those of a side other than the speaker's; of these, the
 * ones told last (one sentence's).
 */
export function deniable(earlier: Referent[], side: Side | null, scene: LocatedMention[]): Referent[] {
  const places = new Set(scene.map((m) => m.place.properties.id));
  let pool = earlier.filter((r) => !r.cand.background && r.cand.stance !== 'denial');
  if (places.size) pool = pool.filter((r) => toldAt(r, places));
  else if (side) {
    const other = pool.filter((r) => r.cand.agent !== 'unknown' && !allied(side, r.cand.agent));
    if (other.length) pool = other;
  }
  const last = pool[pool.length - 1];
  return last ? pool.filter((r) => r.cand.start === last.cand.start) : [];
}

/**
 * The attacks a sentence telling only their aftermath speaks of: those just told (at the places
 * it names, if any), else, when it names a place, the last attack told there earlier.
 */
export function harmed(answered: Referent[], places: ReadonlySet<string>, earlier: Referent[]): Referent[] {
  const violent = (r: Referent) =>
    !r.cand.background && (VIOLENT_TYPES.has(r.cand.type) || r.cand.type === 'civilian-casualties');
  const now = answered.filter(violent);
  if (now.length || !places.size) return now;
  const before = earlier.filter((r) => violent(r) && toldAt(r, places)).pop();
  return before ? [before] : [];
}

/**
 * The strike at `place` (or the one just told) that another voice than the speaker's told as
 * hitting civilians: what the attacker's naming of a military target answers.
 */
export function victimsTold(
  ref: Referent | null,
  place: string,
  earlier: Referent[],
  who: KnownSpeaker,
): Referent | null {
  const fits = (r: Referent) =>
    !!r.civilian &&
    STRIKES.has(r.cand.type) &&
    !r.cand.background &&
    r.cand.attribution !== who.name &&
    !(r.cand.speakerSide && who.side && allied(r.cand.speakerSide, who.side));
  if (ref) return fits(ref) ? ref : null;
  for (let i = earlier.length - 1; i >= 0; i--)
    if (earlier[i].cand.place === place && fits(earlier[i])) return earlier[i];
  return null;
}

/** Whether an advance took the place (captured or entered it), not only reached or encircled it. */
export const tookPlace = (c: IncidentCandidate): boolean =>
  c.progress === 'captured' || c.progress === 'entered';

/** The latest capture of `c`'s place told earlier (that `fits`) by a side not allied with `side` (any, if null). */
export function otherSidesCapture(
  earlier: readonly { cand: IncidentCandidate }[],
  c: IncidentCandidate,
  fits: (capture: IncidentCandidate) => boolean,
  side: Side | null,
): IncidentCandidate | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const r = earlier[i]!.cand;
    if (
      r.type === 'advance' &&
      r.place === c.place &&
      !r.background &&
      fits(r) &&
      r.agent !== 'unknown' &&
      !(side && allied(r.agent, side))
    )
      return r;
  }
  return undefined;
}
