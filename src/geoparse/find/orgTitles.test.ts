import { describe, expect, it } from 'vitest';
import { lastInitial, orgNameParts } from './orgTitles.ts';
import { findRuns, tokenize } from '../text/tokenize.ts';
import { mentionPairs, parseText, testGazetteer } from '../testGazetteer.ts';

const gaz = testGazetteer();

/** The texts of the runs `orgNameParts` puts inside an organisation's name, for one sentence. */
function partsOf(sentence: string): string[] {
  const tokens = tokenize(sentence, 0, sentence.length);
  const runs = findRuns(tokens, new Set(), false);
  const parts = orgNameParts(tokens, runs);
  return runs.filter((r) => parts.has(r.from)).map((r) => sentence.slice(r.start, r.end));
}

describe('lastInitial', () => {
  it('finds the latest word the last letter of an acronym can stand for', () => {
    expect(lastInitial('UPC', ['Union', 'Peace', 'Central', 'Africa'])).toBe(2);
    expect(lastInitial('SOHR', ['Syrian', 'Observatory', 'Human', 'Rights'])).toBe(3);
    expect(lastInitial('RRU', ['Rapid', 'Response', 'Unit', 'Marova'])).toBe(2);
    expect(lastInitial('FDLR', ['Democratic', 'Forces', 'Liberation', 'Rwanda'])).toBe(-1);
    expect(lastInitial('U', ['Union'])).toBe(-1);
  });
});

describe('orgNameParts', () => {
  it('ties the runs of a name spelled out before its acronym into the organisation', () => {
    expect(partsOf('Fighters of the Front for Unity in Northern Idlib (FUNI) shelled the road.')).toEqual([
      'Northern Idlib',
    ]);
    expect(partsOf('The Council for Peace and Homs Reconstruction (CPHR) met.')).toEqual([
      'Homs Reconstruction',
    ]);
  });

  it('leaves a place after the name when the acronym stops before it, or no organisation is named', () => {
    expect(partsOf('Soldiers of the Rapid Response Unit in Saraqib (RRU) left.')).toEqual([]);
    expect(partsOf('Rebels entered Maarat in Idlib Province (IP) on Monday.')).toEqual([]);
    expect(partsOf('The Union for Peace in Homs said nothing.')).toEqual([]);
  });
});

describe('an organisation named with a place inside, in a report', () => {
  it('maps no place from inside the name, and the same place elsewhere in the text', () => {
    const text =
      'Fighters of the Coalition for Justice in Homs (CJH) attacked Saraqib on Monday. Shells also fell on Homs.';
    const pairs = mentionPairs(parseText(text, gaz));
    expect(pairs).toContain('Saraqib → geonames:164816');
    // Only the second Homs, in "fell on Homs", is a place.
    const out = parseText(text, gaz);
    const homs = out.mentions.filter((m) => text.slice(m.start, m.end) === 'Homs').map((m) => m.start);
    expect(homs).toEqual([text.lastIndexOf('Homs')]);
  });

  it('keeps a unit stationed in a town a place when the acronym is the unit’s alone', () => {
    const text = 'Soldiers of the Rapid Response Unit in Saraqib (RRU) came under fire on Monday.';
    expect(mentionPairs(parseText(text, gaz))).toContain('Saraqib → geonames:164816');
  });
});
