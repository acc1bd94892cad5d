import { describe, expect, it } from 'vitest';
import { runPipeline } from './runPipeline.ts';
import { testGazetteer } from '../geoparse/testGazetteer.ts';

describe('toManifest', () => {
  it("keeps each report's dateline place and the names left off the map, as facts and offsets", () => {
    // The unknown village stands in a paragraph of its own in a report whose places lie far
    // apart: a name listed with a known place ("Kafr Basha and Nubl"), or in a report about one
    // front, is put near that place (approximate), not left off the map.
    const text =
      'ALEPPO (Wire) – Syrian rebels shelled Nubl on Monday. Jets struck Damascus.\n\nRebels also shelled Kafr Basha overnight.';
    const { manifest } = runPipeline([{ id: 'r', text, dateline: '2024-11-30' }], testGazetteer(), {
      now: '2024-12-01T00:00:00Z',
    });
    const [a] = manifest.articles;
    expect(a.reportedFrom?.map((r) => r.gazetteerId)).toEqual(['geonames:170063']);
    expect(a.unplaced).toEqual([
      { start: text.indexOf('Kafr'), end: text.indexOf(' overnight'), text: 'Kafr Basha', reason: 'unknown' },
    ]);
  });

  it('leaves the field out when every place was mapped', () => {
    const { manifest } = runPipeline([{ id: 'r', text: 'Rebels shelled Nubl.' }], testGazetteer());
    expect(manifest.articles[0]).not.toHaveProperty('unplaced');
  });
});
