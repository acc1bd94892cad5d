// Month and weekday names as English news writes them. Shared by the geoparser (they are
// capitalised but name no place) and the incident stage (they date events).
import { wordTable } from './wordTable.ts';

/** Weekdays, Sunday first (the index is `Date.getUTCDay()`). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Full month names, January first (the index is the month number from 0). */
export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
]; // prettier-ignore

/** Month names and their news abbreviations ("Sept", "Jan") → month number from 0. */
export const MONTHS: Record<string, number> = wordTable({
  january: 0, jan: 0, february: 1, feb: 1, march: 2, mar: 2, april: 3, apr: 3, may: 4, june: 5, jun: 5,
  july: 6, jul: 6, august: 7, aug: 7, september: 8, sep: 8, sept: 8, october: 9, oct: 9, november: 10,
  nov: 10, december: 11, dec: 11,
}); // prettier-ignore
