// Reports of later days (sentences written for this test, not from any article) move the zones
// through the whole pipeline with no code change: other towns, other dates.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlFeature } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { runPipeline } from '../pipeline/runPipeline.ts';
import { zoneAt } from './zones/zoneAt.ts';
import { loadGazetteer } from '../../scripts/lib/loadGazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer({ scope: 'world' });
}, 300_000);

function controllerAt(control: ControlFeature[], date: string, id: string): string | undefined {
  const e = gazetteer.get(id)!;
  return zoneAt(control, date, e.lon, e.lat)?.properties.controller;
}

describe('later reports', () => {
  it('a capture of Maarat al-Numan and Khan Shaykhun moves them to the opposition from that day', () => {
    const out = runPipeline(
      [
        {
          id: 'later-1',
          dateline: '2024-12-02',
          text: 'Syrian rebels captured the towns of Maarat al-Numan and Khan Shaykhun on Monday, a war monitor said.',
        },
      ],
      gazetteer,
      { now: '2024-12-03T00:00:00Z' },
    );
    const control = out.control.features;
    expect([...new Set(control.map((f) => f.properties.date))].sort().pop()).toBe('2024-12-02');
    expect(controllerAt(control, '2024-12-01', 'geonames:167611')).toBe('government');
    expect(controllerAt(control, '2024-12-02', 'geonames:167611')).toBe('opposition');
    expect(controllerAt(control, '2024-12-02', 'geonames:168325')).toBe('opposition');
  });

  it('a denied capture of Hama leaves it contested', () => {
    const out = runPipeline(
      [
        {
          id: 'later-2',
          dateline: '2024-12-05',
          text: 'Rebels said on Thursday they had captured the city of Hama. The Syrian army denied that rebels had entered Hama.',
        },
      ],
      gazetteer,
      { now: '2024-12-06T00:00:00Z' },
    );
    expect(controllerAt(out.control.features, '2024-12-05', 'geonames:170017')).toBe('contested');
  });

  it('other sides move ground too: Turkish-backed factions take a Kurdish-held town, the army retakes one', () => {
    const out = runPipeline(
      [
        {
          id: 'later-3',
          dateline: '2024-12-01',
          text: 'Turkish-backed factions of the Syrian National Army seized the town of Tal Rifaat from the Kurdish-led SDF on Sunday, a war monitor said.',
        },
        {
          id: 'later-4',
          dateline: '2024-12-02',
          text: 'Rebel fighters captured the town of al-Safira on Monday, a war monitor said.',
        },
        {
          id: 'later-5',
          dateline: '2024-12-04',
          text: 'Government forces recaptured the town of al-Safira on Wednesday after rebels withdrew, the defence ministry said.',
        },
      ],
      gazetteer,
      { now: '2024-12-05T00:00:00Z' },
    );
    const control = out.control.features;
    expect(controllerAt(control, '2024-11-30', 'geonames:163476')).toBe('sdf');
    expect(controllerAt(control, '2024-12-01', 'geonames:163476')).toBe('sna');
    expect(controllerAt(control, '2024-12-01', 'geonames:172503')).toBe('government');
    expect(controllerAt(control, '2024-12-02', 'geonames:172503')).toBe('opposition');
    expect(controllerAt(control, '2024-12-04', 'geonames:172503')).toBe('government');
  });

  it('a capture denied when told stands from the day a later report tells it again undisputed', () => {
    const told = {
      id: 'later-6',
      dateline: '2024-11-29',
      text: 'Rebels said on Friday they had captured the town of Saraqib. The Syrian army denied that rebels had entered Saraqib.',
    };
    const again = {
      id: 'later-7',
      dateline: '2024-11-30',
      text: 'The rebels, who captured Saraqib on Friday, pushed south on Saturday, a war monitor said.',
    };
    const now = { now: '2024-12-01T00:00:00Z' };
    const both = runPipeline([told, again], gazetteer, now).control.features;
    expect(controllerAt(both, '2024-11-29', 'geonames:164816')).toBe('contested');
    expect(controllerAt(both, '2024-11-30', 'geonames:164816')).toBe('opposition');
    // Told only on the day it was denied, it stays contested.
    const alone = runPipeline([told], gazetteer, now).control.features;
    expect(controllerAt(alone, '2024-11-30', 'geonames:164816')).toBe('contested');
  });
});
