import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { gazetteerEntry } from '../../gazetteer/gazetteerEntry.ts';
import type { GazetteerEntry } from '../../types/model.ts';
import { mentionPairs, parseText, testEntries } from '../testGazetteer.ts';
import { nameIndexFor } from '../index/NameIndex.ts';
import { foldKey } from '../index/fold.ts';
import { looseHits } from './looseSpans.ts';

function village(
  id: string,
  name: string,
  ar: string,
  lat: number,
  lon: number,
  more: Partial<GazetteerEntry> = {},
): GazetteerEntry {
  return gazetteerEntry({ id, name, names: { en: name, ar }, lat, lon, ...more });
}

/** The unit gazetteer's Syrian towns with an Arabic name, as in GeoNames (a stand-in here). */
const withArabic = (e: GazetteerEntry): GazetteerEntry =>
  e.country === 'SY' && e.kind === 'settlement'
    ? { ...e, names: { ...e.names, ar: e.names.ar ?? 'بلدة' } }
    : e;

// Villages (names and points from GeoNames) the unit gazetteer lacks, written below in
// spellings of our own that neither the folding key nor one edit reaches; plus made-up
// villages: two spelled alike far apart, one with a qualifier, and one in Turkey without an
// Arabic name.
const gaz = new Gazetteer({
  version: 'test',
  sources: [],
  entries: [
    ...testEntries().map(withArabic),
    village('geonames:169372', '‘Irbīn', 'عربين', 33.5372, 36.3664, {
      population: 42_474,
      aliases: ['Irbine'],
    }),
    village('geonames:170689', 'Dhībbīn', 'ذيبين', 32.4369, 36.5633, { aliases: ['Dibbin'] }),
    village('geonames:169557', 'Ḩisyā’', 'حسياء', 34.412, 36.7587, { aliases: ['Hisyah'] }),
    village('geonames:170794', 'Deir ez-Zor', 'دير الزور', 35.3359, 40.1408, { population: 242_565 }),
    village('t:1', 'Kafr Sabah', 'كفر صباح', 35.78, 36.8),
    village('t:2', 'Kafr Sibih', 'كفر صبيح', 36.9, 40.1),
    village('t:4', 'Kafr Nasih Sharqi', 'كفر ناصح شرقي', 35.9, 36.9),
    village('t:3', 'Arban', '', 38.1, 33.1, { country: 'TR', names: { en: 'Arban' }, population: 3_000 }),
  ],
});

/** "mention → place id" lines of one report. */
function parse(text: string): string[] {
  return mentionPairs(parseText(text, gaz));
}

describe('looseHits', () => {
  const index = nameIndexFor(gaz);
  const ids = (name: string) => looseHits(gaz, index, foldKey(name), 'SY').map((h) => h.entry.id);

  it('finds a village by its vowels or by letters English writers swap', () => {
    expect(ids('Arbeen')).toEqual(['geonames:169372']); // vowels
    expect(ids('Zibbeen')).toEqual(['geonames:170689']); // z for dh
    expect(ids('Hasya')).toEqual(['geonames:169557']);
  });

  it('keeps out short names and far spellings', () => {
    expect(ids('Irb')).toEqual([]);
    expect(ids('Zabbounieh')).toEqual([]);
    expect(looseHits(gaz, index, foldKey('Arbeen'), 'LB')).toEqual([]);
  });
});

describe('loose matching in running text', () => {
  it('maps a spelling the gazetteer lacks after a locative preposition, with a lower confidence', () => {
    const text = 'Syrian government shelling killed two civilians in Arbeen, east of Damascus, on Sunday.';
    const out = parseText(text, gaz);
    const m = out.mentions.find((x) => x.text === 'Arbeen');
    expect(m?.placeId).toBe('geonames:169372');
    expect(m!.confidence).toBeLessThanOrEqual(0.6);
  });

  it("prefers a loose match in the report's country to a small namesake far abroad", () => {
    expect(parse('Syrian shelling hit homes in Arban, east of Damascus.')).toContain(
      'Arban → geonames:169372',
    );
  });

  it('reads "the village of", a qualifier noun, a containing area and a list', () => {
    expect(parse('Syrian rebels said they had taken the village of Zibbeen overnight.')).toContain(
      'Zibbeen → geonames:170689',
    );
    expect(parse('Syrian troops moved Hasya villagers south.')).not.toContain('Hasya → geonames:169557');
    expect(parse('Syrian army reinforcements reached Hasya village before dawn.')).toContain(
      'Hasya village → geonames:169557',
    );
    expect(parse('Clashes were reported around Hasya, Syria, late on Friday.')).toContain(
      'Hasya → geonames:169557',
    );
    expect(parse('Syrian jets struck Homs, Hasya and Hama on Monday.')).toContain('Hasya → geonames:169557');
    // "from" is a weaker cue, enough for a single close match.
    expect(parse('Syrian families fled from Zibbeen on Monday.')).toContain('Zibbeen → geonames:170689');
  });

  it('reads an English qualifier in the Arabic word order', () => {
    expect(parse('Syrian troops shelled farms near Eastern Kafr Naseh on Monday.')).toContain(
      'Eastern Kafr Naseh → t:4',
    );
  });

  it('reads an article joined by hyphens as part of the name', () => {
    for (const name of ['Deir Ez-Zor', 'Deir-al-Zor', 'Deir-Ez-Zor'])
      expect(parse(`Syrian troops pulled back to ${name} overnight.`)).toContain(`${name} → geonames:170794`);
  });

  it('leaves alone a person whose name resembles a village', () => {
    // Subject with no place cue, after a title, an appositive naming a role, speech.
    expect(parse('Arbeen was quiet on Sunday, Syrian monitors said.').join()).not.toMatch(/169372/);
    expect(parse('Syrian commander Arbeen met fighters near Damascus.').join()).not.toMatch(/169372/);
    expect(parse('Syrian forces met Arbeen, a commander of the rebels, in Damascus.').join()).not.toMatch(
      /169372/,
    );
    expect(parse('In Damascus, Arbeen said the Syrian talks had failed.').join()).not.toMatch(/169372/);
    expect(parse('Syrian fighters loyal to Arbeen held Damascus.').join()).not.toMatch(/169372/);
    expect(parse('Damascus received a statement from Arbeen, Syrian media said.').join()).not.toMatch(
      /169372/,
    );
    // Listed with people, not with places.
    expect(parse('Syrian police in Damascus named Samir, Arbeen and Walid.').join()).not.toMatch(/169372/);
    // A surname: the word names a person elsewhere in the report.
    expect(
      parse('Syrian activist Samir Arbeen spoke in Damascus. Shelling hit houses in Arbeen too.').join(),
    ).not.toMatch(/169372/);
  });

  it('needs a focus country whose names are transliterated, and keeps to it', () => {
    // No country named and no known place: nothing to match loosely against.
    expect(parse('Shelling killed two people in Arbeen.')).toEqual([]);
    // A British report: the Syrian village is not a candidate.
    expect(parse('British police said the fire in Arbeen was out.').join()).not.toMatch(/169372/);
    // A Turkish one: a Turkish village two vowels off is another village, not another spelling.
    expect(parse('Turkish police said the fire in Arbin was out.').join()).not.toMatch(/t:3/);
    // "Town" closing a capitalised run is often a surname.
    expect(parse('Syrian rebels met Arban Town near Damascus.').join()).not.toMatch(/169372/);
  });

  it('drops several places spelled as close when nothing tells them apart', () => {
    expect(parse('Syrian rebels advanced on villages near Kafr Subuh.').join()).not.toMatch(/t:1|t:2/);
    // Near Idlib and Saraqib, the one close by is meant.
    expect(parse('Syrian rebels took Saraqib and Idlib, then fought near Kafr Subuh.')).toContain(
      'Kafr Subuh → t:1',
    );
  });
});
