import { describe, expect, it } from 'vitest';
import { expectRows } from '../expectRows.ts';
import { canonicalSource, isAnaphor, resolveAnaphor, roleOrganisation } from './attribution.ts';

describe('canonicalSource', () => {
  it('gives known sources one name', () => {
    expectRows(canonicalSource, {
      'the Britain-based monitor': 'Syrian Observatory for Human Rights',
      'The state news agency SANA': 'SANA',
      "Syria's state broadcaster": 'Syrian state media',
      'the Lebanese civil defence service': 'Lebanese civil defence service',
      'the White Helmets': 'aid workers',
      'the International Organization for Migration': 'International Organization for Migration',
      'Iranian state TV': 'Iranian state media',
      'State television': 'state media',
      // A UN agency is its own source; the UN as a whole is the United Nations.
      'the UN refugee agency': 'UN refugee agency',
      "the UN children's fund UNICEF": "UN children's fund",
      OCHA: 'OCHA',
      'a UN official': 'United Nations',
      // An outlet named after its kind keeps its name.
      "Northland's state news agency NSA": 'NSA',
      'the private television channel KTV': 'KTV',
      'the state-run Northland News Agency (NNA)': 'Northland News Agency',
    });
  });
  it('keeps names and the head of other phrases, as the report words them', () => {
    expectRows(canonicalSource, {
      'the local council': 'local council',
      'John Smith': 'John Smith',
      'three military sources': 'military sources',
      'An army security official': 'army security official',
      'Northern rebels opposed to the governor': 'Northern rebels',
      'Defence ministry spokesman Jan Kowal': 'Jan Kowal',
    });
  });
  it('keeps the body a title speaks for ("a spokesman for X"), up to where the place begins', () => {
    expectRows(canonicalSource, {
      'a spokesman for the northern army group in the area': 'spokesman for the northern army group',
      "A spokesman for Northland's military government": "spokesman for Northland's military government",
      'forces loyal to the exiled government': 'forces loyal to the exiled government',
      'an official of the city': 'official',
    });
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
