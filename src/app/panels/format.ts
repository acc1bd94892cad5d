// Small text formatters shared by the panels.
import type { ReportedFrom } from '../../types/model.ts';
import { wordTable } from '../../words/wordTable.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `2024-11-29` → `Fri 29 Nov 2024`; null → `date unknown`. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return 'date unknown';
  const d = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
]; // prettier-ignore

/**
 * When an incident happened: its day, or "between 27 and 29 November 2024" when only a window
 * is known (`dateRange`).
 *
 * @example
 * formatWhen('2024-11-29', ['2024-11-27', '2024-11-29']); // 'between 27 and 29 November 2024'
 */
export function formatWhen(day: string | null | undefined, range?: readonly [string, string] | null): string {
  if (!range || range[0] === range[1]) return formatDay(day ?? range?.[1]);
  const [a, b] = range.map((d) => new Date(`${d}T12:00:00Z`));
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return formatDay(day);
  const dm = (d: Date) => `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]}`;
  const first =
    a.getUTCFullYear() !== b.getUTCFullYear()
      ? `${dm(a)} ${a.getUTCFullYear()}`
      : a.getUTCMonth() !== b.getUTCMonth()
        ? dm(a)
        : String(a.getUTCDate());
  return `between ${first} and ${dm(b)} ${b.getUTCFullYear()}`;
}

/**
 * An integer with comma thousands (`117,948`), as `toLocaleString('en-GB')` writes it, without
 * its first-call cost (setting up ICU number formats, ~20 ms while the map is starting).
 */
export function thousands(n: number): string {
  const digits = String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return Math.round(n) < 0 ? `-${digits}` : digits;
}

/** A signed area: `+412 km²`, `−30 km²`. */
export function formatKm2(km2: number, signed = false): string {
  const n = thousands(km2);
  if (!signed) return `${n} km²`;
  return km2 > 0.5 ? `+${n} km²` : km2 < -0.5 ? `−${thousands(-km2)} km²` : '±0 km²';
}

/**
 * An actor as the report names it, with its side when that adds something: "Israeli warplanes
 * (Israel)", "Russia" (never "Russia (russia)").
 *
 * @example
 * actorText({ side: 'rsf', name: 'RSF', sideName: 'Rapid Support Forces' }); // 'RSF (Rapid Support Forces)'
 */
export function actorText(a: { side: string; name: string; sideName?: string }): string {
  const side = a.sideName ?? a.side;
  const name = a.name || side;
  const fold = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const n = fold(name);
  const sd = fold(side);
  return !sd || n.includes(sd) || sd.includes(n) || side === 'unknown' ? name : `${name} (${side})`;
}

/** Words for a source's stance, with a sign that does not rely on colour. */
export const STANCE_TEXT: Record<string, string> = wordTable({
  claim: '◆ claims',
  denial: '✕ denies',
  counterclaim: '↺ counters',
  confirmation: '✓ confirms',
  report: '▪ reports',
});

/** Words for an incident status. */
export const STATUS_TEXT: Record<string, string> = wordTable({
  reported: 'Reported',
  contested: 'Contested: sources disagree',
  denied: 'Denied',
  confirmed: 'Confirmed',
});

/** Names joined as a reader would: `A`, `A and B`, `A, B and C`. */
export function listWords(words: string[]): string {
  return words.length < 2
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Where a report was filed from, read from its dateline; null when its dateline names no known place.
 *
 * @example
 * filedFrom([{ name: 'Damascus', … }, { name: 'Jerusalem', … }]); // 'filed from Damascus and Jerusalem'
 */
export function filedFrom(from: readonly Pick<ReportedFrom, 'name'>[] | null | undefined): string | null {
  const names = [...new Set((from ?? []).map((r) => r.name).filter(Boolean))];
  return names.length ? `filed from ${listWords(names)}` : null;
}
