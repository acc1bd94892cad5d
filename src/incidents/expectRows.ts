// Tests that check many texts one way: a table of texts and what reading each gives.
import { expect } from 'vitest';

/**
 * Reads every text of `table` with `rowsOf` and expects exactly what the table gives for it (deep
 * equality, rows in order); a failure names the text.
 *
 * @example expectRows(dates, { 'Shelling went on overnight.': ['2024-11-28..2024-11-29'] })
 */
export function expectRows<T>(rowsOf: (text: string) => T, table: Record<string, T>): void {
  for (const [text, rows] of Object.entries(table)) expect(rowsOf(text), text).toEqual(rows);
}
