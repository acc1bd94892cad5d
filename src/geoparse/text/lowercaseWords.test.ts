import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SegmentedArticle } from '../../types/model.ts';
import { lowercaseWords } from './lowercaseWords.ts';

/** The rule as a regex: the scanner must find exactly these words. */
const RULE = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*/gu;

const doc = (text: string, spans: [number, number][]): SegmentedArticle => ({
  article: { id: 'a', text },
  sentences: spans.map(([start, end], index) => ({ index, start, end })),
  excluded: [],
  datelinePlaces: [],
});

const PIECES = [
  'a', 'Z', 'é', 'É', 'ß', 'ʼ', "'", '’', '-', ' ', '\n', '0', '٣', 'ال', 'ب', '\u0301', '中', 'Ω', 'ω',
  '𝐀', '𝑎', '😀', '\ud835', '\udc1a', 'ǅ', 'ı', '.', ',',
]; // prettier-ignore

describe('lowercaseWords', () => {
  it('keeps words written in lowercase, not glued ones or capitalised ones', () => {
    const text = "Rebels said rebels' al-Bab don't x2 été";
    expect([...lowercaseWords(doc(text, [[0, text.length]]))].sort()).toEqual(
      ['al', 'don', 'rebels', 'said', 'x', 'été'].sort(),
    );
  });

  it('finds exactly what the regex finds, sentence by sentence', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((xs) => xs.join('')),
        fc.nat(),
        (text, cut) => {
          const mid = text.length ? cut % (text.length + 1) : 0;
          const spans: [number, number][] = [
            [0, mid],
            [mid, text.length],
          ];
          const expected = new Set(
            spans.flatMap(([s, e]) => [...text.slice(s, e).matchAll(RULE)].map((m) => m[0])),
          );
          expect(lowercaseWords(doc(text, spans))).toEqual(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
