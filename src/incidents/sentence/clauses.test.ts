import { describe, expect, it } from 'vitest';
import { clauseAt, normaliseText, splitClauses } from './clauses.ts';

const parts = (text: string) => splitClauses(text).map((c) => text.slice(c.start, c.end).trim());

describe('splitClauses', () => {
  it('breaks at conjunctions after a comma, reporting participles and semicolons', () => {
    expect(parts('Officials closed the road on Monday, as fighters said they had taken the hill.')).toEqual([
      'Officials closed the road on Monday',
      'as fighters said they had taken the hill.',
    ]);
    expect(parts('The official denied the raid, telling us the base is calm; two died.')).toHaveLength(3);
    expect(parts('Two died when a shell hit the market.')).toEqual([
      'Two died',
      'when a shell hit the market.',
    ]);
  });
  it('keeps a sentence without breaks whole, and copes with empty text', () => {
    expect(parts('Rebels entered the town.')).toEqual(['Rebels entered the town.']);
    expect(splitClauses('')).toHaveLength(1);
  });
  it('records the word that opens each clause', () => {
    expect(splitClauses('They left in 2016, when the siege ended.').map((c) => c.opener)).toEqual([
      '',
      'when',
    ]);
  });
  it('finds the clause of an offset', () => {
    const text = 'A happened; B happened.';
    const cs = splitClauses(text);
    expect(clauseAt(cs, text.indexOf('B'))).toBe(1);
    expect(clauseAt(cs, 0)).toBe(0);
  });
});

describe('normaliseText', () => {
  it('replaces typographic quotes without moving offsets', () => {
    const s = '\u201EThey came\u201D, the town\u2019s mayor said.';
    expect(normaliseText(s)).toHaveLength(s.length);
    expect(normaliseText(s)).toContain("town's");
  });
});
