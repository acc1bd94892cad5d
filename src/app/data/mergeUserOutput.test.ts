import { describe, expect, it } from 'vitest';
import type { PipelineOutput } from '../../types/model.ts';
import { emptyData } from '../store/appState.ts';
import { mergeUserOutput } from './mergeUserOutput.ts';

const pt = { type: 'Point' as const, coordinates: [37, 36] };

describe('mergeUserOutput', () => {
  it('adds user places and incidents under their own ids and keeps what was loaded', () => {
    const base = emptyData();
    base.incidents.features.push({
      type: 'Feature',
      geometry: pt,
      properties: { id: 'i1', place: 'p1' } as never,
    });
    base.manifest = { days: ['2024-11-27'], articles: [] } as never;
    const user = {
      manifest: { days: ['2024-11-28'], articles: [{ id: 'mine', dateline: '2024-11-28' }] },
      places: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: pt, properties: { id: 'p1', mentions: [] } }],
      },
      incidents: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: pt, properties: { id: 'i1', place: 'p1' } }],
      },
      control: { type: 'FeatureCollection', features: [] },
    } as unknown as PipelineOutput;
    const out = mergeUserOutput(base, user, { mine: 'Our own text.' }, { mine: 'mine.txt' });
    expect(out.incidents.features.map((f) => [f.properties.id, f.properties.place])).toEqual([
      ['i1', 'p1'],
      ['user:i1', 'user:p1'],
    ]);
    expect(out.places.features[0]!.properties.id).toBe('user:p1');
    expect(out.manifest!.days).toEqual(['2024-11-27', '2024-11-28']);
    expect(out.manifest!.articles.map((a) => a.id)).toEqual(['mine']);
    expect(out.texts.mine).toBe('Our own text.');
    expect(base.incidents.features).toHaveLength(1);
  });

  it('keeps the user’s manifest articles whole: where each was filed from and the names not placed', () => {
    const article = {
      id: 'mine',
      outlet: 'Test Wire',
      dateline: '2024-11-28',
      url: null,
      length: 80,
      excluded: [],
      reportedFrom: [
        { start: 0, end: 6, text: 'BEIRUT', gazetteerId: 'g:beirut', name: 'Beirut', lon: 35.5, lat: 33.9 },
      ],
      unplaced: [{ start: 30, end: 38, text: 'Kafr Zed', reason: 'unknown' as const }],
    };
    const user = {
      manifest: { days: [], articles: [article] },
      places: { type: 'FeatureCollection', features: [] },
      incidents: { type: 'FeatureCollection', features: [] },
      control: { type: 'FeatureCollection', features: [] },
    } as unknown as PipelineOutput;
    const loaded = emptyData();
    loaded.manifest = { days: [], articles: [{ id: 'a1' }] } as never;
    for (const base of [loaded, emptyData()]) {
      const out = mergeUserOutput(base, user, {}, {});
      const mine = out.manifest!.articles.find((a) => a.id === 'mine');
      expect(mine).toEqual(article);
    }
  });
});
