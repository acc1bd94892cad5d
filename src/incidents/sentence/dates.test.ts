import { describe, expect, it } from 'vitest';
import { expectRows } from '../expectRows.ts';
import { addDays, isIsoDate } from '../../types/days.ts';
import { findDates } from './dates.ts';

// 2024-11-29 was a Friday.
const FRI = '2024-11-29';
const dates = (text: string, dl: string | null = FRI) =>
  findDates(text, dl).map((d) => (d.from ? `${d.from}..${d.date}` : d.date));

describe('findDates', () => {
  it('resolves weekdays to the most recent such day on or before the dateline', () => {
    expectRows(dates, {
      'The town fell on Friday.': ['2024-11-29'],
      'Shelling resumed late Wednesday.': ['2024-11-27'],
    });
    expect(dates('They attacked on Thursday.', '2024-11-30')).toEqual(['2024-11-28']);
    expect(dates('Talks open next Monday.')).toEqual([]);
  });
  it('resolves yesterday, today and days ago', () => {
    expectRows(dates, {
      'Yesterday the bridge was hit; today it is closed.': ['2024-11-28', '2024-11-29'],
      'The raid happened three days ago.': ['2024-11-26'],
      // The counts are the shared number words (src/words/numbers.ts): any cardinal, "a", "a dozen".
      'The siege began thirteen days ago.': ['2024-11-16'],
      'The camp was emptied a week ago.': ['2024-11-22'],
      'The front has not moved in a dozen days of fighting.': ['2024-11-18..2024-11-29'],
    });
  });
  it('keeps spans', () => {
    expectRows(dates, {
      'Attacks over the past three days killed many.': ['2024-11-27..2024-11-29'],
      'The group advanced this week.': ['2024-11-25..2024-11-29'],
      'They seized ten villages since Wednesday.': ['2024-11-27..2024-11-29'],
    });
  });
  it('reads the phrases reports use for when', () => {
    // Dateline Friday 29 November 2024.
    expectRows(dates, {
      'Shelling went on overnight.': ['2024-11-28..2024-11-29'],
      // The night before the day the sentence names, when it names one.
      'Jets hit the hills on Wednesday after gunmen raided a post overnight.': [
        '2024-11-27',
        '2024-11-26..2024-11-27',
      ],
      'A monitor said on Wednesday that a convoy crossed overnight.': [
        '2024-11-27',
        '2024-11-26..2024-11-27',
      ],
      'Fighting raged on Thursday night.': ['2024-11-28'],
      'They struck early on Sunday.': ['2024-11-24'],
      'Strikes hit the port last week.': ['2024-11-18..2024-11-24'],
      'Raids over the weekend killed six.': ['2024-11-23..2024-11-24'],
      'Clashes in the past 24 hours left two dead.': ['2024-11-28..2024-11-29'],
      'The town fell a week ago.': ['2024-11-22'],
      'Fighting between Wednesday and Thursday displaced hundreds.': ['2024-11-27..2024-11-28'],
      'Shelling between 25 and 27 November hit the port.': ['2024-11-25..2024-11-27'],
      'They have held the hill since November 26.': ['2024-11-26..2024-11-29'],
      'It was the third day of the offensive.': ['2024-11-27..2024-11-29'],
      'After a two-day offensive, they entered.': ['2024-11-28..2024-11-29'],
      'Talks resume tomorrow.': [],
      // The calendar month before the dateline's.
      'Rebels had seized the dam last month.': ['2024-10-01..2024-10-31'],
    });
  });
  it('marks loose windows', () => {
    expect(findDates('The group advanced this week.', FRI)[0].vague).toBe(true);
    expect(findDates('Strikes in recent weeks killed many.', FRI)[0]).toMatchObject({
      from: '2024-11-08',
      vague: true,
    });
    expect(findDates('They seized ten villages since Wednesday.', FRI)[0].vague).toBeUndefined();
  });
  it('reads explicit dates, with or without a year', () => {
    expect(dates('A photo taken on November 29, 2024 shows it.', null)).toEqual(['2024-11-29']);
    expect(dates('It happened on 28 November.')).toEqual(['2024-11-28']);
    expect(dates('It happened on Dec. 30.', '2025-01-02')).toEqual(['2024-12-30']);
  });
  it('leaves relative dates unknown without a dateline, and ignores bare years', () => {
    expect(dates('They entered on Friday.', null)).toEqual([]);
    expectRows(dates, {
      'A truce was signed in March 2020.': [],
      '': [],
    });
  });
});

describe('date helpers', () => {
  it('adds days across months and validates dates', () => {
    expect(addDays('2024-12-01', -1)).toBe('2024-11-30');
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate(null)).toBe(false);
  });

  it('validates a day by arithmetic exactly as the calendar does', () => {
    // The calendar's own answer: a real day prints back as itself.
    const byDate = (s: string) => {
      const t = Date.parse(`${s}T00:00:00Z`);
      return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (const year of [0, 4, 100, 1600, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isIsoDate(s), s).toBe(byDate(s));
        }
    for (const s of ['2024-1-01', '2024-01-01 ', ' 2024-01-01', '2024-01-01\n', '24-01-01', '2024/01/01', ''])
      expect(isIsoDate(s), JSON.stringify(s)).toBe(false);
  });
});
