import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NameIndex, nameIndexFor, skeleton, vowelEdit } from './NameIndex.ts';
import { foldKey } from './fold.ts';
import { parseText, testEntries, testGazetteer } from '../testGazetteer.ts';

const index = new NameIndex(testEntries());
const ids = (hits: { entry: { id: string } }[]) => hits.map((h) => h.entry.id).sort();

describe('NameIndex', () => {
  it('finds names and aliases under their folding key, in any script', () => {
    expect(ids(index.exact(foldKey('Maarrat an-Numan')))).toEqual(['geonames:173334']);
    expect(ids(index.exact(foldKey('Tell Rifaat')))).toEqual(['geonames:163806']);
    expect(ids(index.exact(foldKey('حلب')))).toEqual(['geonames:170063']);
    expect(ids(index.exact(foldKey('Hama')))).toEqual([
      'geonames:170017',
      'geonames:2911230',
      'sm:adm1:SY10',
    ]);
  });

  it('files governorates under their bare name too', () => {
    expect(ids(index.exact('idlib'))).toContain('sm:adm1:SY12');
  });

  it('matches one edit away only among places of the given countries', () => {
    expect(ids(index.fuzzy(foldKey('Saraqab'), ['SY']))).toEqual(['geonames:164816']);
    expect(index.fuzzy(foldKey('Saraqab'), ['LB'])).toEqual([]);
    expect(ids(index.fuzzy(foldKey('Hamadaniyeh'), ['SY']))).toEqual(['sm:nbhd:aleppo-hamdaniyeh']);
    expect(index.fuzzy('homs', ['SY'])).toEqual([]); // too short to guess
  });

  it('matches consonant skeletons in the context country', () => {
    expect(skeleton(foldKey('Sheikh Maqsoud'))).toBe(skeleton(foldKey('Shikh Maqsud')));
    expect(ids(index.bySkeleton(foldKey('Nobol'), ['SY'], 3))).toEqual(['geonames:166578']);
  });

  it('finds any long name of the country after one random edit (matcher property)', () => {
    const names = testEntries()
      .filter((e) => e.country === 'SY')
      .map((e) => foldKey(e.name))
      .filter((k) => k.length >= 7 && /^[a-z ]+$/.test(k));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.constantFrom('a', 'k', 'z'), (k, pos, ch) => {
        const i = 1 + (pos % (k.length - 1)); // keep the first letter: the matcher requires it
        const edited = k.slice(0, i) + ch + k.slice(i + 1);
        if (edited === k) return;
        const hits = index.fuzzy(edited, ['SY']).map((h) => foldKey(h.entry.name));
        const exact = index.exact(edited).map((h) => foldKey(h.entry.name));
        expect([...hits, ...exact]).toContain(k);
      }),
      { numRuns: 200 },
    );
  });

  it('shares one hit list per key, of frozen hits, however often and however many keys are asked', () => {
    const key = foldKey('Maarrat an-Numan');
    const hits = index.exact(key);
    expect(index.exact(key)).toBe(hits);
    expect(Object.isFrozen(hits[0])).toBe(true);
    // Past the small map of recent keys the answers stay the same.
    for (let i = 0; i < 5000; i++) index.exact(`nokey${i}`);
    expect(ids(index.exact(key))).toEqual(['geonames:173334']);
    expect(key.includes(' ') && index.continues(key.split(' ')[0])).toBe(true);
  });

  // The shared lists are plain arrays (a frozen array is several times slower to iterate, and
  // every pass iterates hit lists): no pass may change one. Read reports twice; the lists the
  // first reading made must come out of the second as they went in.
  it('keeps its shared hit lists unchanged through the geoparser', () => {
    const g = testGazetteer();
    const reports = [
      'ALEPPO, Syria — Rebels entered Aleppo and the Rashidin neighbourhood of Aleppo on Friday.',
      'Fighting spread to the provinces of Idlib and Hama, near Saraqeb and Maarat al-Numan.',
      'Residents of Nubl and Tal Rifaat fled west of Aleppo along the M5 highway; Hama was shelled.',
    ];
    for (const r of reports) parseText(r, g);
    const lists = (nameIndexFor(g) as unknown as { hitLists: Map<number, { entry: { id: string } }[]> })
      .hitLists;
    const snapshot = () => [...lists.values()].map((l) => l.map((h) => JSON.stringify(h)).join());
    const before = snapshot();
    expect(before.length).toBeGreaterThan(5);
    for (const r of reports) parseText(r, g);
    expect(snapshot().slice(0, before.length)).toEqual(before);
  });

  it('is built once per gazetteer', () => {
    const g = testGazetteer();
    expect(nameIndexFor(g)).toBe(nameIndexFor(g));
  });
});

describe('skeleton', () => {
  it('puts letters English writers swap for one Arabic letter in one class', () => {
    const same = (a: string, b: string) =>
      expect(skeleton(foldKey(a)), `${a} / ${b}`).toBe(skeleton(foldKey(b)));
    same('Tal Thahab', 'Tall adh Dhahab');
    same('Zahiriyeh', 'Dhahiriyah');
    same('Qaryet Nasr', 'Qaryat an Nasr');
    same('Sabkha', 'Sabka');
    same('Elmazraa', 'al-Mazraa');
  });

  it('drops Upper/Lower qualifiers and Nahiyat only when enough of the name is left', () => {
    expect(skeleton(foldKey('Kafr Tahrim al Fawqani'))).toBe(skeleton(foldKey('Kafr Tahrim')));
    expect(skeleton(foldKey('Nahiyat Tall Dahab'))).toBe(skeleton(foldKey('Tall Dahab')));
    expect(skeleton(foldKey('Ayn ash Sharqiyah'))).not.toBe(skeleton(foldKey('Ayn')));
  });
});

describe('vowelEdit', () => {
  it('accepts a vowel changed, added or dropped, not a consonant', () => {
    expect(vowelEdit('tadif', 'tadaf')).toBe(true);
    expect(vowelEdit('sfira', 'safira')).toBe(true);
    expect(vowelEdit('hazanu', 'hananu')).toBe(false);
    expect(vowelEdit('nubl', 'nub')).toBe(false);
  });
});
