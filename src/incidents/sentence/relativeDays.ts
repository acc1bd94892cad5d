// Days read against another day: "the same day", "a week earlier" against the day named before, the day a speaker
// spoke against the day of the event, the event's own day against a past year in its clause.
import { addDays, isIsoDate } from '../../types/days.ts';
import { count, COUNT_RE, monthBefore, weekBefore } from './dates.ts';
import type { DateMention } from './dates.ts';
import { pastYears } from './background.ts';
import type { Trigger } from './taxonomy.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

/** Windows longer than this ("in recent weeks") recall the build-up, not the day's events. */
export const LONG_WINDOW_DAYS = 8;

// Days told against a day the report gave before ("the same day", "a week earlier", "two days
// later", "the previous week"). "before"/"after" only when nothing follows them in the clause: "two
// days before the truce" leads a subordinate clause (subordinateOffset), "two days before," does not.
const ALONE = String.raw`(?=\s*(?:[,.;:)]|$))`;
const RELATIVE_DAY = new RegExp(
  [
    String.raw`\b(?<same>the same (?:day|night|morning|afternoon|evening)|that (?:day|night|morning|afternoon|evening))\b`,
    String.raw`\b(?<prevDay>the (?:day|night) before${ALONE}|the previous (?:day|night|morning|evening))`,
    String.raw`\b(?<nextDay>the (?:next|following) (?:day|morning|night|evening)|the (?:day|night) after${ALONE})`,
    String.raw`\b(?<n>${COUNT_RE}) (?<unit>days?|weeks?|months?) (?<dir>earlier|later|before${ALONE}|after${ALONE})`,
    String.raw`\b(?<prevWeek>the (?:previous|preceding) week|the week before${ALONE})`,
    String.raw`\b(?<prevMonth>the (?:previous|preceding) month|the month before${ALONE})`,
  ].join('|'),
  'gi',
);

/**
 * Days told against the day the report named last (`anchor`), or against the dateline when it
 * named none: "the same day", "the day before", "the next day", "a week earlier", "two days
 * later", "the previous week" (the calendar week before), "the month before". A month's distance
 * is a window of a week around the day it lands on. A day the sentence itself names before the
 * words (`own`, its calendar days) is their anchor: "flights were suspended on Thursday after a
 * helicopter was hit two days earlier" counts from Thursday, not from the day named before.
 *
 * @example
 * relativeDays('A week earlier, troops repelled an attack.', '2024-08-24', '2024-08-26'); // [{ date: '2024-08-17', … }]
 */
export function relativeDays(
  text: string,
  anchor: string | null | undefined,
  dateline: string | null | undefined = null,
  own: readonly DateMention[] = [],
): DateMention[] {
  const told = isIsoDate(anchor) ? anchor : isIsoDate(dateline) ? dateline : null;
  const out: DateMention[] = [];
  for (const m of matchList(RELATIVE_DAY, text)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const at = { start, end: start + m[0].length };
    // (One day, not a window nor "the same day" itself: "since Monday" anchors nothing.)
    const day = own.filter((d) => d.end <= start && !d.from && !d.vague).pop()?.date ?? told;
    if (!day) continue;
    if (g.same) out.push({ ...at, date: day });
    else if (g.prevDay) out.push({ ...at, date: addDays(day, -1) });
    else if (g.nextDay) out.push({ ...at, date: addDays(day, 1) });
    else if (g.prevWeek) out.push({ ...at, ...weekBefore(day) });
    else if (g.prevMonth) out.push({ ...at, ...monthBefore(day) });
    else if (g.n) {
      const n = count(g.n);
      if (n <= 0) continue;
      const sign = /^(?:earlier|before)/iu.test(g.dir) ? -1 : 1;
      if (/^month/iu.test(g.unit)) {
        const mid = addDays(day, sign * n * 30);
        out.push({ ...at, date: addDays(mid, 3), from: addDays(mid, -3) });
      } else out.push({ ...at, date: addDays(day, sign * n * (/^week/iu.test(g.unit) ? 7 : 1)) });
    }
  }
  // (A day after the dateline is no reading of the anchor: the report cannot tell it yet.)
  const last = isIsoDate(dateline) ? dateline : null;
  return last
    ? out.filter((d) => (d.from ?? d.date) <= last).map((d) => (d.date > last ? { ...d, date: last } : d))
    : out;
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
