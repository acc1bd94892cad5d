import { describe, expect, it } from 'vitest';
import { sourceQuote } from './sourceQuote.ts';

const text = 'Intro line. Shells fell on the dormitories of Example University on Tuesday. End.';
const s = text.indexOf('Shells');
const e = text.indexOf('Tuesday.') + 'Tuesday.'.length;
const p = text.indexOf('Example University');
const place = { mentions: [{ article: 'a', start: p, end: p + 18, text: 'Example University' }] };

describe('sourceQuote', () => {
  it('marks the place inside a sentence span', () => {
    const q = sourceQuote(text, { article: 'a', start: s, end: e }, place)!;
    expect(q.match).toBe('Example University');
    expect(q.before + q.match + q.after).toBe(text.slice(s, e));
  });
  it('finds the sentence around a mention span', () => {
    const q = sourceQuote(text, { article: 'a', start: p, end: p + 18 }, place)!;
    expect(q.before).toBe('Shells fell on the dormitories of ');
  });
  it('is null without text or with offsets outside it', () => {
    expect(sourceQuote(undefined, { article: 'a', start: 0, end: 3 }, place)).toBeNull();
    expect(sourceQuote(text, { article: 'a', start: 0, end: 999 }, place)).toBeNull();
  });
});
