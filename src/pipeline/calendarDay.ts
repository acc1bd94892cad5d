// Dates written as YYYY-MM-DD, checked the same way wherever a date comes in: a report's dateline
// (CLI index.json, the app's paste form), a date in a shared link. Pure, no clock unless given.

import { addDays, isIsoDate } from '../types/days.ts';

/** Earliest date accepted: older reports are not this map's business, and older years are typos. */
export const EARLIEST_DAY = '1900-01-01';

/** Days after today a date may lie (a dateline is written in the reporter's time zone). */
const FUTURE_DAYS = 2;

/**
 * Why a dateline cannot be used, or null when it can: a calendar day from 1900 to two days after
 * `today` (YYYY-MM-DD; default: the clock's).
 *
 * @example
 * datelineProblem('2024-02-30'); // '"2024-02-30" is not a calendar day'
 * datelineProblem('9999-12-31'); // '"9999-12-31" is after …'
 */
export function datelineProblem(
  s: unknown,
  today: string = new Date().toISOString().slice(0, 10),
): string | null {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s))
    return `${JSON.stringify(typeof s === 'string' ? s.slice(0, 40) : s)} is not a date written YYYY-MM-DD`;
  if (!isIsoDate(s)) return `"${s}" is not a calendar day`;
  if (s < EARLIEST_DAY) return `"${s}" is before ${EARLIEST_DAY}`;
  const latest = addDays(today, FUTURE_DAYS);
  if (s > latest) return `"${s}" is after ${latest}, more than ${FUTURE_DAYS} days from today`;
  return null;
}
