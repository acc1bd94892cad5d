import { describe, expect, it } from 'vitest';
import { isNamedAs } from '../../gazetteer/admin1Names.ts';
import { testEntries } from '../testGazetteer.ts';
import { namedAs } from './namedAs.ts';
import { clearTextCaches } from './textCaches.ts';

describe('namedAs', () => {
  it('answers as isNamedAs does, asked in any order and again after the text caches are emptied', () => {
    const entries = testEntries();
    const forms = [
      'Aleppo',
      'aleppo',
      'Halab',
      'Idlib Governorate',
      'Idlib',
      'Manbij',
      'Saraqib',
      'Aleppo ',
      '',
      'Hama',
    ];
    const expected = entries.map((e) => forms.map((w) => isNamedAs(e, w)));
    expect(expected.flat()).toContain(true);
    for (let round = 0; round < 3; round++) {
      // Forms interleaved entry by entry, then entry by entry per form: the memo must not mix them.
      expect(entries.map((e) => forms.map((w) => namedAs(e, w)))).toEqual(expected);
      expect(forms.map((w) => entries.map((e) => namedAs(e, w)))).toEqual(
        forms.map((_, j) => expected.map((row) => row[j])),
      );
      if (round === 1) clearTextCaches();
    }
    expect(namedAs(entries[0], undefined)).toBe(false);
  });
});
