// Days read against another day: "the same day" against the day named before, the day a speaker
// spoke against the day of the event, the event's own day against a past year in its clause.
import { addDays } from './dates.ts';
import type { DateMention } from './dates.ts';
import { pastYears } from './background.ts';
import type { Trigger } from './taxonomy.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

/** Windows longer than this ("in recent weeks") recall the build-up, not the day's events. */
export const LONG_WINDOW_DAYS = 8;

// Days told against the day named before: "the same day", "the day before", "the next day".
const RELATIVE_DAY =
  /\b(?:(?<same>the same (?:day|night|morning|afternoon|evening)|that (?:day|night))|(?<before>the (?:day|night) before|the previous (?:day|night)|a day earlier)|(?<after>the (?:next|following) (?:day|morning)|a day later))\b/gi;

export function relativeDays(text: string, lastDay: string | null): DateMention[] {
  if (!lastDay) return [];
  return matchList(RELATIVE_DAY, text).map((m) => {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const date = g.same ? lastDay : addDays(lastDay, g.before ? -1 : 1);
    return { start, end: start + m[0].length, date };
  });
}

// A reporting verb just before a day: "said on Wednesday", "said in a statement on Sunday".
const SAID_BEFORE_DAY =
  /\b(?:said|says|told|announced|claimed|stated|reported|confirmed|added)\s+(?:[\w'-]+\s+){0,5}$/i;

/** The day names when its speaker spoke, not when the event it reports happened ("said on Friday that …"). */
export function claimDay(text: string, day: DateMention, t: Trigger): boolean {
  return day.end <= t.start && SAID_BEFORE_DAY.test(text.slice(Math.max(0, day.start - 48), day.start));
}

/**
 * Whether the event's own current day stands nearer its words than the past year that made its
 * clause history ("groups that reconciled in 2018 rose up on Thursday and seized …").
 */
export function currentNearer(
  text: string,
  t: Trigger,
  day: DateMention | undefined,
  dateline: string | null,
): boolean {
  if (!day || !dateline || (day.from ?? day.date) < addDays(dateline, -LONG_WINDOW_DAYS)) return false;
  const gap = (a: { start: number; end: number }) =>
    a.end <= t.start ? t.start - a.end : a.start >= t.end ? a.start - t.end : 0;
  const years = pastYears(text, dateline);
  return years.length > 0 && years.every((y) => gap(y) > gap(day));
}
