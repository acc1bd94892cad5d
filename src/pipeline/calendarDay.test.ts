import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isIsoDate } from '../types/days.ts';
import { datelineProblem } from './calendarDay.ts';

describe('calendarDay', () => {
  it('knows real days from impossible ones', () => {
    // (A year before 100 as written: Date.UTC would read 0004 as 1904.)
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
    expect(isIsoDate('2024-1-1')).toBe(false);
    expect(isIsoDate(20241129)).toBe(false);
  });

  it('names what is wrong with a dateline', () => {
    const today = '2024-12-01';
    expect(datelineProblem('2024-11-29', today)).toBeNull();
    expect(datelineProblem('2024-12-03', today)).toBeNull(); // a reporter ahead of us in time
    expect(datelineProblem('2024-02-30', today)).toMatch(/not a calendar day/);
    expect(datelineProblem('9999-12-31', today)).toMatch(/after 2024-12-03/);
    expect(datelineProblem('1024-11-29', today)).toMatch(/before 1900-01-01/);
    expect(datelineProblem('not-a-date', today)).toMatch(/not a date written YYYY-MM-DD/);
    expect(datelineProblem(null, today)).toMatch(/not a date/);
  });

  it('agrees with the platform on every day of four centuries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2299 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
          expect(isIsoDate(s)).toBe(d <= days);
        },
      ),
    );
  });
});
