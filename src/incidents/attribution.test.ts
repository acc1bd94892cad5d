import { describe, expect, it } from 'vitest';
import { canonicalSource, findAttribution, resolveAnaphor } from './attribution.ts';

const who = (text: string) => findAttribution(text)?.name ?? null;

describe('findAttribution', () => {
  it('reads "according to" and gives known sources one name', () => {
    expect(who('Ten died, according to the Syrian Observatory for Human Rights (SOHR).')).toBe(
      'Syrian Observatory for Human Rights',
    );
    expect(who('According to the Britain-based monitor, the town fell.')).toBe(
      'Syrian Observatory for Human Rights',
    );
  });
  it('reads the subject of a reporting verb', () => {
    expect(who('State television denied that the base had fallen.')).toBe('Syrian state media');
    expect(who('The state news agency SANA reported that a shell hit a school.')).toBe('SANA');
    expect(who('Two security sources told Reuters the road was shut.')).toBe(
      'Syrian military sources (to Reuters)',
    );
    expect(who('"We are worried," said Jane Doe, a UN envoy.')).toBe('Jane Doe (United Nations)');
    expect(who('"We are worried," said Jane Doe.')).toBe('Jane Doe');
  });
  it('marks pronouns and "the same source" as pointing back', () => {
    expect(findAttribution('The town fell, he added.')?.anaphoric).toBe(true);
    expect(findAttribution('According to the same source, jets struck.')?.anaphoric).toBe(true);
  });
  it('returns null when nobody is quoted', () => {
    expect(who('The bridge collapsed.')).toBeNull();
    expect(who('')).toBeNull();
  });
});

describe('resolveAnaphor', () => {
  const history = [
    { name: 'Syrian Observatory for Human Rights', known: true },
    { name: 'Jane Doe', known: false },
    { name: 'SANA', known: true },
  ];
  it('points pronouns to the last speaker and "the center" to the last organisation', () => {
    expect(resolveAnaphor('he', history)).toBe('SANA');
    expect(resolveAnaphor('center', history)).toBe('Syrian Observatory for Human Rights');
    expect(resolveAnaphor('the same source', history)).toBe('SANA');
    expect(resolveAnaphor('he', [])).toBeNull();
  });
});

describe('canonicalSource', () => {
  it('keeps names and short heads of unknown phrases', () => {
    expect(canonicalSource('the local council')).toBe('local council');
    expect(canonicalSource('John Smith')).toBe('John Smith');
  });
});
