import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundedDistance } from './fold.ts';
import { buildFuzzyTables, FuzzyKeys, skeleton } from './FuzzyKeys.ts';

function keys(buckets: Record<string, string[]> = BUCKETS): FuzzyKeys {
  const all = [...new Set(Object.values(buckets).flat())];
  const tables = buildFuzzyTables(new Map(Object.entries(buckets)), (k) => all.indexOf(k));
  return new FuzzyKeys(tables, (id) => all[id]);
}
const BUCKETS = {
  SY: ['sarakib', 'hamdani', 'sarakib', 'tal rifat'],
  LB: ['sarakeb'],
  '*': ['damaskus'],
};

describe('FuzzyKeys', () => {
  it('finds keys one edit away in the wanted countries and the world bucket, sorted', () => {
    expect(keys().oneEditAway('sarakab', ['SY'])).toEqual([['sarakib', 1]]);
    expect(keys().oneEditAway('sarakab', ['LB', 'SY'])).toEqual([
      ['sarakeb', 1],
      ['sarakib', 1],
    ]);
    expect(keys().oneEditAway('damaskos', [])).toEqual([['damaskus', 1]]);
  });

  it('needs the same first letter and six letters', () => {
    expect(keys().oneEditAway('tarakib', ['SY'])).toEqual([]);
    expect(keys().oneEditAway('hamda', ['SY'])).toEqual([]);
  });

  it('finds keys by consonant skeleton in one country', () => {
    expect(keys().sameSkeleton(skeleton('tel rifaat'), 'SY')).toEqual(['tal rifat']);
    expect(keys().sameSkeleton(skeleton('tel rifaat'), 'LB')).toEqual([]);
  });

  it('finds every key one edit away and nothing else, whatever the hash rows share (property)', () => {
    // 3,000 keys in one bucket make the rows of the deletion table hold unrelated keys.
    const letters = 'abdikmnrstu';
    const words: string[] = [];
    let seed = 7;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    while (words.length < 3000) {
      let w = 'k';
      for (let n = 5 + Math.floor(rand() * 5); n > 0; n--) w += letters[Math.floor(rand() * letters.length)];
      words.push(w);
    }
    const f = keys({ SY: words });
    const uniq = [...new Set(words)];
    fc.assert(
      fc.property(fc.constantFrom(...uniq), fc.nat(), fc.constantFrom('', 'a', 'z', 'kk'), (w, pos, ch) => {
        const i = 1 + (pos % (w.length - 1));
        const probe = w.slice(0, i) + ch + w.slice(i + 1);
        const want = uniq
          .filter((k) => k !== probe && k[0] === probe[0] && Math.min(k.length, probe.length) >= 6)
          .map((k) => [k, boundedDistance(k, probe, 1)] as [string, number])
          .filter(([, d]) => d <= 1)
          .sort((a, b) => (a[0] < b[0] ? -1 : 1));
        expect(f.oneEditAway(probe, ['SY'])).toEqual(probe.length >= 6 ? want : []);
      }),
      { numRuns: 300 },
    );
  });
});
