import { describe, expect, it } from 'vitest';
import {
  admin1Names,
  bareName,
  compassSpellings,
  isGenericName,
  sameDivision,
  type Admin1NameSources,
} from './admin1Names.ts';

// Rows shaped like the three packages', written for the test (some names invented).
const sources: Admin1NameSources = {
  geonames: [
    { code: 'UA.08', name: 'Kherson' },
    { code: 'NG.27', name: 'Borno' },
    { code: 'CM.07', name: 'North-West' },
    { code: 'CM.11', name: 'Centre' },
    { code: 'HT.07', name: 'Centre' },
    { code: 'ZZ.01', name: 'Alpha' },
    { code: 'ZZ.02', name: 'Beta' },
    { code: 'ZZ.03', name: 'Gamma' },
  ],
  isoDb: {
    UA: {
      names: { en: 'Ukraine' },
      regions: [
        {
          name: 'Kherson Oblast',
          names: { en: 'Kherson Oblast', ru: 'Херсонская область', ar: 'خيرسون', de: 'Oblast Cherson' },
          iso: '65',
          admin: '08',
        },
      ],
    },
    NG: {
      names: { en: 'Nigeria' },
      regions: [
        { name: 'Borno State', names: { en: 'Borno State', zh: '博尔诺州' }, iso: 'BO', admin: '27' },
      ],
    },
    CM: {
      names: { en: 'Cameroon' },
      regions: [
        { name: 'Northwest Region, Cameroon', iso: 'NW', admin: '07' },
        { name: 'Centre', iso: 'CE', admin: '11' },
      ],
    },
    HT: { names: { en: 'Haiti' }, regions: [{ name: 'Centre', iso: 'CE', admin: '07' }] },
    // A country whose ISO codes were renumbered after iso3166-2-db was made, and two divisions
    // iso3166-2-db gives one ISO code.
    ZZ: {
      names: { en: 'Zedland' },
      regions: [
        { name: 'Alpha Province', iso: '01', admin: '01' },
        { name: 'Beta Province', iso: '02', admin: '02' },
        { name: 'Gamma Province', iso: '02', admin: '03' },
      ],
    },
  },
  iso3166: [
    { code: 'UA-65', name: 'Khersonska oblast', parent: 'UA' },
    { code: 'NG-BO', name: 'Borno', parent: 'NG' },
    { code: 'CM-NW', name: 'North-West', parent: 'CM' },
    { code: 'ZZ-01', name: 'Betá', parent: 'ZZ' },
    { code: 'ZZ-07', name: 'Alphá', parent: 'ZZ' },
    { code: 'ZZ-02', name: 'Gámma', parent: 'ZZ' },
  ],
  spellings: { 'NG.27': ['Bornu'] },
};

describe('admin1Names', () => {
  const names = admin1Names(sources);

  it('names a division in English with its type word, with GeoNames, ISO and local spellings', () => {
    expect(names.get('UA.08')).toEqual({
      code: 'UA.08',
      iso: 'UA-65',
      name: 'Kherson Oblast',
      ar: 'خيرسون',
      aliases: ['Kherson', 'Khersonska oblast', 'Херсонская область', 'خيرسون'],
    });
    // Chinese is not written in Nigeria; our own spelling is kept.
    expect(names.get('NG.27')?.aliases).toEqual(['Borno', 'Bornu']);
  });

  it('drops the country a title was told apart by, and compass words as names', () => {
    expect(names.get('CM.07')?.name).toBe('Northwest Region');
    expect(names.get('CM.07')?.aliases).not.toContain('North-West');
  });

  it('knows a compass-named division by every spelling of its compass word, with a noun', () => {
    const aliases = names.get('CM.07')?.aliases ?? [];
    // "North-West Region" is "Northwest Region" up to the hyphen, which names are compared without.
    for (const a of ['North West Region', 'Northwestern Region', 'North Western Province'])
      expect(aliases).toContain(a);
    expect(aliases.some((a) => isGenericName(a))).toBe(false);
    expect(compassSpellings('South-West')).toEqual([
      'Southwest', 'South West', 'South-West', 'Southwestern', 'South Western', 'South-Western',
    ]); // prettier-ignore
    expect(compassSpellings('Western')).toEqual(['West', 'Western']);
    expect(compassSpellings('Nord')).toEqual(['Nord']);
  });

  it('gives no division a compass spelling another division of its country is called by', () => {
    const twin = admin1Names({
      geonames: [
        { code: 'QQ.01', name: 'North' },
        { code: 'QQ.02', name: 'Northern Province' },
      ],
      isoDb: { QQ: { names: { en: 'Quland' }, regions: [{ name: 'North Region', iso: 'N', admin: '01' }] } },
      iso3166: [],
    });
    expect(twin.get('QQ.01')?.aliases).toContain('Northern Region');
    expect(twin.get('QQ.01')?.aliases).not.toContain('Northern Province');
  });

  it('names a division called by a compass word alone with its kind, never by the bare word', () => {
    // Cameroon's other divisions are Regions; Haiti's have no word, so a Department.
    expect(names.get('CM.11')).toMatchObject({ iso: 'CM-CE', name: 'Centre Region' });
    expect(names.get('CM.11')?.aliases).toContain('Centre Department');
    expect(names.get('HT.07')?.name).toBe('Centre Department');
    expect(names.get('HT.07')?.aliases).toContain('Centre Region');
    expect(names.get('HT.07')?.aliases).not.toContain('Centre');
  });

  it('follows renumbered ISO codes by name and drops a code claimed twice', () => {
    // iso3166-2-db says ZZ-01 is Alpha, but ISO's ZZ-01 is now Beta; Alpha is ZZ-07.
    expect(names.get('ZZ.01')).toMatchObject({ iso: 'ZZ-07', aliases: ['Alpha'] });
    // Beta and Gamma both claim ZZ-02; ISO's ZZ-02 is Gamma, so Gamma keeps it …
    expect(names.get('ZZ.03')?.iso).toBe('ZZ-02');
    // … and Beta, whose own ISO name (ZZ-01) is now taken by nobody confirmed, takes that.
    expect(names.get('ZZ.02')?.iso).toBe('ZZ-01');
  });
});

describe('division name helpers', () => {
  it('strip a type word, tell compass words, and match spellings of one division', () => {
    expect(bareName('Kherson Oblast')).toBe('Kherson');
    expect(bareName('Borno')).toBe('Borno');
    expect(isGenericName('Northern')).toBe(true);
    expect(isGenericName('North Kivu')).toBe(false);
    expect(sameDivision('Kherson Oblast', 'Khersonska oblast')).toBe(true);
    expect(sameDivision('Dubai', 'Dubayy')).toBe(true);
    expect(sameDivision('Hormozgan Province', 'Tehrān')).toBe(false);
  });
});
