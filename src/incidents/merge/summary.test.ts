import { describe, expect, it } from 'vitest';
import { summarise } from './summary.ts';

describe('summarise', () => {
  it('writes type, place, date, sides, figures and stance counts', () => {
    const s = summarise({
      type: 'advance',
      placeName: 'Midcity',
      date: '2024-11-29',
      status: 'contested',
      agent: 'opposition',
      figures: [{ what: 'civilians-killed', value: 4, qualifier: 'at least', article: 'a' }],
      sources: [
        { article: 'a', outlet: 'X', attribution: null, stance: 'claim', start: 0, end: 5 },
        { article: 'b', outlet: 'Y', attribution: 'state media', stance: 'denial', start: 0, end: 5 },
      ],
      background: false,
    });
    expect(s).toBe(
      'Advance / capture by opposition forces at Midcity on 2024-11-29. Figures: at least 4 civilians killed. Contested: told in 1 report, disputed by state media.',
    );
  });
  it('names sides read from the reports, and windows of days', () => {
    const s = summarise({
      type: 'shelling',
      placeName: 'Fartown',
      date: '2024-11-29',
      dateFrom: '2024-11-27',
      status: 'reported',
      agent: 'rsf',
      agentName: 'Rapid Support Forces',
      figures: [],
      sources: [{ article: 'a', outlet: 'X', attribution: 'X', stance: 'report', start: 0, end: 5 }],
      background: false,
    });
    expect(s).toBe(
      'Shelling by Rapid Support Forces at Fartown between 2024-11-27 and 2024-11-29. Reported in 1 report.',
    );
  });
  it('says when the date is unknown and when it is history', () => {
    const s = summarise({
      type: 'shelling',
      placeName: 'Fartown',
      date: null,
      status: 'reported',
      agent: 'unknown',
      figures: [],
      sources: [],
      background: true,
    });
    expect(s).toBe('Background: Shelling at Fartown, date not given. Reported in 0 reports.');
  });
});
