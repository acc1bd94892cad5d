import { describe, expect, it } from 'vitest';
import { articleIdFor, checkReport } from './readReportFiles.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('checkReport', () => {
  it('accepts UTF-8 text and drops a byte-order mark', () => {
    expect(checkReport('a.txt', bytes('\uFEFFShelling hit Tall Rifaat.'))).toEqual({
      text: 'Shelling hit Tall Rifaat.',
    });
  });
  it('names the file when refusing it', () => {
    expect(checkReport('b.txt', new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({
      error: expect.stringMatching(/^b\.txt: not UTF-8 text \(line 1 /) as string,
    });
    expect(checkReport('c.md', bytes('  \n'))).toEqual({ error: 'c.md: the file is empty' });
    expect(checkReport('d.pdf', bytes('x'))).toEqual({
      error: 'd.pdf: only .txt and .md reports can be added',
    });
  });
});

describe('articleIdFor', () => {
  it('makes unique ids from file names', () => {
    const taken = new Set<string>();
    expect(articleIdFor('My Report.txt', taken)).toBe('my-report');
    expect(articleIdFor('my report.md', taken)).toBe('my-report-2');
  });
});
