import { describe, expect, it } from 'vitest';
import { FuzzyKeys, skeleton } from './FuzzyKeys.ts';

function keys(): FuzzyKeys {
  const f = new FuzzyKeys();
  f.keysOf('SY').push('sarakib', 'hamdani', 'sarakib', 'tal rifat');
  f.keysOf('LB').push('sarakeb');
  f.keysOf('*').push('damaskus');
  return f;
}

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
});
