import { describe, expect, it } from 'vitest';
import { expectRows } from '../expectRows.ts';
import { findFigures, parseNumber } from './figures.ts';

const figs = (text: string) => findFigures(text).map((f) => `${f.qualifier}|${f.value}|${f.what}`);

describe('findFigures', () => {
  it('reads qualified casualty figures', () => {
    expectRows(figs, {
      'At least 12 civilians were killed in the raid.': ['at least|12|civilians-killed'],
      'More than 300 people have died since the weekend.': ['more than|300|killed'],
      'The blasts killed some 40 people.': ['some|40|killed'],
      'Six civilians, including three children, were wounded.': [
        '|6|civilians-wounded',
        'including|3|children-wounded',
      ],
    });
  });
  it('reads displacement and territory', () => {
    expectRows(figs, {
      'More than 9,500 people have been displaced.': ['more than|9500|displaced'],
      'They took over 30 government-held villages and 120 square kilometres.': [
        'over|30|villages',
        '|120|km2',
      ],
    });
  });
  it('ignores numbers that count nothing on the map', () => {
    expectRows(figs, {
      'The city is home to 2 million people.': [],
      'Children as young as 8 years old; two military sources; T-72 tanks.': [],
      '': [],
    });
  });
});

describe('parseNumber', () => {
  it('parses digits, separators, scales and words', () => {
    expect(parseNumber('14,000')).toBe(14000);
    expect(parseNumber('1.5 million')).toBe(1_500_000);
    expect(parseNumber('twenty thousand')).toBe(20000);
    expect(parseNumber('four')).toBe(4);
    expect(parseNumber('lots')).toBeNaN();
  });
});
