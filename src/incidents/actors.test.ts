import { describe, expect, it } from 'vitest';
import { findActors, uniqueActors } from './actors.ts';

const sides = (text: string) => findActors(text).map((a) => `${a.side}:${a.name}`);

describe('findActors', () => {
  it('normalises opposition words and keeps named factions', () => {
    expect(sides('Insurgents led by Hayat Tahrir al-Sham (HTS) and jihadists advanced.')).toEqual([
      'opposition:rebels',
      'opposition:Hayat Tahrir al-Sham',
      'opposition:Hayat Tahrir al-Sham',
      'opposition:jihadists',
    ]);
    expect(sides('An operations room said so.')).toEqual(['opposition:operations room']);
    expect(sides('The Jaish al-Izza brigade moved.')).toEqual(['opposition:Jaish al-Izza']);
  });
  it('normalises government words', () => {
    for (const t of [
      'Regime forces fled.',
      'The army withdrew.',
      'Government troops arrived.',
      'Syrian troops left.',
    ]) {
      expect(findActors(t)[0]?.side).toBe('government');
    }
  });
  it('recognises states and their adjectives, and acronyms only in capitals', () => {
    expect(
      sides('Russian jets and Iranian advisers; Turkey and the SNA; the SDF and Hezbollah.').map(
        (s) => s.split(':')[0],
      ),
    ).toEqual(['russia', 'iran', 'turkey', 'sna', 'sdf', 'hezbollah']);
    expect(sides('Let us go to the un-named place.')).toEqual([]);
  });
  it('does not take territory words for actors, and sees pro-government fighters', () => {
    expect(sides('They shelled rebel-held areas.')).toEqual([]);
    expect(sides('Foreign fighters left the base.')).toEqual(['iran:pro-government fighters']);
  });
  it('deduplicates', () => {
    expect(uniqueActors(findActors('Rebels and more rebels.'))).toEqual([
      { side: 'opposition', name: 'rebels' },
    ]);
  });
});
