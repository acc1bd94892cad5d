import { describe, expect, it } from 'vitest';
import { datelineAreaSpan, datelineAreas, datelineCountry } from './datelineAreas.ts';
import { nameIndexFor } from '../index/NameIndex.ts';
import { segment } from '../text/segment.ts';
import { geoparseReport } from '../geoparse.ts';
import { testGazetteer } from '../testGazetteer.ts';

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
    const out = geoparseReport(segment({ id: 'a', text }), gaz);
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
    const out = geoparseReport(segment({ id: 'a', text }), gaz);
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
});
