import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { gazetteerEntry } from '../../gazetteer/gazetteerEntry.ts';
import type { GazetteerEntry } from '../../types/model.ts';
import { foldKey } from '../index/fold.ts';
import {
  byVowelSkeleton,
  closestHits,
  namesAreTransliterated,
  unglued,
  vowelSkeleton,
} from './looseMatch.ts';

function town(id: string, name: string, country = 'SY', population = 0): GazetteerEntry {
  return gazetteerEntry({ id, name, lon: 37, lat: 35, population, country });
}

describe('vowelSkeleton', () => {
  it('keeps consonants in place and lets the vowels differ', () => {
    expect(vowelSkeleton(foldKey('Tasyaa'))).toBe(vowelSkeleton(foldKey('Tisya'))); // made-up pair
    expect(vowelSkeleton(foldKey('Kirbeh'))).toBe(vowelSkeleton(foldKey('Karbah')));
    expect(vowelSkeleton(foldKey('Kirbeh'))).not.toBe(vowelSkeleton(foldKey('Kabreh')));
  });

  it('is stable: a skeleton is its own skeleton', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,2}$/), (k) => {
        expect(vowelSkeleton(vowelSkeleton(k))).toBe(vowelSkeleton(k));
      }),
      { numRuns: 300 },
    );
  });
});

describe('byVowelSkeleton and closestHits', () => {
  const gaz = new Gazetteer({
    version: 't',
    sources: [],
    entries: [
      town('a:1', 'Karbah'),
      town('a:2', 'Kurbah'),
      town('a:3', 'Karbah', 'TR'),
      town('a:4', 'Qarmas'),
    ],
  });

  it('finds places of the country only', () => {
    const ids = byVowelSkeleton(gaz, foldKey('Kirbeh'), 'SY').map((h) => h.entry.id);
    expect(ids.sort()).toEqual(['a:1', 'a:2']);
    expect(byVowelSkeleton(gaz, foldKey('Kirbeh'), 'LB')).toEqual([]);
  });

  it('keeps the candidates spelled closest to the key', () => {
    const hits = [town('b:1', 'Qumsiyah'), town('b:2', 'Hims')].map((entry) => ({
      entry,
      primary: true,
      distance: 1.5,
    }));
    expect(closestHits(hits, foldKey('Qamseyeh')).map((h) => h.entry.id)).toEqual(['b:1']);
  });
});

describe('unglued and namesAreTransliterated', () => {
  it('drops an article glued to a word', () => {
    expect(unglued(foldKey('Kafr Elmasra'))).toBe(foldKey('Kafr Masra')); // made-up name
    expect(unglued(foldKey('Alma'))).toBe(foldKey('Alma')); // too short to hold an article
  });

  it('tells a country whose places are mostly written in an abjad', () => {
    const ar = (e: GazetteerEntry, name: string): GazetteerEntry => ({
      ...e,
      names: { ...e.names, ar: name },
    });
    const gaz = new Gazetteer({
      version: 't',
      sources: [],
      entries: [ar(town('c:1', 'Karbah'), 'كربة'), town('c:2', 'Kurbah'), town('c:3', 'Arban', 'TR')],
    });
    expect(namesAreTransliterated(gaz, 'SY')).toBe(true);
    expect(namesAreTransliterated(gaz, 'TR')).toBe(false);
    expect(namesAreTransliterated(gaz, 'LB')).toBe(false);
  });
});
