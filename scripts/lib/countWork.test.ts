import { countWork } from './countWork.ts'; // first: counting starts when it is imported
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/geoparse/text/splitSentences.ts';

/** A quadratic function of our own, to show the counter sees what a clock would. */
function pairs(n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) k++;
  return k;
}

describe('countWork', () => {
  it('counts the blocks run: the same call costs the same every time', () => {
    const text = 'Rebels entered Aleppo.\n\nShelling hit Homs.';
    const a = countWork(() => splitSentences(text));
    const b = countWork(() => splitSentences(text));
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  it('tells linear from quadratic work', () => {
    const linear = (n: number) => countWork(() => splitSentences('A b.\n'.repeat(n)));
    expect(linear(4000) / linear(1000)).toBeLessThan(4.5);
    const quad = (n: number) => countWork(() => pairs(n), '/scripts/lib/countWork.test');
    expect(quad(400) / quad(100)).toBeGreaterThan(12);
  });
});
