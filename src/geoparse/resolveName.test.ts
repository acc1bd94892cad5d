import { describe, expect, it } from 'vitest';
import { resolveName } from './resolveName.ts';
import { testGazetteer } from './testGazetteer.ts';
import { Gazetteer } from '../gazetteer/Gazetteer.ts';

const gaz = testGazetteer();

describe('resolveName', () => {
  it('resolves spellings, misspellings and vowel variants in the context country', () => {
    expect(resolveName('Tell Rifaat', gaz, { country: 'SY' })?.gazetteerId).toBe('geonames:163806');
    expect(resolveName('Saraqab', gaz, { country: 'SY' })?.gazetteerId).toBe('geonames:164816');
    expect(resolveName('Nobol', gaz, { country: 'SY' })?.gazetteerId).toBe('geonames:166578');
  });

  it('prefers the context country among namesakes and keeps the others as alternatives', () => {
    const r = resolveName('Hama', gaz, { country: 'SY' })!;
    expect(r.gazetteerId).toBe('geonames:170017');
    expect(r.alternatives.map((a) => a.gazetteerId)).toContain('geonames:2911230');
    expect(r.alternatives[0].score).toBeGreaterThan(r.alternatives[1].score);
  });

  it('reads English qualifiers in Arabic word order', () => {
    const gaz2 = new Gazetteer({
      version: 't',
      sources: [],
      entries: [
        {
          id: 'x:1',
          name: 'Barrī ash Sharqī',
          kind: 'settlement',
          names: { en: 'Barri Sharqi' },
          aliases: [],
          lon: 38,
          lat: 35,
          population: 0,
          country: 'SY',
          admin1: '',
          featureCode: 'PPL',
        },
      ],
    });
    expect(resolveName('Eastern Bari', gaz2, { country: 'SY' })?.gazetteerId).toBe('x:1');
  });

  it('returns undefined for unknown or empty names', () => {
    expect(resolveName('Qwxyzzy', gaz, { country: 'SY' })).toBeUndefined();
    expect(resolveName('', gaz)).toBeUndefined();
  });
});
