// Passes over a sentence's rows once each event is read: what a side's own words about its
// capture, its withdrawal or fighting it still wages say of the other side's version.
import type { EventRow, SentenceWords } from '../sentence/sentenceWords.ts';
import { otherSidesCapture, tookPlace } from '../sentence/referents.ts';
import { allied } from './actors.ts';
import { counterclaimOf, EUPHEMISM, STILL_CONTESTED } from './replies.ts';

/** Drops the counter-claims at a place whose speaker tells its own capture of it in the sentence. */
export function withoutOwnCaptureCounters(out: EventRow[]): void {
  // "Its troops had recaptured X and inflicted heavy losses", "had taken the hills near X and shot
  // down a drone": a side telling its own capture tells one account of X; its other words there
  // are no defender's version of another event.
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i].c;
    if (c.stance !== 'counterclaim') continue;
    const taken = out.some(
      (o) =>
        o.c.type === 'advance' &&
        o.c.stance === 'claim' &&
        o.c.place === c.place &&
        o.c.attribution === c.attribution &&
        !!o.c.speakerSide &&
        o.c.agent !== 'unknown' &&
        allied(o.c.speakerSide, o.c.agent),
    );
    if (taken) out.splice(i, 1);
  }
}

// A move still to come: "will move its fighters out", "plans to withdraw", "agreed to pull back"
// (not "a planned redeployment", told done).
const TO_COME = /\b(?:will|would|shall|to)\s+(?:(?:soon|also|now|then|gradually)\s+)?$/i;

/** Whether the withdrawal whose words start at `at` is told as done, not as to come. */
export function toldDone(text: string, at: number): boolean {
  return !TO_COME.test(text.slice(Math.max(0, at - 30), at));
}

/**
 * Adds, for a withdrawal told where the other side's capture was told, that side's row of the
 * capture: the withdrawing side's euphemism is its counter-claim, a denial of the withdrawal its
 * denial (which replaces the withdrawal's row), anyone else's words their claim or confirmation.
 */
export function withdrawalAnswers(s: SentenceWords, out: EventRow[]): void {
  const { text, offset, earlier } = s;
  // "Its forces carried out a planned redeployment", "had withdrawn from some positions for
  // tactical reasons", "pulled back only to regroup": a side's own word for its withdrawal is
  // its version of the other side's capture the report told there. "The army denied abandoning
  // the town" denies that capture; "residents said the troops had withdrawn from it" confirms it.
  for (const o of [...out]) {
    const c = o.c;
    if (c.type !== 'withdrawal' || c.background || o.referred) continue;
    const denied = c.stance === 'denial';
    const euphemism =
      !denied &&
      c.stance === 'claim' &&
      EUPHEMISM.test(text.slice(c.scope.start - offset, c.scope.end - offset));
    // (Who withdrew: the one its words name, else the speaker telling its own side's move.)
    // (A denial's side may be unknown, "a ministry spokesman denied abandoning X": nobody but the
    // side that held X denies leaving it.)
    const side = c.agent !== 'unknown' ? c.agent : euphemism || denied ? c.speakerSide : null;
    // (Not a withdrawal to come: "will move its fighters out of the city" concedes no capture.)
    if ((!side && !denied) || !toldDone(text, c.trigger.start - offset)) continue;
    // (A capture the same voice told in the sentence already has its row: "took X after the
    // troops pulled out".)
    const told = [
      ...earlier,
      ...out.filter((x) => !x.referred && x.c.attribution !== c.attribution).map((x) => ({ cand: x.c })),
    ];
    const taken = otherSidesCapture(
      told,
      c,
      (r) => r.stance !== 'denial' && tookPlace(r) && r.attribution !== c.attribution,
      side,
    );
    if (!taken) continue;
    const row = counterclaimOf(taken, c, []);
    if (!euphemism) row.stance = c.stance;
    if (denied) out.splice(out.indexOf(o), 1);
    out.push({ at: o.at, referred: true, c: row });
  }
}

/** Turns a side's fighting still going on where the other side told a capture into its counter-claim of it. */
export function stillContested(s: SentenceWords, out: EventRow[]): void {
  const { text, offset, earlier } = s;
  // "Fighting is still going on around X, and our units hold their positions": a party telling
  // fighting where the other side said it took the place contests that capture (its version).
  for (const o of out) {
    const c = o.c;
    if (o.referred || c.type !== 'armed-clash' || c.background || c.stance !== 'claim' || !c.speakerSide)
      continue;
    if (!STILL_CONTESTED.test(text.slice(c.scope.start - offset, c.scope.end - offset))) continue;
    const taken = otherSidesCapture(earlier, c, (r) => r.stance === 'claim', c.speakerSide);
    if (!taken) continue;
    o.referred = true;
    o.c = counterclaimOf(taken, c, c.figures);
  }
}
