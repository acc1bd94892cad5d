import { describe, expect, it } from 'vitest';
import type { AppData } from '../store/appState.ts';
import type { AppStateView } from '../store/createAppStore.ts';
import type { GazetteerEntry } from '../../types/model.ts';
import { searchHits, searchIndex } from './searchHits.ts';

describe('searchHits', () => {
  it("words and zooms a kind it does not know by the kind itself, even one a plain object's prototype has", () => {
    const place = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [37, 36] },
      properties: {
        id: 'p1',
        name: 'Qasr Tall',
        gazetteerId: 'g:1',
        kind: 'constructor',
        mentions: [{ article: 'a1', text: 'Qasr Tall' }],
      },
    };
    const data = {
      places: { type: 'FeatureCollection', features: [place] },
      basemap: {},
      incidents: { type: 'FeatureCollection', features: [] },
      outlets: {},
    } as unknown as AppData;
    const remote = {
      id: 'g:2',
      name: 'Qasr Tallat',
      names: { en: 'Qasr Tallat' },
      aliases: [],
      kind: 'toString',
      lon: 37,
      lat: 36,
    } as unknown as GazetteerEntry;
    const hits = searchHits(searchIndex(data), 'qasr', [remote], {} as AppStateView);
    expect(hits.map((h) => [h.detail, h.zoom])).toEqual([
      ['constructor, named in 1 report(s)', 10],
      ['toString in the gazetteer, not named in any report', 10],
    ]);
  });
});
