import { describe, expect, it } from 'vitest';
import { canonicalSource, isAnaphor, resolveAnaphor, roleOrganisation } from './attribution.ts';

describe('canonicalSource', () => {
  it('gives known sources one name', () => {
    expect(canonicalSource('the Britain-based monitor')).toBe('Syrian Observatory for Human Rights');
    expect(canonicalSource('The state news agency SANA')).toBe('SANA');
    expect(canonicalSource("Syria's state broadcaster")).toBe('Syrian state media');
    expect(canonicalSource('the Lebanese civil defence service')).toBe('Lebanese civil defence service');
    expect(canonicalSource('the White Helmets')).toBe('aid workers');
    expect(canonicalSource('the International Organization for Migration')).toBe(
      'International Organization for Migration',
    );
    expect(canonicalSource('Iranian state TV')).toBe('Iranian state media');
    expect(canonicalSource('State television')).toBe('state media');
    // A UN agency is its own source; the UN as a whole is the United Nations.
    expect(canonicalSource('the UN refugee agency')).toBe('UN refugee agency');
    expect(canonicalSource("the UN children's fund UNICEF")).toBe("UN children's fund");
    expect(canonicalSource('OCHA')).toBe('OCHA');
    expect(canonicalSource('a UN official')).toBe('United Nations');
    // An outlet named after its kind keeps its name.
    expect(canonicalSource("Northland's state news agency NSA")).toBe('NSA');
    expect(canonicalSource('the private television channel KTV')).toBe('KTV');
    expect(canonicalSource('the state-run Northland News Agency (NNA)')).toBe('Northland News Agency');
  });
  it('keeps names and the head of other phrases, as the report words them', () => {
    expect(canonicalSource('the local council')).toBe('local council');
    expect(canonicalSource('John Smith')).toBe('John Smith');
    expect(canonicalSource('three military sources')).toBe('military sources');
    expect(canonicalSource('An army security official')).toBe('army security official');
    expect(canonicalSource('Northern rebels opposed to the governor')).toBe('Northern rebels');
    expect(canonicalSource('Defence ministry spokesman Jan Kowal')).toBe('Jan Kowal');
  });
  it('keeps the body a title speaks for ("a spokesman for X"), up to where the place begins', () => {
    expect(canonicalSource('a spokesman for the northern army group in the area')).toBe(
      'spokesman for the northern army group',
    );
    expect(canonicalSource("A spokesman for Northland's military government")).toBe(
      "spokesman for Northland's military government",
    );
    expect(canonicalSource('forces loyal to the exiled government')).toBe(
      'forces loyal to the exiled government',
    );
    expect(canonicalSource('an official of the city')).toBe('official');
  });
  it('reads the organisation of an appositive', () => {
    expect(roleOrganisation("the UN's deputy coordinator")).toBe('United Nations');
    expect(roleOrganisation('commander of the Eastern Lions brigade')).toBe('Eastern Lions brigade');
    expect(roleOrganisation('a local farmer')).toBeNull();
  });
});

describe('resolveAnaphor', () => {
  const history = [
    { name: 'Syrian Observatory for Human Rights', known: true },
    { name: 'Jane Doe', known: false },
    { name: 'SANA', known: true },
  ];
  it('points pronouns to the last speaker and "the center" to the last organisation', () => {
    expect(isAnaphor('the same source')).toBe(true);
    expect(isAnaphor('the army')).toBe(false);
    expect(resolveAnaphor('he', history)).toBe('SANA');
    expect(resolveAnaphor('center', history)).toBe('Syrian Observatory for Human Rights');
    expect(resolveAnaphor('the same source', history)).toBe('SANA');
    expect(resolveAnaphor('he', [])).toBeNull();
  });
});
