import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeReport, textTooLarge } from './decodeReport.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeReport', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeReport(bytes('\uFEFFRebels entered Aleppo.'))).toEqual({ text: 'Rebels entered Aleppo.' });
    expect(decodeReport(bytes('قصف على حلب'))).toEqual({ text: 'قصف على حلب' });
  });

  it('refuses Latin-1, naming the line', () => {
    const latin1 = new Uint8Array([...bytes('Rebels entered\nAlepp'), 0xe9, ...bytes('.\n')]);
    expect(decodeReport(latin1)).toEqual({
      error:
        'not UTF-8 text (line 2 has a byte that is not UTF-8: Latin-1 or Windows-1252? Save it as UTF-8)',
    });
  });

  it('refuses empty, binary and letterless files', () => {
    expect(decodeReport(new Uint8Array())).toEqual({ error: 'the file is empty' });
    expect(decodeReport(bytes(' \n\t'))).toEqual({ error: 'the file is empty' });
    expect(decodeReport(bytes('a\u0000b'))).toEqual({ error: 'binary data, not text' });
    expect(decodeReport(bytes('12 34 !!'))).toEqual({ error: 'no letters, nothing to read' });
  });

  it('never throws on random bytes, and accepts exactly what the strict decoder accepts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const r = decodeReport(b);
        let strict = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b);
        } catch {
          strict = false;
        }
        if ('text' in r) expect(strict).toBe(true);
        if (!strict) expect('error' in r && r.error.startsWith('not UTF-8')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('holds pasted text to the size of a report file', () => {
    expect(textTooLarge('abc')).toBe(false);
    expect(textTooLarge('ح'.repeat(1_000_000))).toBe(false); // 2,000,000 bytes: at the limit
    expect(textTooLarge('ح'.repeat(1_000_001))).toBe(true);
    expect(textTooLarge('a'.repeat(2_000_001))).toBe(true);
  });
});
