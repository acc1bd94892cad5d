import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyrightLine, copyrightLower, endsTerminal, irregularSpace } from './classifyLines.ts';

const PIECES = [
  'a', 'C', 'c', '©', '(', ')', '1', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', 'é', 'ſ', 'K', 'İ',
  'all', 'ALL', 'rights', 'RiGhTs', 'reserved', 'copyright', 'Copyright', '(c) 2', 'all rights reserved', '.',
]; // prettier-ignore
const arbLine = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(''));

describe('classifyLines matchers', () => {
  it('finds a copyright notice exactly as its pattern does', () => {
    const pattern = /^(?:copyright\b|©|\(c\)\s*\d)|all rights reserved/i;
    fc.assert(
      fc.property(arbLine, (t) => {
        expect(copyrightLine(t)).toBe(pattern.test(t));
        expect(copyrightLower(t, t.toLowerCase())).toBe(pattern.test(t));
      }),
      { numRuns: 5000 },
    );
    expect(
      ['© 2024 The Paper', 'Text and photos: ALL Rights Reserved', 'Civilians fled.'].map(copyrightLine),
    ).toEqual([true, true, false]);
  });

  it('finds a line ending on a stop or a closing mark exactly as its pattern does', () => {
    const pattern = /[.!?:;"”’)\]…]$/;
    const ends = fc.constantFrom(
      '.',
      '!',
      '?',
      ':',
      ';',
      '"',
      '”',
      '’',
      ')',
      ']',
      '…',
      '(',
      ',',
      '“',
      'x',
      '\n',
      '',
    );
    fc.assert(
      fc.property(arbLine, ends, (t, end) => {
        expect(endsTerminal(t + end)).toBe(pattern.test(t + end));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds whitespace other than single spaces exactly as its pattern does', () => {
    const pattern = /[^\S ]| {2}/;
    fc.assert(
      fc.property(arbLine, (t) => {
        expect(irregularSpace(t)).toBe(pattern.test(t));
      }),
      { numRuns: 5000 },
    );
  });
});
