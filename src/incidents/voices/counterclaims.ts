// Passes over a sentence's rows once each event is read: what a side's own words about its
// capture, its withdrawal or fighting it still wages say of the other side's version.
import type { EventRow, SentenceWords } from '../sentence/sentenceWords.ts';
import { otherSidesCapture } from '../sentence/referents.ts';
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

/** Adds, for a side's euphemism for its withdrawal, its counter-claim of the other side's capture there. */
export function euphemismCounterclaims(s: SentenceWords, out: EventRow[]): void {
  const { text, offset, earlier } = s;
  // "Its forces carried out a planned redeployment", "had withdrawn from some positions for
  // tactical reasons": a side's own word for its withdrawal is also its version of the other
  // side's capture the report told there.
  for (const o of [...out]) {
    const c = o.c;
    if (c.type !== 'withdrawal' || c.stance !== 'claim' || c.background || !c.speakerSide) continue;
    if (!EUPHEMISM.test(text.slice(c.scope.start - offset, c.scope.end - offset))) continue;
    const taken = otherSidesCapture(earlier, c, (stance) => stance !== 'denial');
    if (!taken) continue;
    out.push({ at: o.at, referred: true, c: counterclaimOf(taken, c, []) });
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
    const taken = otherSidesCapture(earlier, c, (stance) => stance === 'claim');
    if (!taken) continue;
    o.referred = true;
    o.c = counterclaimOf(taken, c, c.figures);
  }
}
