import { describe, expect, it } from 'vitest';
import { outletSpans } from './outletSpans.ts';

const spans = (text: string, outlet: string) =>
  outletSpans(text, outlet).map((s) => text.slice(s.start, s.end));

describe('outletSpans', () => {
  it('finds every occurrence of the outlet as written, with any run of spaces between its words', () => {
    const text =
      'Tue 3 Dec — Harbour Wire\nSAFITA (Harbour  Wire) — Shelling was heard. Harbour Wire could not verify it.';
    expect(spans(text, 'Harbour Wire')).toEqual(['Harbour Wire', 'Harbour  Wire', 'Harbour Wire']);
    expect(outletSpans(text, 'Harbour Wire')[0]).toEqual({ start: 12, end: 24 });
  });

  it('skips the first word alone, a name inside a longer word, and another case', () => {
    const text =
      'The Harbour was calm. SeaHarbour Wire and Harbour Wires are other papers; harbour wire is lowercase. Harbour Wire.';
    expect(spans(text, 'Harbour Wire')).toEqual(['Harbour Wire']);
    expect(outletSpans(text, 'Harbour Wire')[0].start).toBe(text.lastIndexOf('Harbour Wire'));
  });

  it('reads occurrences one after another, never inside the last one', () => {
    expect(spans('Wire Wire Wire Wire', 'Wire Wire')).toEqual(['Wire Wire', 'Wire Wire']);
    expect(outletSpans('Wire Wire Wire', 'Wire Wire')).toEqual([{ start: 0, end: 9 }]);
  });

  it('escapes the name and gives nothing for short or missing outlets', () => {
    expect(spans('Reported by A.B.C. News (A.B.C. News).', 'A.B.C. News')).toEqual([
      'A.B.C. News',
      'A.B.C. News',
    ]);
    expect(spans('ABCD News and AxBxC News', 'A.B.C News')).toEqual([]);
    expect(outletSpans('AP said so.', 'AP')).toEqual([]);
    expect(outletSpans('Nothing here.', null)).toEqual([]);
  });
});
