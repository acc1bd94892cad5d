import { existsSync, readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildControl } from '../control/buildControl.ts';
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { runPipeline } from '../pipeline/runPipeline.ts';
import type { ControlFeature, IncidentFeature, PlaceFeature } from '../types/model.ts';
import { recomputeControl } from './recomputeControl.ts';

const gaz = {} as Gazetteer;
const zone = { type: 'Feature', geometry: null, properties: { layer: 'zone' } } as unknown as ControlFeature;

describe('recomputeControl', () => {
  it('returns the zones, or an error instead of throwing or blanking the layer', () => {
    expect(recomputeControl([], [], gaz, () => [zone])).toEqual({ control: [zone], error: null });
    expect(
      recomputeControl([], [], gaz, () => {
        throw new Error('no border');
      }),
    ).toEqual({
      control: null,
      error: 'control zones could not be recomputed (no border); the loaded zones are kept',
    });
    expect(recomputeControl([], [], gaz, () => []).control).toBeNull();
  });

  const root = new URL('../../', import.meta.url);
  const file = (p: string) => new URL(p, root);
  const present = [
    'public/gazetteer/pack.json',
    'public/data/incidents.geojson',
    'public/data/places.geojson',
  ].every((p) => existsSync(file(p)));
  it.skipIf(!present)('a capture in an added report changes that day’s zones (browser pack)', () => {
    const read = <T>(p: string) => JSON.parse(readFileSync(file(p), 'utf8')) as T;
    const pack = new Gazetteer(read('public/gazetteer/pack.json'));
    const incidents = read<{ features: IncidentFeature[] }>('public/data/incidents.geojson').features;
    const places = read<{ features: PlaceFeature[] }>('public/data/places.geojson').features;
    // Our own sentence; ids prefixed as the app merges them (mergeUserOutput).
    const mine = runPipeline(
      [
        {
          id: 'u1',
          text: 'On Saturday, opposition fighters seized control of Maarat al-Numan, south of Idlib.',
          dateline: '2024-11-30',
        },
      ],
      pack,
    );
    const user = (id: string) => `user:${id}`;
    const userIncidents = mine.incidents.features.map((f) => ({
      ...f,
      properties: { ...f.properties, id: user(f.properties.id), place: user(f.properties.place) },
    }));
    const userPlaces = mine.places.features.map((f) => ({
      ...f,
      properties: { ...f.properties, id: user(f.properties.id) },
    }));
    const at = (features: ControlFeature[] | null) =>
      (features ?? [])
        .filter((f) => f.properties.layer === 'zone' && f.properties.date === '2024-11-30')
        .filter((f) => booleanPointInPolygon([36.677, 35.648], f.geometry as GeoJSON.Polygon))
        .map((f) => f.properties.controller);
    const before = recomputeControl(incidents, places, pack, buildControl);
    const after = recomputeControl(
      [...incidents, ...userIncidents],
      [...places, ...userPlaces],
      pack,
      buildControl,
    );
    expect(at(before.control)).toEqual(['government']);
    expect(at(after.control)).toEqual(['opposition']);
  });
});
