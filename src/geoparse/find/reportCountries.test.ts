// Which countries a report is about, from its votes and the names only one country has.
import { describe, expect, it } from 'vitest';
import { reportCountries } from './reportCountries.ts';

const names = (entries: [string, string[]][]) => new Map(entries.map(([c, k]) => [c, new Set(k)]));

describe('reportCountries', () => {
  it('follows the votes, and brings in a country only two names of its own vouch for', () => {
    const votes = new Map([['IL', 2]]);
    expect(reportCountries(votes, names([['LB', ['tayr harfa', 'kafr kila']]]))).toEqual({
      focus: 'IL',
      countries: new Set(['IL', 'LB']),
    });
    expect(reportCountries(votes, names([['LB', ['tayr harfa']]])).countries).toEqual(new Set(['IL']));
  });

  it('decides by the names only one country has when nothing votes', () => {
    expect(reportCountries(new Map(), names([['UA', ['kurakhuvi']]]))).toEqual({
      focus: 'UA',
      countries: new Set(['UA']),
    });
  });

  it("brings in a lone name's country when only a large place's other name voted", () => {
    // Half a vote: a town of one country written as another country's city was once called.
    const r = reportCountries(new Map([['RU', 0.5]]), names([['UA', ['myrnuhrad']]]));
    expect(r.countries).toEqual(new Set(['RU', 'UA']));
    // A full vote (a place named as it is known) still leaves a lone name abroad out.
    expect(reportCountries(new Map([['RU', 1]]), names([['UA', ['myrnuhrad']]])).countries).toEqual(
      new Set(['RU']),
    );
  });
});
