import { describe, expect, it } from 'vitest';
import { countWork } from './countWork.ts';
import { splitSentences } from '../../src/geoparse/text/splitSentences.ts';

/** A quadratic function of our own, to show the counter sees what a clock would. */
function pairs(n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) k++;
  return k;
}

describe('countWork', () => {
  it('counts the blocks run: the same call costs the same every time', async () => {
    const text = 'Rebels entered Aleppo.\n\nShelling hit Homs.';
    const a = await countWork(() => splitSentences(text));
    const b = await countWork(() => splitSentences(text));
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  it('tells linear from quadratic work', async () => {
    const linear = async (n: number) => countWork(() => splitSentences('A b.\n'.repeat(n)));
    expect((await linear(4000)) / (await linear(1000))).toBeLessThan(4.5);
    const quad = async (n: number) => countWork(() => pairs(n), '/scripts/lib/countWork.test');
    expect((await quad(400)) / (await quad(100))).toBeGreaterThan(12);
  });
});
