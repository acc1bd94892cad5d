import { describe, expect, it } from 'vitest';
import { wrapText } from './exportPng.ts';

const sixPx = (s: string) => s.length * 6;

describe('wrapText', () => {
  it('breaks a credit line between words to fit the legend column', () => {
    expect(wrapText('Land and borders: Natural Earth (public domain)', 110, sixPx)).toEqual([
      'Land and borders:',
      'Natural Earth',
      '(public domain)',
    ]);
  });
  it('keeps a line that fits whole, and a word wider than the column alone', () => {
    expect(wrapText('Roads: ours', 110, sixPx)).toEqual(['Roads: ours']);
    expect(wrapText('see https://example.org/a/very/long/path', 60, sixPx)).toEqual([
      'see',
      'https://example.org/a/very/long/path',
    ]);
  });
});
