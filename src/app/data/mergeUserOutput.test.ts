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
});
