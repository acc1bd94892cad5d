import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputSet, contentDigest, sealManifest } from './outputSet.ts';
import type { Manifest } from '../types/model.ts';

const manifest = {
  generated: '2024-12-01T00:00:00Z',
  articles: [],
  gazetteer: { source: 'test', version: '1', entries: 0 },
  counts: { articles: 0, places: 1, mentions: 0, incidents: 0, controlFeatures: 0 },
  days: [],
  warnings: [],
} satisfies Manifest;
const places = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', id: 'a', properties: { x: 1.5 } }],
};
const incidents = { type: 'FeatureCollection', features: [] };

describe('outputSet', () => {
  it('digests the content, not its layout', () => {
    const indented = JSON.parse(JSON.stringify(places, null, 1).replace(/\n/g, '\r\n')) as unknown;
    expect(contentDigest(indented)).toBe(contentDigest(places));
    expect(contentDigest({ ...places, features: [] })).not.toBe(contentDigest(places));
  });

  it('accepts a whole set and names a file of another run', () => {
    const sealed = sealManifest(manifest, { 'places.geojson': places, 'incidents.geojson': incidents });
    expect(checkOutputSet(sealed, { 'places.geojson': places, 'incidents.geojson': incidents })).toEqual({
      foreign: [],
      problems: [],
    });
    const other = { ...places, features: [] };
    const check = checkOutputSet(
      sealed,
      { 'places.geojson': other, 'incidents.geojson': incidents },
      'data/',
    );
    expect(check.foreign).toEqual(['places.geojson']);
    expect(check.problems[0]).toMatch(/^data\/places\.geojson does not belong with data\/manifest\.json/);
  });

  it('checks nothing without a sealed manifest, and skips files not loaded', () => {
    expect(checkOutputSet(manifest, { 'places.geojson': {} }).foreign).toEqual([]);
    expect(checkOutputSet(null, { 'places.geojson': {} }).foreign).toEqual([]);
    const sealed = sealManifest(manifest, { 'places.geojson': places });
    expect(checkOutputSet(sealed, { 'places.geojson': undefined, 'other.json': {} }).foreign).toEqual([]);
  });

  it('finds the committed set whole, read back from its files', () => {
    const dir = path.resolve(import.meta.dirname, '../../public/data');
    if (!existsSync(path.join(dir, 'manifest.json'))) return;
    const read = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown;
    const sealed = read('manifest.json') as Manifest;
    expect(Object.keys(sealed.files ?? {})).toContain('places.geojson');
    const loaded = Object.fromEntries(Object.keys(sealed.files ?? {}).map((f) => [f, read(f)]));
    expect(checkOutputSet(sealed, loaded)).toEqual({ foreign: [], problems: [] });
  });
});
