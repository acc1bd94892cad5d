// The day of a live page's entry: "Friday, 23:50 GMT" heads entries of Friday on a page dated
// Saturday, and those that follow under a bare clock time ("22:40 GMT") until another day is named.
import type { ExcludedSpan } from '../../types/model.ts';
import { lowerBound } from '../../gazetteer/lowerBound.ts';
import { findDates } from './dates.ts';

// A clock time: "23:50", "9.05", "9:05 p.m.".
const CLOCK = /\b\d{1,2}[:.]\d{2}\b/;
// A heading that is only a time stamp: its day, clock, time zone and a few joining words.
const STAMP_WORDS =
  /^(?:[,.:\s-]|\d+|[ap]\.?m\.?|gmt|utc|bst|cet|cest|eet|eest|msk|ist|et|est|edt|pt|pst|pdt|local|time|updated|on|at)*$/i;
/** Headings longer than this are no time stamps. */
const MAX_STAMP = 40;

/**
 * The days the entries of a live page are dated by their headings: for each section heading that
 * is a time stamp, from its start, the day it names (the day of the heading before when it names
 * only a time); any other heading ends the entries. Offsets → day with `dayAt(offset)`; null where
 * no stamp names a day (the page's own day, its dateline).
 *
 * @example
 * // "Saturday 14 June\n10:15 GMT\nA drone hit …\nFriday, 23:50 GMT\nStrikes hit …"
 * entryDays(text, excluded, '2025-06-14')(offsetOfStrikes); // '2025-06-13'
 */
export function entryDays(
  text: string,
  excluded: readonly ExcludedSpan[],
  dateline: string | null,
): (at: number) => string | null {
  const marks: { start: number; day: string | null }[] = [];
  let day: string | null = null;
  for (const h of [...excluded]
    .filter((x) => x.reason === 'section heading')
    .sort((a, b) => a.start - b.start)) {
    const words = text.slice(h.start, h.end).trim();
    const dates = dateline && words.length <= MAX_STAMP ? findDates(words, dateline) : [];
    const rest = dates.reduceRight((w, d) => w.slice(0, d.start) + ' ' + w.slice(d.end), words);
    const days = new Set(dates.filter((d) => !d.from && !d.vague).map((d) => d.date));
    if (!CLOCK.test(words) || !STAMP_WORDS.test(rest) || days.size > 1) day = null;
    else if (days.size === 1) day = [...days][0];
    marks.push({ start: h.start, day });
  }
  if (!marks.some((m) => m.day)) return () => null;
  return (at) => marks[lowerBound(marks, (m) => m.start <= at) - 1]?.day ?? null;
}
