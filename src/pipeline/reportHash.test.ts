import { describe, expect, it } from 'vitest';
import { normaliseReportText, reportHash, reportTextHash } from './reportHash.ts';

// Our own sentences.
const A = 'Opposition fighters entered the town of Atarib on Thursday, a monitor said.';

describe('reportTextHash', () => {
  it('is 128 bits of hex, the same for the same words however they are spaced or composed', () => {
    const h = reportTextHash(A);
    expect(h).toMatch(/^[0-9a-f]{32}$/);
    expect(reportTextHash(`\uFEFF  ${A.replace(/ /g, '\r\n')}\n`)).toBe(h);
    // "é" composed and decomposed are one text.
    expect(reportTextHash('Caf\u00e9 strike.')).toBe(reportTextHash('Cafe\u0301 strike.'));
    expect(normaliseReportText(' a\u00a0\tb\n')).toBe('a b');
  });
  it('differs when a word differs', () => {
    expect(reportTextHash(A.replace('Thursday', 'Friday'))).not.toBe(reportTextHash(A));
  });
});

describe('reportHash', () => {
  it('depends on the text, dateline and outlet, not on the id or file', () => {
    const base = { text: A, dateline: '2024-11-28', outlet: 'Wire' };
    const h = reportHash(base);
    expect(h).toMatch(/^[0-9a-f]{32}$/);
    expect(reportHash({ ...base, id: 'x', file: 'x.txt' } as typeof base)).toBe(h);
    expect(reportHash({ ...base, dateline: '2024-11-29' })).not.toBe(h);
    expect(reportHash({ ...base, outlet: null })).not.toBe(h);
    expect(reportHash({ ...base, outlet: undefined })).toBe(reportHash({ ...base, outlet: null }));
    expect(reportHash(base)).not.toBe(reportTextHash(A));
  });
});
