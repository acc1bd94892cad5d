import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../types/model.ts';
import { loadedReportCount, mergeRefusal } from './mergeBase.ts';

const manifest = (count: number, listed: number): Pick<Manifest, 'counts' | 'articles'> => ({
  counts: { articles: count, places: 0, mentions: 0, incidents: 0, controlFeatures: 0 },
  articles: Array.from({ length: listed }, (_, i) => ({
    id: `r${i}`,
    outlet: null,
    dateline: null,
    url: null,
    length: 10,
    excluded: [],
  })),
});

describe('loadedReportCount', () => {
  it('counts the reports from the manifest, not from a list that comes later', () => {
    // A published site's manifest: its list of reports is fetched after the map's first idle.
    expect(loadedReportCount(manifest(5, 0))).toBe(5);
    expect(loadedReportCount(manifest(5, 5))).toBe(5);
    expect(loadedReportCount(null)).toBe(0);
  });

  it('falls back on the list for a manifest without counts', () => {
    const { articles } = manifest(0, 3);
    expect(loadedReportCount({ articles } as Pick<Manifest, 'counts' | 'articles'>)).toBe(3);
  });
});

describe('mergeRefusal', () => {
  it('refuses on a published site, saying that nothing changed and what to do', () => {
    const why = mergeRefusal({ published: { rows: 'rows.geojson' }, manifest: null })!;
    expect(why).toMatch(/published/);
    expect(why).toMatch(/nothing was changed/);
    expect(why).toMatch(/npm run ingest/);
  });

  it('refuses when the manifest names its files but no readings, as a small published site', () => {
    const files = { 'places.geojson': 'a', 'incidents.geojson': 'b', 'control.geojson': 'c' };
    expect(mergeRefusal({ published: null, manifest: { files } })).toMatch(/nothing was changed/);
    expect(
      mergeRefusal({ published: null, manifest: { files: { ...files, 'readings.json': 'd' } } }),
    ).toBeNull();
    // A manifest written before files were sealed says nothing: the merge's own check decides.
    expect(mergeRefusal({ published: null, manifest: {} })).toBeNull();
    expect(mergeRefusal({ published: null, manifest: null })).toBeNull();
  });
});
