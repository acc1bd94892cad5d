import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { IncidentProps, PlaceProps } from '../../types/model.ts';
import { gazetteerEntry } from '../../gazetteer/gazetteerEntry.ts';
import { placeFeature } from '../../types/placeFeature.ts';
import { applyPlaceOverrides, overridesFromParam, overridesToParam, resolvedAs } from './placeOverrides.ts';

const TOWN = gazetteerEntry({ id: 'g:1', name: 'Town', lon: 37, lat: 36 });
const AREA = gazetteerEntry({
  id: 'g:2',
  name: 'Town Province',
  kind: 'admin1',
  lon: 37.5,
  lat: 36.5,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [37, 36],
        [38, 36],
        [38, 37],
        [37, 36],
      ],
    ],
  },
});
const byId = new Map([TOWN, AREA].map((e) => [e.id, e]));

function fixture() {
  const places: FeatureCollection<Geometry, PlaceProps> = {
    type: 'FeatureCollection',
    features: [
      placeFeature(
        {
          id: 'p1',
          name: 'Town',
          gazetteerId: 'g:1',
          alternatives: [
            { gazetteerId: 'g:1', name: 'Town', score: 0.9 },
            { gazetteerId: 'g:2', name: 'Town Province', score: 0.4 },
          ],
          confidence: 0.9,
        },
        { type: 'Point', coordinates: [37, 36] },
      ),
    ],
  };
  const incidents: FeatureCollection<Geometry, IncidentProps> = {
    type: 'FeatureCollection',
    features: ['p1', 'elsewhere'].map((place, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [37, 36] },
      properties: {
        id: `i${i}`,
        type: 'shelling',
        date: '2024-11-28',
        status: 'reported',
        place,
        actors: [],
        figures: [],
        sources: [],
        summary: '',
        background: false,
      },
    })),
  };
  return { places, incidents };
}

describe('applyPlaceOverrides', () => {
  it('moves and relabels the place and the incidents located there', () => {
    const { places, incidents } = fixture();
    const out = applyPlaceOverrides(places, incidents, { p1: 'g:2' }, (id) => byId.get(id));
    const p = out.places.features[0]!;
    expect(p.properties).toMatchObject({
      id: 'p1',
      name: 'Town Province',
      kind: 'admin1',
      gazetteerId: 'g:2',
    });
    expect(p.geometry).toEqual(AREA.geometry);
    expect(resolvedAs(p.properties)).toEqual({ gazetteerId: 'g:1', name: 'Town', score: 0.9 });
    expect(p.properties.alternatives.map((a) => a.gazetteerId)).toEqual(['g:1', 'g:2']);
    expect(out.incidents.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [37.5, 36.5] });
    expect(out.incidents.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [37, 36] });
  });

  it('never changes its inputs, and returns them when nothing applies', () => {
    const { places, incidents } = fixture();
    const copy = structuredClone({ places, incidents });
    applyPlaceOverrides(places, incidents, { p1: 'g:2' }, (id) => byId.get(id));
    expect({ places, incidents }).toEqual(copy);
    const none = applyPlaceOverrides(places, incidents, { p1: 'g:unknown', nope: 'g:2', x: 'g:1' }, (id) =>
      byId.get(id),
    );
    expect(none.places).toBe(places);
    expect(none.incidents).toBe(incidents);
  });

  it('choosing the resolver’s own entry is no change', () => {
    const { places, incidents } = fixture();
    expect(applyPlaceOverrides(places, incidents, { p1: 'g:1' }, (id) => byId.get(id)).places).toBe(places);
  });
});

describe('overrides in the URL', () => {
  it('round-trips ids with reserved characters and skips mangled pairs', () => {
    const o = { 'user:geonames:1': 'sm:adm1:SY02', 'a,b~c': 'g:1' };
    expect(overridesFromParam(overridesToParam(o))).toEqual(o);
    expect(overridesFromParam('p1~g:2,broken,~x,a~b~c,%E0%A4%A~g:1')).toEqual({ p1: 'g:2' });
  });
});
