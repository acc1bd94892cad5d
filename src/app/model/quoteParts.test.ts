import { describe, expect, it } from 'vitest';
import { quoteParts } from './quoteParts.ts';

describe('quoteParts', () => {
  const text = 'First line here.\nThe convoy reached Tall Qarah at dawn. Later it left.';
  it('cuts the sentence around the place', () => {
    const start = text.indexOf('Tall Qarah');
    const q = quoteParts(text, start, start + 'Tall Qarah'.length)!;
    expect(q.before).toBe('The convoy reached ');
    expect(q.match).toBe('Tall Qarah');
    expect(q.after).toBe(' at dawn.');
  });
  it('returns null for offsets outside the text', () => {
    expect(quoteParts(text, 5, 500)).toBeNull();
    expect(quoteParts(text, 7, 7)).toBeNull();
  });
});
