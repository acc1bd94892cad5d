import { describe, expect, it } from 'vitest';
import { findFigures, parseNumber } from './figures.ts';

const figs = (text: string) => findFigures(text).map((f) => `${f.qualifier}|${f.value}|${f.what}`);

describe('findFigures', () => {
  it('reads qualified casualty figures', () => {
    expect(figs('At least 12 civilians were killed in the raid.')).toEqual(['at least|12|civilians-killed']);
    expect(figs('More than 300 people have died since the weekend.')).toEqual(['more than|300|killed']);
    expect(figs('The blasts killed some 40 people.')).toEqual(['some|40|killed']);
    expect(figs('Six civilians, including three children, were wounded.')).toEqual([
      '|6|civilians-wounded',
      'including|3|children-wounded',
    ]);
  });
  it('reads displacement and territory', () => {
    expect(figs('More than 9,500 people have been displaced.')).toEqual(['more than|9500|displaced']);
    expect(figs('They took over 30 government-held villages and 120 square kilometres.')).toEqual([
      'over|30|villages',
      '|120|km2',
    ]);
  });
  it('ignores numbers that count nothing on the map', () => {
    expect(figs('The city is home to 2 million people.')).toEqual([]);
    expect(figs('Children as young as 8 years old; two military sources; T-72 tanks.')).toEqual([]);
    expect(figs('')).toEqual([]);
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
