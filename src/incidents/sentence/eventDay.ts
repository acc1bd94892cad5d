// The day of an event: the nearest day of its clause, the sentence's one day, the day of the event
// told before that it tells more of, or a day counted from another ("two days after …").
import type { Referent } from '../reportContext.ts';
import { addDays } from '../../types/days.ts';
import { subordinateOffset } from './dates.ts';
import type { DateMention } from './dates.ts';
import { clauseAt } from './clauses.ts';
import type { SentenceWords } from './sentenceWords.ts';
import type { Trigger } from './taxonomy.ts';

/** A day as a text gives it, or as an event told before has it. */
export type EventDate = DateMention | { date: string; from: string | null | undefined; vague: boolean };

/**
 * The day of the event `t` (in clause `ci`) tells, with the days of its own clause and the nearest
 * of them; `told` is the event told before it tells more of, if any.
 */
export function eventDay(
  s: SentenceWords,
  t: Trigger,
  ci: number,
  told: Referent | null,
): { date: EventDate | undefined; own: DateMention[]; nearest: DateMention | undefined } {
  const { text, clauses, dates, said } = s;
  const own = dates.filter((d) => clauseAt(clauses, d.start) === ci);
  const distinct = new Set(dates.map((d) => `${d.from}|${d.date}`));
  // The nearest of its clause, unless a reporting verb stands between them ("…, where troops have
  // held ground since Aug. 6, the ministry said forces repelled attacks since Friday").
  const apart = (d: { start: number; end: number }) =>
    said.some((at) => (d.end <= at && at < t.start) || (t.end <= at && at < d.start));
  const nearest = own.sort(
    (a, b) =>
      Number(apart(a)) - Number(apart(b)) || Math.abs(a.start - t.start) - Math.abs(b.start - t.start),
  )[0];
  let date: EventDate | undefined =
    nearest ??
    (distinct.size === 1
      ? dates[0]
      : told?.cand.date
        ? {
            date: told.cand.date!,
            from: told.cand.dateFrom,
            vague: !!told.cand.dateVague,
          }
        : undefined);
  // "On Friday, two days after militants overran the post, …", "struck X on Friday, a day after
  // rebels entered Y": the subordinate event lies that many days from the day the sentence gave
  // before it — unless its clause gives a day of its own, or it is someone's words ("a day after
  // the group said it had fired …" dates the saying).
  const lead = subordinateOffset(text.slice(0, t.start));
  if (lead && !said.some((at) => at > lead.at && at < t.start)) {
    const bases = new Set(dates.filter((d) => d.end <= lead.at && !d.from && !d.vague).map((d) => d.date));
    if (!dates.some((d) => d.start >= lead.at) && bases.size === 1)
      date = { date: addDays([...bases][0], lead.days), from: null, vague: false };
  }
  return { date, own, nearest };
}
