import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from '../../pipeline/decodeReport.ts';
import { pastedTextProblem } from './pastedTextProblem.ts';

describe('pastedTextProblem', () => {
  it('lets a report up to the file limit through and names one over it, in UTF-8 bytes', () => {
    expect(pastedTextProblem('Fighters advanced on the town.')).toBeNull();
    expect(pastedTextProblem('x'.repeat(MAX_REPORT_BYTES))).toBeNull();
    expect(pastedTextProblem('x'.repeat(2_100_000))).toBe(
      'pasted text: 2.1 MB, larger than the 2.0 MB a report may be (as for files); nothing was added',
    );
    // 700,000 Arabic letters: 1.4 MB of UTF-8, under; 1,100,000: 2.2 MB, over.
    expect(pastedTextProblem('\u0639'.repeat(700_000))).toBeNull();
    expect(pastedTextProblem('\u0639'.repeat(1_100_000))).toMatch(/^pasted text: 2\.2 MB, larger than/);
  });
});
