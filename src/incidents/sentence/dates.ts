// Dates in a sentence, resolved against the report's dateline (the day "Friday" and "today" refer to).
// Relative expressions need a dateline; without one they stay unknown. Spans ("over the past three
// days", "this week") are kept as ranges ending on the dateline.
import { addDays, isIsoDate } from '../../types/days.ts';
import { wordTable } from '../../words/wordTable.ts';
import { MONTHS, WEEKDAYS } from '../../words/months.ts';
import { CARDINALS } from '../../words/numbers.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

export interface DateMention {
  /** Offsets in the text given to findDates. */
  start: number;
  end: number;
  /** YYYY-MM-DD, or for a span its last day. */
  date: string;
  /** First day of a span ("over the past three days"); absent for single days. */
  from?: string;
  /** A loose span ("this week", "in recent weeks"): its first day is a bound, not a day anything is known to have happened. */
  vague?: boolean;
}

// "a week ago", "three days ago", "a dozen days of fighting" (a count of nothing is no span).
const COUNTS: Record<string, number> = wordTable({
  a: 1,
  ...Object.fromEntries(Object.entries(CARDINALS).filter(([, n]) => n > 0)),
});

const MONTH_RE = Object.keys(MONTHS).join('|');
const WEEKDAY_RE = WEEKDAYS.join('|');
/** A count in words or digits ("a", "two", "12"), as a pattern. */
export const COUNT_RE = `\\d{1,2}|${Object.keys(COUNTS)
  .sort((a, b) => b.length - a.length)
  .join('|')}`;

// "two days of fighting": the words name a span, not another event.
const FIGHTING = '(?:heavy |fierce |intense )?(?:fighting|clashes|battles|combat)';
const RANGE_DAY = `\\d{1,2}(?:st|nd|rd|th)?`;
const DAY_PART = `(?:(?:morning|afternoon|evening|night)\\b)`;

// One pass over the text: every alternative is anchored on a keyword, no nested quantifiers.
const DATE_RE = new RegExp(
  [
    // "between 27 and 29 November", "from 27 to 29 November", "27-29 November"
    `\\b(?:between |from )?(?<rA>\\d{1,2})(?:st|nd|rd|th)?(?: and | to |[-–])(?<rB>${RANGE_DAY}) (?:of )?(?<rMonth>${MONTH_RE})\\b\\.?(?: (?<rYear>(?:19|20)\\d{2})\\b)?`,
    // "between November 27 and 29", "Nov. 27-29"
    `\\b(?:between |from )?(?<rM>${MONTH_RE})\\.? (?<rmA>\\d{1,2})(?:st|nd|rd|th)?(?: and | to |[-–])(?<rmB>${RANGE_DAY})\\b(?:,? (?<rmYear>(?:19|20)\\d{2})\\b)?`,
    `\\b(?:(?<mdSince>since|from) )?(?<md>${MONTH_RE})\\.? (?<mdDay>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (?<mdYear>(?:19|20)\\d{2})\\b)?`,
    `\\b(?:(?<dmSince>since|from) )?(?<dm>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<dmMonth>${MONTH_RE})\\b\\.?(?: (?<dmYear>(?:19|20)\\d{2})\\b)?`,
    `\\b(?<iso>(?:19|20)\\d{2}-[01]\\d-[0-3]\\d)\\b`,
    // "Wednesday and Thursday", "between Monday and Wednesday"
    `\\b(?:between |from )?(?<wdA>${WEEKDAY_RE})(?: and | to |[-–])(?<wdB>${WEEKDAY_RE})\\b`,
    `\\b(?:(?<wdMod>next|last|this|on|by|late|early|earlier|since|until|through) (?:on )?)?(?<wd>${WEEKDAY_RE})(?:'s)?(?: ${DAY_PART})?`,
    `\\b(?<tomorrow>tomorrow|next week|next month)\\b`,
    `\\b(?<yesterday>yesterday|last night)\\b`,
    `\\b(?<today>today|tonight|this (?:morning|afternoon|evening))\\b`,
    `\\b(?<overnight>overnight|during the night|in the early hours)\\b`,
    `\\b(?<ago>${COUNT_RE}) (?<agoUnit>days?|weeks?) ago\\b`,
    `\\b(?:over|in|during|for|throughout|after|within) the (?:past|last|previous) (?<pastN>${COUNT_RE}) (?<pastUnit>days|hours|weeks)(?: of (?:${FIGHTING}))?\\b`,
    `\\b(?:in|over|after) (?<daysOfN>${COUNT_RE}) days of(?: (?:${FIGHTING}))?\\b`,
    `\\b(?:the|a) (?<nDay>${COUNT_RE})-day (?:offensive|campaign|operation|assault|battle|fighting|advance|push)\\b`,
    `\\b(?<ordinal>second|third|fourth|fifth|sixth|seventh) day of\\b`,
    `\\b(?<week>this week|the past week|the last week|this past week)\\b`,
    `\\b(?<lastWeek>last week)\\b`,
    `\\b(?<weekend>(?:over |at |during )?the weekend|this weekend|last weekend)\\b`,
    `\\b(?<month>(?:earlier )?this month)\\b`,
    `\\b(?<lastMonth>last month)\\b`,
    `\\b(?<weeks>(?:in|over|during) (?:the )?(?:past|last|recent|previous) (?:few |couple of |several )?(?:weeks|months)|in recent (?:weeks|months))\\b`,
  ].join('|'),
  'gi',
);

const ORDINALS: Record<string, number> = wordTable({
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
});

/** Day of the week, 0 = Sunday. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function ymd(year: number, month: number, day: number): string | null {
  const s = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
}

/** The number a count's word or digits say (0 when none). */
export function count(word: string): number {
  const n = COUNTS[word.toLowerCase()] ?? Number(word);
  return Number.isFinite(n) ? n : 0;
}

/** A day-and-month without a year: the dateline's year, or the year before if that lands in the future. */
function dayMonth(
  day: string,
  month: string,
  year: string | undefined,
  dateline: string | null,
): string | null {
  const m = MONTHS[month.toLowerCase()];
  if (m === undefined) return null;
  if (year) return ymd(Number(year), m, Number(day));
  if (!dateline) return null;
  const y = Number(dateline.slice(0, 4));
  const same = ymd(y, m, Number(day));
  if (same && same > addDays(dateline, 7)) return ymd(y - 1, m, Number(day));
  return same;
}

// "two days after militants overran the post", "a week before the truce", "the day after rebels
// entered": the subordinate event lies that far from the day the rest of the sentence gives.
const OFFSET_LEAD = new RegExp(
  `\\b(?:(?<n>${COUNT_RE}) (?<unit>days?|weeks?|nights?)|the (?<one>day|night|week)) (?<rel>after|before)\\b[^,;:()"]*$`,
  'i',
);

/**
 * The days between the event whose words end `before` and the sentence's own day, when the event
 * stands in a clause led by "N days after/before" (negative after: "two days after X" → X was two
 * days earlier); `at` is where that clause starts. Null otherwise.
 *
 * @example
 * subordinateOffset('On Friday, two days after militants '); // { days: -2, at: 11 }
 */
export function subordinateOffset(before: string): { days: number; at: number } | null {
  const m = OFFSET_LEAD.exec(before);
  if (!m?.groups) return null;
  const g = m.groups;
  const n = g.one ? 1 : count(g.n);
  if (!Number.isFinite(n) || n <= 0) return null;
  const days = n * (/^week/iu.test(g.unit ?? g.one) ? 7 : 1);
  return { days: g.rel.toLowerCase() === 'after' ? -days : days, at: m.index };
}

/**
 * Finds the date expressions of a text and resolves them against the dateline.
 *
 * @example
 * findDates('Rebels entered the town on Friday.', '2024-11-30'); // [{ date: '2024-11-29', … }]
 */
export function findDates(text: string, dateline: string | null | undefined): DateMention[] {
  const dl = isIsoDate(dateline) ? dateline : null;
  const out: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  const nights: DateMention[] = [];
  for (const m of matchList(DATE_RE, text)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const resolved = resolve(g, dl);
    if (!resolved) continue;
    out.push({ start, end, ...resolved });
    if (g.overnight) nights.push(out[out.length - 1]);
  }
  // "struck on Monday after an overnight attack", "reported on Monday that fighters crossed
  // overnight": the night is the one before the day the sentence names, not before the dateline.
  const days = new Set(out.filter((d) => !d.from && !d.vague).map((d) => d.date));
  if (nights.length && days.size === 1 && dl) {
    const day = [...days][0];
    if (day < dl) for (const n of nights) Object.assign(n, { date: day, from: addDays(day, -1) });
  }
  return out;
}

function resolve(
  g: Record<string, string | undefined>,
  dl: string | null,
): Omit<DateMention, 'start' | 'end'> | null {
  if (g.rA && g.rB && g.rMonth)
    return span(dayMonth(g.rA, g.rMonth, g.rYear, dl), dayMonth(g.rB, g.rMonth, g.rYear, dl));
  if (g.rM && g.rmA && g.rmB)
    return span(dayMonth(g.rmA, g.rM, g.rmYear, dl), dayMonth(g.rmB, g.rM, g.rmYear, dl));
  if (g.md && g.mdDay) return since(dayMonth(g.mdDay, g.md, g.mdYear, dl), g.mdSince, dl);
  if (g.dm && g.dmMonth) return since(dayMonth(g.dm, g.dmMonth, g.dmYear, dl), g.dmSince, dl);
  if (g.iso) return single(isIsoDate(g.iso) ? g.iso : null);
  if (!dl) return null;
  if (g.wdA && g.wdB) return span(lastWeekday(dl, g.wdA), lastWeekday(dl, g.wdB));
  if (g.wd) {
    const mod = g.wdMod?.toLowerCase();
    if (mod === 'next') return null;
    const back = (weekday(dl) - WEEKDAYS.indexOf(g.wd.toLowerCase()) + 7) % 7;
    const day = addDays(dl, mod === 'last' && back === 0 ? -7 : -back);
    return mod === 'since' ? { date: dl, from: day } : { date: day };
  }
  if (g.tomorrow) return null;
  if (g.yesterday) return { date: addDays(dl, -1) };
  if (g.today) return { date: dl };
  if (g.overnight) return { date: dl, from: addDays(dl, -1) };
  if (g.ago) return { date: addDays(dl, -count(g.ago) * (/^week/i.test(g.agoUnit ?? '') ? 7 : 1)) };
  if (g.pastN) {
    const n = count(g.pastN);
    const days = /^hour/i.test(g.pastUnit ?? '')
      ? Math.ceil(n / 24) + 1
      : /^week/i.test(g.pastUnit ?? '')
        ? n * 7
        : n;
    return n > 0 ? { date: dl, from: addDays(dl, 1 - Math.max(1, days)) } : null;
  }
  const n = g.daysOfN ?? g.nDay;
  if (n) return count(n) > 0 ? { date: dl, from: addDays(dl, 1 - count(n)) } : null;
  if (g.ordinal) return { date: dl, from: addDays(dl, 1 - (ORDINALS[g.ordinal.toLowerCase()] ?? 1)) };
  if (g.week) return { date: dl, from: addDays(dl, -((weekday(dl) + 6) % 7)), vague: true };
  if (g.lastWeek) {
    const monday = addDays(dl, -((weekday(dl) + 6) % 7) - 7);
    return { date: addDays(monday, 6), from: monday };
  }
  if (g.weekend) {
    // The last Saturday and Sunday on or before the dateline ("last weekend": the one before).
    const sunday = addDays(dl, -weekday(dl));
    const last = /last/i.test(g.weekend) && weekday(dl) === 0 ? addDays(sunday, -7) : sunday;
    return { date: last, from: addDays(last, -1) };
  }
  if (g.month) return { date: dl, from: `${dl.slice(0, 8)}01`, vague: true };
  if (g.lastMonth) return monthBefore(dl);
  if (g.weeks) return { date: dl, from: addDays(dl, /month/i.test(g.weeks) ? -90 : -21), vague: true };
  return null;
}

/** The calendar month before the one `day` lies in, as a window. */
export function monthBefore(day: string): { date: string; from: string } {
  const last = addDays(`${day.slice(0, 8)}01`, -1);
  return { date: last, from: `${last.slice(0, 8)}01` };
}

/** The calendar week (Monday to Sunday) before the one `day` lies in, as a window. */
export function weekBefore(day: string): { date: string; from: string } {
  const monday = addDays(day, -((weekday(day) + 6) % 7) - 7);
  return { date: addDays(monday, 6), from: monday };
}

/** The most recent such weekday on or before the dateline. */
function lastWeekday(dl: string, name: string): string {
  return addDays(dl, -((weekday(dl) - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7));
}

/** A window [a, b]; a single day when both are the same; null when either is not a day. */
function span(a: string | null, b: string | null): Omit<DateMention, 'start' | 'end'> | null {
  if (!a || !b) return a ? { date: a } : b ? { date: b } : null;
  const [from, to] = a <= b ? [a, b] : [b, a];
  return from === to ? { date: to } : { date: to, from };
}

/** "since 27 November": from that day to the dateline. */
function since(
  day: string | null,
  word: string | undefined,
  dl: string | null,
): Omit<DateMention, 'start' | 'end'> | null {
  if (!day) return null;
  return word && /since/i.test(word) && dl && day < dl ? { date: dl, from: day } : { date: day };
}

function single(date: string | null): Omit<DateMention, 'start' | 'end'> | null {
  return date ? { date } : null;
}
