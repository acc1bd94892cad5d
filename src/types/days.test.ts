import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, dayOfNumber, daysBetween } from './days.ts';

describe('days', () => {
  it('counts across months, years and a leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-11-27', '2024-11-30')).toBe(3);
    expect(daysBetween('2024-11-30', '2024-11-27')).toBe(-3);
  });

  it('reads its day numbers back, and leaves what is not a date as it is', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayOfNumber(dayNumber('2024-11-29'))).toBe('2024-11-29');
    expect(addDays('not a date', 3)).toBe('not a date');
    expect(Number.isNaN(dayNumber('2024-13'))).toBe(true);
  });
});
