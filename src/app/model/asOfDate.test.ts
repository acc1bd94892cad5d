import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ControlProps, IncidentProps } from '../../types/model.ts';
import { backgroundAsOf, controlAsOf, incidentsAsOf } from './asOfDate.ts';
import { areaBySide, changedBy } from './controlSummary.ts';

const pt = { type: 'Point' as const, coordinates: [37, 36] };
function incident(id: string, date: string | null, background = false) {
  return { type: 'Feature' as const, geometry: pt, properties: { id, date, background } as IncidentProps };
}
function zone(controller: ControlProps['controller'], date: string, areaKm2: number, basis: string[] = []) {
  return {
    type: 'Feature' as const,
    geometry: pt,
    properties: { layer: 'zone', controller, date, status: 'assessed', basis, areaKm2 } as ControlProps,
  };
}

describe('as of a date', () => {
  const incidents: FeatureCollection<Geometry, IncidentProps> = {
    type: 'FeatureCollection',
    features: [
      incident('a', '2024-11-27'),
      incident('b', '2024-11-29'),
      incident('c', null),
      incident('h', '2016-12-01', true),
    ],
  };
  const control: FeatureCollection<Geometry, ControlProps> = {
    type: 'FeatureCollection',
    features: [
      zone('government', '2024-11-26', 100),
      zone('opposition', '2024-11-26', 50),
      zone('government', '2024-11-28', 80, ['a']),
      zone('opposition', '2024-11-28', 70, ['a', 'b']),
    ],
  };

  it('keeps history apart: background incidents only, up to the day', () => {
    expect(backgroundAsOf(incidents, '2024-11-28').features.map((f) => f.properties.id)).toEqual(['h']);
    expect(backgroundAsOf(incidents, '2010-01-01').features).toEqual([]);
  });

  it('keeps incidents up to the day, undated ones, and no history', () => {
    expect(incidentsAsOf(incidents, '2024-11-28').features.map((f) => f.properties.id)).toEqual(['a', 'c']);
    expect(incidentsAsOf(incidents, null).features.map((f) => f.properties.id)).toEqual(['a', 'b', 'c']);
  });

  it('uses the latest control state on or before the day', () => {
    expect(controlAsOf(control, '2024-11-27').features.map((f) => f.properties.areaKm2)).toEqual([100, 50]);
    expect(controlAsOf(control, '2024-11-30').features.map((f) => f.properties.areaKm2)).toEqual([80, 70]);
    expect(controlAsOf(control, '2024-11-01').features).toEqual([]);
  });

  it('sums area per side against the baseline and lists what changed', () => {
    expect(areaBySide(control, '2024-11-29')).toEqual([
      { controller: 'government', km2: 80, gained: -20 },
      { controller: 'opposition', km2: 70, gained: 20 },
    ]);
    expect(changedBy(control, '2024-11-28')).toEqual(['a', 'b']);
    expect(changedBy(control, '2024-11-26')).toEqual([]);
  });
});
