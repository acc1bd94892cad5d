import { describe, expect, it } from 'vitest';
import { demonymCountry } from './demonyms.ts';

describe('demonymCountry', () => {
  it('reads an adjective in any case, as written or lowercased', () => {
    expect(['Syrian', 'syrian', 'SYRIAN', 'Ukrainian', 'ukrainian'].map(demonymCountry)).toEqual([
      'SY',
      'SY',
      'SY',
      'UA',
      'UA',
    ]);
  });

  it('lowercases letters outside ASCII too', () => {
    // The Kelvin sign lowercases to an ASCII "k".
    expect(demonymCountry('\u212Aenyan')).toBe('KE');
    expect(demonymCountry('Aleppo')).toBeUndefined();
  });
});
