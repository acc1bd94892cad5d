import { describe, expect, it } from 'vitest';
import { addDays, findDates, isIsoDate } from './dates.ts';

// 2024-11-29 was a Friday.
const FRI = '2024-11-29';
const dates = (text: string, dl: string | null = FRI) =>
  findDates(text, dl).map((d) => (d.from ? `${d.from}..${d.date}` : d.date));

describe('findDates', () => {
  it('resolves weekdays to the most recent such day on or before the dateline', () => {
    expect(dates('The town fell on Friday.')).toEqual(['2024-11-29']);
    expect(dates('Shelling resumed late Wednesday.')).toEqual(['2024-11-27']);
    expect(dates('They attacked on Thursday.', '2024-11-30')).toEqual(['2024-11-28']);
    expect(dates('Talks open next Monday.')).toEqual([]);
  });
  it('resolves yesterday, today and days ago', () => {
    expect(dates('Yesterday the bridge was hit; today it is closed.')).toEqual(['2024-11-28', '2024-11-29']);
    expect(dates('The raid happened three days ago.')).toEqual(['2024-11-26']);
  });
  it('keeps spans', () => {
    expect(dates('Attacks over the past three days killed many.')).toEqual(['2024-11-27..2024-11-29']);
    expect(dates('The group advanced this week.')).toEqual(['2024-11-25..2024-11-29']);
    expect(dates('They seized ten villages since Wednesday.')).toEqual(['2024-11-27..2024-11-29']);
  });
  it('reads explicit dates, with or without a year', () => {
    expect(dates('A photo taken on November 29, 2024 shows it.', null)).toEqual(['2024-11-29']);
    expect(dates('It happened on 28 November.')).toEqual(['2024-11-28']);
    expect(dates('It happened on Dec. 30.', '2025-01-02')).toEqual(['2024-12-30']);
  });
  it('leaves relative dates unknown without a dateline, and ignores bare years', () => {
    expect(dates('They entered on Friday.', null)).toEqual([]);
    expect(dates('A truce was signed in March 2020.')).toEqual([]);
    expect(dates('')).toEqual([]);
  });
});

describe('date helpers', () => {
  it('adds days across months and validates dates', () => {
    expect(addDays('2024-12-01', -1)).toBe('2024-11-30');
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate(null)).toBe(false);
  });
});
