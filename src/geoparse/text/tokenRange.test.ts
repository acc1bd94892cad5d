import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';
import { tokenRange } from './tokenRange.ts';

describe('tokenRange', () => {
  const text = 'Shelling hit Kafr Nabl and the Idlib city centre.';
  const tokens = tokenize(text, 0, text.length);
  const span = (words: string) => {
    const start = text.indexOf(words);
    return [start, start + words.length] as const;
  };

  it('gives the first and last token of a span that starts on a token', () => {
    expect(tokenRange(tokens, ...span('Kafr Nabl'))).toEqual({ from: 2, to: 3 });
    expect(tokenRange(tokens, ...span('Idlib city centre'))).toEqual({ from: 6, to: 8 });
    expect(tokenRange(tokens, ...span('Shelling'))).toEqual({ from: 0, to: 0 });
  });

  it('stops at the last token ending inside the span', () => {
    const [start] = span('Idlib');
    expect(tokenRange(tokens, start, start + 'Idlib ci'.length)).toEqual({ from: 6, to: 6 });
  });

  it('is undefined when no token starts at the span', () => {
    const [start, end] = span('Nabl');
    expect(tokenRange(tokens, start + 1, end)).toBeUndefined();
    expect(tokenRange(tokens, text.length + 5, text.length + 9)).toBeUndefined();
    expect(tokenRange([], 0, 4)).toBeUndefined();
  });
});
