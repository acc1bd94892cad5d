import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ControlProps, IncidentProps } from '../../types/model.ts';
import { backgroundAsOf, controlAsOf, incidentsAsOf } from './asOfDate.ts';
import { areaBySide, changedBy, changedOn } from './controlSummary.ts';

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

  it('lists what happened or moved the zones on the day, nothing from an earlier day', () => {
    const rows: FeatureCollection<Geometry, IncidentProps> = {
      type: 'FeatureCollection',
      features: [
        ...incidents.features,
        // Known only within a window: covers each day of it.
        {
          ...incident('w', '2024-11-30'),
          properties: { ...incident('w', '2024-11-30').properties, dateRange: ['2024-11-27', '2024-11-30'] },
        },
        // A report added months later, whose day has no control state of its own.
        incident('later', '2025-02-03'),
      ],
    };
    const on = (day: string) => changedOn(incidentsAsOf(rows, day), control, day).map((f) => f.properties.id);
    // The zones changed on the 28th, moved by 'a' (and by 'b', not yet happened then).
    expect(on('2024-11-28')).toEqual(['a', 'w']);
    expect(on('2024-11-29')).toEqual(['b', 'w']);
    expect(on('2024-12-15')).toEqual([]);
    // The zones shown in February are the 28th's: what moved them is not February's news.
    expect(changedBy(control, '2025-02-03')).toEqual([]);
    expect(on('2025-02-03')).toEqual(['later']);
  });
});
