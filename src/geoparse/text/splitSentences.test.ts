import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences, wordBeforeStops } from './splitSentences.ts';

/** What wordBeforeStops must find, as the regex it replaces. */
const byRegex = (text: string, from: number, to: number): string =>
  /([\p{L}]+)[.]*$/u.exec(text.slice(from, to))?.[1] ?? '';

const PIECES = [
  'a', 'Z', 'é', 'ß', '.', '..', ' ', '-', '7', '!', 'ال', '中', '𝐀', '😀', '\ud800', '\udc00', '\u0301', 'Mr', 'U.S',
]; // prettier-ignore
const arbText = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(''));

describe('wordBeforeStops', () => {
  it('finds the letters before the closing stops exactly as the regex does, within any bounds', () => {
    fc.assert(
      fc.property(arbText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length ? a % text.length : 0;
        const to = from + (text.length ? b % (text.length - from + 1) : 0);
        expect(wordBeforeStops(text, from, to)).toBe(byRegex(text, from, to));
      }),
      { numRuns: 5000 },
    );
    expect(wordBeforeStops('Talks with Gen. Haftar', 0, 15)).toBe('Gen');
    expect(wordBeforeStops('in the U.S. and', 0, 11)).toBe('S');
    expect(wordBeforeStops('it fell 3.', 0, 10)).toBe('');
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at a title, an initial or a month written short', () => {
    const text =
      'Gen. Kamal met Dr. Rahim in the Mt. Lebanon hills on Dec. 4. John F. Kerry spoke later. It rained.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Gen. Kamal met Dr. Rahim in the Mt. Lebanon hills on Dec. 4.',
      'John F. Kerry spoke later.',
      'It rained.',
    ]);
  });
});
