import { describe, expect, it } from 'vitest';
import { factsToEntries } from './facts.ts';

describe('factsToEntries', () => {
  it('applies file defaults and derives kind and names', () => {
    const [e] = factsToEntries({
      basis: 'test',
      defaults: { country: 'SY', featureCode: 'NBHD', parent: 'geonames:1' },
      entries: [{ id: 'sm:nbhd:a', name: 'Qamar', ar: 'قمر', aliases: ['al-Qamar'], lat: 36, lon: 37 }],
    });
    expect(e).toMatchObject({
      id: 'sm:nbhd:a',
      kind: 'neighbourhood',
      names: { en: 'Qamar', ar: 'قمر' },
      aliases: ['al-Qamar', 'قمر'],
      country: 'SY',
      parent: 'geonames:1',
    });
  });

  it('fails loudly on a record without coordinates or a file without basis', () => {
    expect(() =>
      factsToEntries({ basis: 'b', entries: [{ id: 'x', name: 'X', lat: NaN, lon: 1 }] }, 'f.json'),
    ).toThrow(/f.json: x has no valid lat\/lon/);
    expect(() => factsToEntries({ basis: '', entries: [] }, 'f.json')).toThrow(/basis/);
  });
});
