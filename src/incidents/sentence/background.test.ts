import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.ts';
import { backgroundClauses, isBackground, pastYears } from './background.ts';

const DL = '2024-11-29';

describe('pastYears', () => {
  it('finds past years in their usual phrasings', () => {
    for (const t of [
      'retook it in late 2016',
      'allied since 2015',
      'a truce in March 2020',
      'cleared in 2019-2020',
      'after raids on the hamlets last year',
      'taken three years ago',
    ]) {
      expect(pastYears(t, DL)).toHaveLength(1);
    }
    expect(pastYears('taken three years ago', DL)[0].year).toBe(2021);
  });
  it('ignores comparisons and the current year', () => {
    expect(pastYears('the fiercest fighting since 2020', DL)).toEqual([]);
    expect(pastYears('the first time since 2016', DL)).toEqual([]);
    expect(pastYears('the heaviest shelling since last year', DL)).toEqual([]);
    expect(pastYears('in November 2024', DL)).toEqual([]);
  });
});

describe('background', () => {
  it('flags history and what continues it', () => {
    const text = 'The army retook the town in 2016, with the rebels agreeing to leave after months of siege.';
    const cs = splitClauses(text);
    expect(backgroundClauses(text, cs, DL, () => false).every(Boolean)).toBe(true);
  });
  it('flags a "when" clause after a past year, not the comparison before it', () => {
    const text = 'It was the worst fighting since 2020, when troops seized the area.';
    const cs = splitClauses(text);
    expect(backgroundClauses(text, cs, DL, () => false)).toEqual([false, true]);
  });
  it('flags war totals but not news', () => {
    expect(isBackground('The civil war has claimed half a million lives', null, '', DL)).toBe(true);
    expect(isBackground('Rebels entered the town on Friday', null, '', DL)).toBe(false);
  });
});
