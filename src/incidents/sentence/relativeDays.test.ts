import { describe, expect, it } from 'vitest';
import { expectRows } from '../expectRows.ts';
import { relativeDays } from './relativeDays.ts';

describe('relativeDays', () => {
  // Told against Wednesday 20 November 2024 (the day named before), in a report of Friday 22.
  const told = (text: string, anchor: string | null = '2024-11-20') =>
    relativeDays(text, anchor, '2024-11-22').map((d) => (d.from ? `${d.from}..${d.date}` : d.date));
  it('counts days and weeks from the day named before', () => {
    expectRows(told, {
      'Five days earlier, militia fighters had burned the ferry.': ['2024-11-15'],
      'A week earlier the garrison had been resupplied by air.': ['2024-11-13'],
      'The bridge had been mined two days before.': ['2024-11-18'],
      'Rebels returned a day later and looted the depot.': ['2024-11-21'],
      'The convoy was ambushed the next morning.': ['2024-11-21'],
      'Police blocked the pass the same day.': ['2024-11-20'],
      'Shells had hit the clinic the day before.': ['2024-11-19'],
    });
  });
  it('gives the calendar week or month before as a window, and a month away as a week around it', () => {
    expectRows(told, {
      'The previous week, gunmen raided the mine.': ['2024-11-11..2024-11-17'],
      'They had taken the ridge the week before.': ['2024-11-11..2024-11-17'],
      'The preceding month, two schools were shelled.': ['2024-10-01..2024-10-31'],
      'A month earlier the airfield had been bombed.': ['2024-10-18..2024-10-24'],
    });
  });
  it('leaves "before"/"after" that lead a clause to subordinateOffset, and never passes the dateline', () => {
    expectRows(told, {
      'Two days before the vote, jets struck the camp.': [],
      'The day after the truce, they attacked.': [],
      // Wednesday + 3 is Saturday, after the report was filed: no reading.
      'Three days later the town was retaken.': [],
    });
  });
  it('counts from the dateline when the report named no day before', () => {
    expect(told('A week earlier, troops left the base.', null)).toEqual(['2024-11-15']);
    expect(relativeDays('A week earlier, troops left.', null, null)).toEqual([]);
  });
  it('counts from a day the sentence names before the words, not the day named before it', () => {
    // Thursday 21 named in the sentence; Wednesday 20 was named before (the anchor).
    const own = (text: string) => {
      const at = text.indexOf('Thursday');
      const thursday = { start: at, end: at + 'Thursday'.length, date: '2024-11-21' };
      return relativeDays(text, '2024-11-20', '2024-11-22', [thursday]).map((d) => d.date);
    };
    expectRows(own, {
      'Ferries stopped on Thursday because the jetty was mined two days earlier.': ['2024-11-19'],
      'The pass reopened on Thursday, a week after it was shut, and closed again the next day.': [
        '2024-11-22',
      ],
      // A day named after the words is no anchor: the day named before counts.
      'Two days earlier, on Thursday evening, the depot burned.': ['2024-11-18'],
    });
    // A window the sentence names ("over the weekend") anchors nothing.
    const weekend = { start: 25, end: 41, date: '2024-11-17', from: '2024-11-16' };
    expect(
      relativeDays(
        'The camp had been shelled over the weekend and again a day later.',
        '2024-11-20',
        '2024-11-22',
        [weekend],
      ).map((d) => d.date),
    ).toEqual(['2024-11-21']);
  });
});
