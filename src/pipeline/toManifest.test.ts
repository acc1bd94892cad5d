import { describe, expect, it } from 'vitest';
import { runPipeline } from './runPipeline.ts';
import { testGazetteer } from '../geoparse/testGazetteer.ts';

describe('toManifest', () => {
  it("keeps each report's dateline place and the names left off the map, as facts and offsets", () => {
    const text = 'ALEPPO (Wire) – Syrian rebels shelled Kafr Basha and Nubl on Monday.';
    const { manifest } = runPipeline([{ id: 'r', text, dateline: '2024-11-30' }], testGazetteer(), {
      now: '2024-12-01T00:00:00Z',
    });
    const [a] = manifest.articles;
    expect(a.reportedFrom?.map((r) => r.gazetteerId)).toEqual(['geonames:170063']);
    expect(a.unplaced).toEqual([
      { start: text.indexOf('Kafr'), end: text.indexOf(' and'), text: 'Kafr Basha', reason: 'unknown' },
    ]);
  });

  it('leaves the field out when every place was mapped', () => {
    const { manifest } = runPipeline([{ id: 'r', text: 'Rebels shelled Nubl.' }], testGazetteer());
    expect(manifest.articles[0]).not.toHaveProperty('unplaced');
  });
});
