// Reported extents read from territorial figures: which side, which days, which areas.
import { describe, expect, it } from 'vitest';
import { bboxPolygon, booleanPointInPolygon } from '@turf/turf';
import type { IncidentFeature, TerritorialFigure } from '../../types/model.ts';
import { gazetteerEntry } from '../../gazetteer/gazetteerEntry.ts';
import { extentsOf } from './extents.ts';
import { incident, place, testGazetteer } from '../testFixtures.ts';

// A made-up governorate around a made-up town.
const province = gazetteerEntry({
  id: 't:prov',
  name: 'Test Province',
  kind: 'admin1',
  lon: 37,
  lat: 35,
  admin1: 'SY.99',
  geometry: bboxPolygon([36.5, 34.5, 37.5, 35.5]).geometry,
});
const town = gazetteerEntry({ id: 't:town', name: 'Townsville', lon: 37, lat: 35, admin1: 'SY.99' });
const gazetteer = testGazetteer([province, town]);
const townPlace = place('town', 'Townsville', 37, 35, 't:town');

function figure(what: string, value: number): TerritorialFigure {
  return {
    what,
    value,
    qualifier: 'over',
    article: 'a1',
    side: 'opposition',
    from: '2024-03-03',
    to: '2024-03-04',
    within: ['town'],
    start: 0,
    end: 10,
  };
}

function extentsFor(t: TerritorialFigure) {
  const inc: IncidentFeature = incident('i1', 'town', '2024-03-04', { territory: [t] });
  return extentsOf([inc], new Map([[inc, '2024-03-04']]), [townPlace], gazetteer);
}

describe('extentsOf', () => {
  it('reads a count of villages around a town as taken in its countryside (its governorate)', () => {
    const [e] = extentsFor(figure('villages', 50));
    expect(e).toMatchObject({ side: 'opposition', unit: 'places', from: '2024-03-03', to: '2024-03-04' });
    expect(e.bound).toBeGreaterThan(50);
    expect(e.within).toHaveLength(1);
    expect(booleanPointInPolygon([36.7, 35.3], e.within[0]!)).toBe(true);
  });

  it('keeps a count of neighbourhoods in the town itself', () => {
    const [e] = extentsFor(figure('neighbourhoods', 4));
    expect(e.within).toEqual([]);
    expect(e.withinIds).toEqual(['t:town']);
  });

  it('converts square miles and drops figures of no known side', () => {
    const [e] = extentsFor({ ...figure('square-miles', 10), qualifier: '' });
    expect(e.unit).toBe('km2');
    expect(e.value).toBeCloseTo(25.9, 1);
    expect(extentsFor({ ...figure('villages', 5), side: 'nobody-we-know' })).toEqual([]);
  });
});
