// How the geoparser reads first-level divisions abroad: "the X region", "X Oblast", "X State",
// "X province" are the division; a bare "X" is the town of that name when the division is
// named after it. A small gazetteer of our own, shaped like the built one (a division named
// after its town carries the town as `seat`, as src/gazetteer/worldAdmin1.ts sets it).
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { GazetteerEntry } from '../types/model.ts';
import { mentionPairs, parseText, testEntry } from './testGazetteer.ts';
import { admin1Names } from '../gazetteer/admin1Names.ts';

const e = testEntry;

// Cameroon's regions named as the build names them (GeoNames writes "North-West", Wikipedia
// "Northwest Region"), so the test reads the aliases the gazetteer really gets.
const cameroon = admin1Names({
  geonames: [
    { code: 'CM.07', name: 'North-West' },
    { code: 'CM.08', name: 'West' },
    { code: 'CM.09', name: 'South-West' },
  ],
  isoDb: {
    CM: {
      names: { en: 'Cameroon' },
      regions: [
        { name: 'Northwest Region, Cameroon', iso: 'NW', admin: '07' },
        { name: 'West Region', iso: 'OU', admin: '08' },
        { name: 'Southwest Region', iso: 'SW', admin: '09' },
      ],
    },
  },
  iso3166: [],
});
const region = (code: string, lat: number, lon: number) =>
  e(`sm:adm1:${code}`, cameroon.get(code)!.name, 'admin1', lat, lon, 1_800_000, 'CM', {
    admin1: code,
    aliases: cameroon.get(code)!.aliases,
  });

const entries: GazetteerEntry[] = [
  e('ne:UKR', 'Ukraine', 'country', 49, 31, 41_000_000, 'UA', { featureCode: 'PCLI' }),
  e('ne:NGA', 'Nigeria', 'country', 9, 8, 200_000_000, 'NG', { featureCode: 'PCLI' }),
  e('ne:IRN', 'Iran', 'country', 32, 53, 85_000_000, 'IR', { featureCode: 'PCLI' }),
  e('ne:GEO', 'Georgia', 'country', 42.2, 43.5, 3_700_000, 'GE', { featureCode: 'PCLI' }),
  e('ne:MYS', 'Malaysia', 'country', 4, 102, 33_000_000, 'MY', { featureCode: 'PCLI' }),
  e('g:kherson', 'Kherson', 'settlement', 46.64, 32.61, 280_000, 'UA', { admin1: 'UA.08', featureCode: 'PPLA' }),
  e('g:nova-kakhovka', 'Nova Kakhovka', 'settlement', 46.75, 33.35, 45_000, 'UA', { admin1: 'UA.08' }),
  e('sm:adm1:UA-65', 'Kherson Oblast', 'admin1', 46.66, 33.58, 690_000, 'UA', {
    admin1: 'UA.08',
    seat: 'g:kherson',
    aliases: ['Kherson', 'Khersonska oblast', 'Херсонская область'],
  }),
  e('g:zaporizhzhia', 'Zaporizhzhia', 'settlement', 47.82, 35.19, 720_000, 'UA', { admin1: 'UA.26', featureCode: 'PPLA' }),
  e('sm:adm1:UA-23', 'Zaporizhia Oblast', 'admin1', 47.3, 35.7, 1_300_000, 'UA', {
    admin1: 'UA.26',
    seat: 'g:zaporizhzhia',
    aliases: ['Zaporizhzhia', 'Zaporizka oblast'],
  }),
  e('g:maiduguri', 'Maiduguri', 'settlement', 11.85, 13.16, 800_000, 'NG', { admin1: 'NG.27', featureCode: 'PPLA' }),
  e('sm:adm1:NG-BO', 'Borno State', 'admin1', 11.9, 13.2, 1_300_000, 'NG', { admin1: 'NG.27', aliases: ['Borno'] }),
  // An invented hamlet abroad that shares the state's bare name.
  e('g:borno-hamlet', 'Borno', 'settlement', 45.9, 10.2, 2_600, 'IT', { admin1: 'IT.09' }),
  e('g:kano', 'Kano', 'settlement', 12.0, 8.52, 3_600_000, 'NG', { admin1: 'NG.29', featureCode: 'PPLA' }),
  e('sm:adm1:NG-KN', 'Kano State', 'admin1', 11.7, 8.6, 5_000_000, 'NG', { admin1: 'NG.29', seat: 'g:kano', aliases: ['Kano'] }),
  e('g:kermanshah', 'Kermanshah', 'settlement', 34.31, 47.07, 950_000, 'IR', { admin1: 'IR.13', featureCode: 'PPLA' }),
  e('sm:adm1:US-GA', 'Georgia', 'admin1', 32.7, -83.4, 10_000_000, 'US', { admin1: 'US.GA' }),
  e('g:atlanta', 'Atlanta', 'settlement', 33.75, -84.39, 500_000, 'US', { admin1: 'US.GA', featureCode: 'PPLA' }),
  e('sm:adm1:MY-02', 'Kedah', 'admin1', 6.1, 100.6, 2_000_000, 'MY', { admin1: 'MY.02' }),
  e('ne:LKA', 'Sri Lanka', 'country', 7.8, 80.7, 22_000_000, 'LK', { featureCode: 'PCLI' }),
  e('sm:adm1:LK-4', 'Northern Province', 'admin1', 9.3, 80.4, 1_000_000, 'LK', { admin1: 'LK.38' }),
  e('ne:AZE', 'Azerbaijan', 'country', 40.3, 47.7, 10_000_000, 'AZ', { featureCode: 'PCLI' }),
  e('sm:adm1:AZ-KAL', 'Kalbajar District', 'admin1', 40.1, 46.0, 90_000, 'AZ', { admin1: 'AZ.20', aliases: ['Kalbajar'] }),
  e('g:lachin', 'Lachin', 'settlement', 39.64, 46.55, 12_000, 'AZ', { admin1: 'AZ.30' }),
  e('sm:adm1:AZ-LAC', 'Lachin District', 'admin1', 39.6, 46.5, 78_000, 'AZ', { admin1: 'AZ.30', seat: 'g:lachin' }),
  e('ne:ARM', 'Armenia', 'country', 40.2, 45.0, 3_000_000, 'AM', { featureCode: 'PCLI' }),
  e('g:jermuk', 'Jermuk', 'settlement', 39.84, 45.67, 4_000, 'AM', { admin1: 'AM.10' }),
  e('ne:CMR', 'Cameroon', 'country', 6, 12, 27_000_000, 'CM', { featureCode: 'PCLI' }),
  e('g:bamenda', 'Bamenda', 'settlement', 5.96, 10.15, 390_000, 'CM', { admin1: 'CM.07', featureCode: 'PPLA' }),
  e('g:buea', 'Buea', 'settlement', 4.15, 9.24, 90_000, 'CM', { admin1: 'CM.09', featureCode: 'PPLA' }),
  region('CM.07', 6.4, 10.3), region('CM.08', 5.4, 10.6), region('CM.09', 5.1, 9.2),
]; // prettier-ignore

const gaz = new Gazetteer({ version: 'test', sources: [], entries });

/** "mention → place id" for each mention of one text. */
function read(text: string): string[] {
  return mentionPairs(parseText(text, gaz));
}

describe('first-level divisions in reports', () => {
  it('reads "the X region" as the division and bare "X" as the town', () => {
    expect(read('Shelling hit villages in the Kherson region on Monday, the governor said.')).toEqual([
      'Kherson region → sm:adm1:UA-65',
    ]);
    expect(read('Drones struck an energy plant in Kherson overnight, Ukrainian officials said.')).toContain(
      'Kherson → g:kherson',
    );
  });

  it('reads the division by its full name, its native designation and as a list of regions', () => {
    expect(read('Ukraine said a ferry sank off Nova Kakhovka in Kherson Oblast.')).toContain(
      'Kherson Oblast → sm:adm1:UA-65',
    );
    expect(read('Officials in Khersonska oblast counted the damage.')).toEqual([
      'Khersonska oblast → sm:adm1:UA-65',
    ]);
    const pairs = read('Missiles fell on the Kherson and Zaporizhzhia regions of Ukraine.');
    expect(pairs).toContain('Kherson → sm:adm1:UA-65');
    expect(pairs).toContain('Zaporizhzhia regions → sm:adm1:UA-23');
  });

  it('reads "X State" and a state named after no town by its bare name', () => {
    expect(read('Gunmen attacked a convoy in Borno State, Nigeria, on Sunday.')).toContain(
      'Borno State → sm:adm1:NG-BO',
    );
    expect(read('Aid reached camps near Maiduguri and across Borno, Nigerian officials said.')).toContain(
      'Borno → sm:adm1:NG-BO',
    );
    const kano = read('Protests spread from Kano city to the rest of Kano state in Nigeria.');
    expect(kano).toContain('Kano city → g:kano');
    expect(kano).toContain('Kano state → sm:adm1:NG-KN');
  });

  it('does not read "state" after a country as a division', () => {
    const pairs = read('Iran state media said the drone took off near Kermanshah.');
    expect(pairs).toContain('Iran → ne:IRN');
    expect(pairs).toContain('Kermanshah → g:kermanshah');
  });

  it('keeps a country name a country and a compass word no division', () => {
    expect(read('Protesters marched in Georgia, the former Soviet republic, on Friday.')).toEqual([
      'Georgia → ne:GEO',
    ]);
    // Many countries have a Northern Province: only a report about Sri Lanka means its own.
    expect(read('Northern towns lost power, and the Northern Province was flooded.')).toEqual([]);
    expect(read('Floods hit the Northern Province of Sri Lanka on Monday.')).toContain(
      'Northern Province → sm:adm1:LK-4',
    );
  });

  it('reads a compass-named division however the compass word is written', () => {
    // One word, two words, hyphened, with "-ern", with the region's noun or the old "province".
    for (const written of [
      'Northwest region',
      'North West Region',
      'North-West region',
      'North-Western Province',
    ])
      expect(read(`Separatists in Cameroon shut every school in the ${written} on Monday.`)).toContain(
        `${written} → sm:adm1:CM.07`,
      );
    // "South-West" is not the West Region with a word before it.
    expect(read('In Cameroon, troops were sent to Buea in the South-West region.')).toContain(
      'South-West region → sm:adm1:CM.09',
    );
  });

  it('reads "the X district" as a first-level division a country calls a district', () => {
    expect(
      read(
        'Mortars hit Jermuk overnight. Armenian troops fired back at posts in the Kalbajar and Lachin districts.',
      ),
    ).toEqual(expect.arrayContaining(['Kalbajar → sm:adm1:AZ-KAL', 'Lachin districts → sm:adm1:AZ-LAC']));
  });

  it('reads "across the X region" as the division, not as a river crossing', () => {
    expect(read('Separatist roadblocks went up across the Northwest region of Cameroon.')).toContain(
      'Northwest region → sm:adm1:CM.07',
    );
    expect(read('Drones hit power lines across the Kherson region, Ukrainian officials said.')).toContain(
      'Kherson region → sm:adm1:UA-65',
    );
  });

  it('never maps a far division from a spelling that only folds to its name', () => {
    // "Qaeda" folds to the key of Kedah, a state of Malaysia.
    expect(read('Fighters loyal to al-Qaeda attacked the town, Ukrainian officials said.')).toEqual([]);
  });
});

describe('a country written before a division or a town', () => {
  // Two neighbours with a division of the same name each, and towns of one name on both sides.
  const twoSides = new Gazetteer({
    version: 'test-two-sides',
    sources: [],
    entries: [
      e('ne:IND', 'India', 'country', 22, 79, 1_400_000_000, 'IN', { featureCode: 'PCLI' }),
      e('ne:PAK', 'Pakistan', 'country', 30, 70, 240_000_000, 'PK', { featureCode: 'PCLI' }),
      e('ne:UKR', 'Ukraine', 'country', 49, 31, 41_000_000, 'UA', { featureCode: 'PCLI' }),
      e('ne:RUS', 'Russia', 'country', 60, 90, 144_000_000, 'RU', { featureCode: 'PCLI' }),
      e('sm:adm1:IN-PB', 'Punjab', 'admin1', 30.9, 75.4, 28_000_000, 'IN', { admin1: 'IN.23' }),
      e('sm:adm1:PK-PB', 'Punjab', 'admin1', 31.2, 72.6, 110_000_000, 'PK', { admin1: 'PK.04' }),
      e('sm:adm1:IN-JK', 'Jammu and Kashmir', 'admin1', 33.5, 75.1, 12_000_000, 'IN', { admin1: 'IN.12', aliases: ['Kashmir'] }),
      e('sm:adm1:PK-JK', 'Azad Kashmir', 'admin1', 34.0, 73.8, 4_000_000, 'PK', { admin1: 'PK.06', aliases: ['Kashmir'] }),
      e('g:lahore', 'Lahore', 'settlement', 31.55, 74.34, 6_300_000, 'PK', { admin1: 'PK.04', featureCode: 'PPLA' }),
      e('g:multan', 'Multan', 'settlement', 30.2, 71.47, 1_500_000, 'PK', { admin1: 'PK.04' }),
      e('g:quetta', 'Quetta', 'settlement', 30.19, 67.0, 730_000, 'PK', { admin1: 'PK.02', featureCode: 'PPLA' }),
      e('g:pokrovsk-ua', 'Pokrovsk', 'settlement', 48.28, 37.18, 60_000, 'UA', { admin1: 'UA.05' }),
      e('g:pokrovsk-ru', 'Pokrovsk', 'settlement', 61.48, 129.15, 9_000, 'RU', { admin1: 'RU.63' }),
      e('g:kramatorsk', 'Kramatorsk', 'settlement', 48.72, 37.56, 150_000, 'UA', { admin1: 'UA.05' }),
    ],
  }); // prettier-ignore
  const read2 = (text: string) => mentionPairs(parseText(text, twoSides));

  it("reads the division of the country that owns it, whatever the report's focus", () => {
    const pk = 'Pakistan said debris fell on Lahore, Multan and Quetta.';
    expect(read2(`${pk} Drones also came down in India's Punjab state overnight.`)).toContain(
      'Punjab state → sm:adm1:IN-PB',
    );
    expect(read2(`${pk} Farms in India's Punjab were hit.`)).toContain('Punjab → sm:adm1:IN-PB');
    expect(read2('India said farms in Pakistan’s Punjab were hit.')).toContain('Punjab → sm:adm1:PK-PB');
  });

  it('reads a country adjective, alone or with "-administered", as the owner too', () => {
    const india = 'India said its jets returned safely after the raids.';
    expect(read2(`${india} Targets in Pakistani-administered Kashmir were hit.`)).toContain(
      'Kashmir → sm:adm1:PK-JK',
    );
    expect(read2(`${india} Targets in Pakistan-administered Kashmir were hit.`)).toContain(
      'Kashmir → sm:adm1:PK-JK',
    );
    expect(read2(`Pakistan said Lahore was quiet. Shells fell in Indian Kashmir.`)).toContain(
      'Kashmir → sm:adm1:IN-JK',
    );
  });

  it('leaves a town that only qualifies the noun after it to the report', () => {
    const pairs = read2("Russia's Pokrovsk offensive stalled west of Kramatorsk, Ukraine said.");
    expect(pairs).toContain('Pokrovsk → g:pokrovsk-ua');
  });
});
