import { describe, expect, it } from 'vitest';
import { datelineAreas } from './datelineAreas.ts';
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
});
