import { describe, expect, it } from 'vitest';
import { datelineAreaSpan, datelineAreas, datelineCountry } from './datelineAreas.ts';
import { nameIndexFor } from '../index/NameIndex.ts';
import { segment } from '../text/segment.ts';
import { geoparseReport } from '../geoparse.ts';
import { parseText, testEntries, testEntry, testGazetteer } from '../testGazetteer.ts';
import { Gazetteer } from '../../gazetteer/Gazetteer.ts';

const gaz = testGazetteer();
const index = nameIndexFor(gaz);

describe('datelineAreas', () => {
  it('reads the state after the dateline city', () => {
    const doc = segment({ id: 'a', text: 'SACRAMENTO, Calif. (News 9) - Crews worked through the night.\n' });
    expect(datelineAreas(doc, index).map((e) => e.id)).toEqual(['us:state:CA']);
  });

  it('finds nothing in a dateline without a state', () => {
    const doc = segment({ id: 'a', text: 'DAMASCUS (Agency) - Crews worked through the night.\n' });
    expect(datelineAreas(doc, index)).toEqual([]);
  });

  it('prefers the namesake inside the dateline state', () => {
    const text = 'JEFFERSON CITY, Missouri (KRCG) - Storms damaged roofs in California on Monday.\n';
    const out = parseText(text, gaz);
    expect(out.mentions.map((m) => m.placeId)).toEqual(['geonames:4379545']);
  });

  it('reads a country after the city, past a date after it', () => {
    for (const text of [
      'TRIPOLI, Lebanon — Jets struck the port.\n',
      'TRIPOLI, Lebanon, Oct. 6 (Cedar Wire) — Jets struck the port.\n',
    ]) {
      const doc = segment({ id: 'a', text });
      expect(datelineCountry(doc, index)?.id).toBe('ne:LBN');
      expect(datelineAreaSpan(doc)?.text).toBe('Lebanon');
      expect(datelineAreas(doc, index)).toEqual([]);
    }
  });

  it('files the dateline city under the namesake in the country it names, as a dateline place', () => {
    const text = 'TRIPOLI, Lebanon — Jets struck a camp near the port of the city on Saturday.\n';
    const out = parseText(text, gaz);
    expect(out.reportedFrom.map((r) => [r.text, r.gazetteerId])).toEqual([
      ['TRIPOLI', 'geonames:266826'],
      ['Lebanon', 'ne:LBN'],
    ]);
    const tripoli = out.places.find((p) => p.properties.id === 'geonames:266826');
    expect(tripoli?.properties.mentions).toEqual([
      { article: 'a', start: 0, end: 7, text: 'TRIPOLI', role: 'dateline' },
    ]);
    // A dateline is where the reporter was: no resolved mention for the incident stage.
    expect(out.mentions).toEqual([]);
  });

  it('maps a region of one country named after the city ("RAMALLAH, West Bank —") as a dateline place', () => {
    // (Two invented towns named alike: the dateline's region says which one the reporter is in.)
    const entries = [
      ...testEntries(),
      testEntry('sm:region:qarya-hills', 'Qarya Hills', 'region', 31.9, 35.2, 0, 'PS', { featureCode: 'RGN' }),
      testEntry('test:bayt-nur-ps', 'Bayt Nur', 'settlement', 31.9, 35.2, 20_000, 'PS'),
      testEntry('test:bayt-nur-iq', 'Bayt Nur', 'settlement', 33.3, 44.4, 40_000, 'IQ'),
    ]; // prettier-ignore
    const world = new Gazetteer({ version: 'test', sources: [], entries });
    const out = parseText('BAYT NUR, Qarya Hills (Harbour Wire) — Troops raided a camp on Sunday.\n', world);
    expect(out.reportedFrom.map((r) => [r.text, r.gazetteerId])).toEqual([
      ['BAYT NUR', 'test:bayt-nur-ps'],
      ['Qarya Hills', 'sm:region:qarya-hills'],
    ]);
    expect(out.places.map((p) => p.properties.id).sort()).toEqual([
      'sm:region:qarya-hills',
      'test:bayt-nur-ps',
    ]);
  });

  it('takes the area named as written over one that only folds like it', () => {
    // "Nigeria" and Nickerie fold to one key; a division of Suriname is not the country named.
    const entries = [
      ...testEntries(),
      testEntry('ne:NGA', 'Nigeria', 'country', 9.6, 8.1, 200_000_000, 'NG', { featureCode: 'PCLI' }),
      testEntry('sm:adm1:SR-NI', 'Nickerie District', 'admin1', 4.5, -57.1, 17_000, 'SR', { featureCode: 'ADM1', admin1: 'SR.14' }),
      testEntry('geonames:2331447', 'Maiduguri', 'settlement', 11.85, 13.16, 1_100_000, 'NG', { featureCode: 'PPLA' }),
    ]; // prettier-ignore
    const world = new Gazetteer({ version: 'test', sources: [], entries });
    const doc = segment({ id: 'a', text: 'MAIDUGURI, Nigeria — Gunmen attacked a market on Sunday.\n' });
    expect(datelineAreas(doc, nameIndexFor(world))).toEqual([]);
    expect(geoparseReport(doc, world).reportedFrom.map((r) => r.gazetteerId)).toEqual([
      'geonames:2331447',
      'ne:NGA',
    ]);
  });
});
