// Other wars: a town a report says a side captured becomes that side's claimed zone, with no
// baseline front line there; the region's zones are unchanged.
import { describe, expect, it } from 'vitest';
import type { ControlFeature } from '../../types/model.ts';
import { buildControl } from '../buildControl.ts';
import { zoneAt as shownAt } from '../zones/zoneAt.ts';
import { incident, place, testGazetteer } from '../testFixtures.ts';

const gazetteer = testGazetteer();
const lakeTown = place('lake', 'Lake Town', 29.2, -1.6, 'geonames:1', 'settlement');
const hillTown = place('hill', 'Hill Town', 29.0, -1.7, 'geonames:2', 'settlement');
const province = place('prov', 'North Province', 29.1, -1.5, 'sm:adm1:X1', 'admin1');
const aleppo = place('aleppo', 'Aleppo', 37.161, 36.201, 'geonames:170063');
const rebels = { side: 'm23', name: 'M23 rebels', sideName: 'M23' };
const army = { side: 'drc', name: 'the army', sideName: 'DR Congo' };

function zoneAt(features: ControlFeature[], date: string, lon: number, lat: number) {
  return shownAt(features, date, lon, lat)?.properties;
}

describe('claims outside the baseline region', () => {
  const out = buildControl({
    incidents: [
      incident('took-lake', 'lake', '2025-01-23', {
        progress: 'captured',
        agent: rebels,
        actors: [rebels, army],
      }),
      incident('entered-hill', 'hill', '2025-01-21', {
        progress: 'entered',
        agent: rebels,
        actors: [rebels],
      }),
      incident('took-hill', 'hill', '2025-01-25', { progress: 'captured', agent: army, actors: [army] }),
      incident('province-wide', 'prov', '2025-01-22', {
        progress: 'captured',
        agent: rebels,
        actors: [rebels],
      }),
    ],
    places: [lakeTown, hillTown, province, aleppo],
    gazetteer,
  });

  it('claims a captured town for the side the report names, from its day on', () => {
    expect(zoneAt(out, '2025-01-22', 29.2, -1.6)).toBeUndefined();
    expect(zoneAt(out, '2025-01-23', 29.2, -1.6)).toMatchObject({
      controller: 'm23',
      status: 'claimed',
      label: 'M23 (claimed)',
      basis: ['took-lake'],
      hatch: true,
    });
    expect(zoneAt(out, '2025-02-01', 29.2, -1.6)?.controller).toBe('m23');
  });

  it('marks a town only entered as contested, and a later capture wins', () => {
    expect(zoneAt(out, '2025-01-21', 29.0, -1.7)).toMatchObject({
      controller: 'contested',
      status: 'contested',
    });
    expect(zoneAt(out, '2025-01-25', 29.0, -1.7)).toMatchObject({ controller: 'drc', status: 'claimed' });
  });

  it('draws no zone for a province said to be taken, lists the day in the summary and keeps the region whole', () => {
    expect(zoneAt(out, '2025-01-25', 29.1, -1.5)).toBeUndefined();
    const summary = out.find((f) => f.properties.layer === 'summary' && f.properties.date === '2025-01-23')!;
    expect(summary.properties.changes?.map((c) => [c.name, c.to])).toEqual([['Lake Town', 'm23']]);
    // Syria's baseline zones are on every date, so a reader of one date sees the whole map.
    for (const d of ['2025-01-21', '2025-01-23', '2025-01-25'])
      expect(zoneAt(out, d, 37.161, 36.201)?.controller, d).toBe('government');
  });
});
