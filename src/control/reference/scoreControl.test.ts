import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ControlFeature } from '../../types/model.ts';
import { importControl } from './importControl.ts';
import {
  readSettlementReference,
  scoreControl,
  scoreSettlements,
  type ScoredSettlement,
} from './scoreControl.ts';

const file = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/control/reference-example.geojson',
);
const reference = importControl(JSON.parse(readFileSync(file, 'utf8')), 'example', 'reference');

const towns: ScoredSettlement[] = [
  { id: 'a', name: 'Inside the pocket', lon: 36.5, lat: 35.95 },
  { id: 'b', name: 'Taken later', lon: 37.0, lat: 36.15 },
  { id: 'c', name: 'Far east', lon: 37.9, lat: 35.4 },
  { id: 'd', name: 'North', lon: 36.8, lat: 36.55 },
  { id: 'e', name: 'Outside both', lon: 30, lat: 30 },
];

/** Our zones as the reference's own polygons, optionally with one side renamed on a date. */
function oursFrom(change?: { date: string; from: string; to: string }): ControlFeature[] {
  return reference.features.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      source: 'derived',
      controller:
        change && f.properties.date === change.date && f.properties.controller === change.from
          ? (change.to as ControlFeature['properties']['controller'])
          : f.properties.controller,
    },
  }));
}

describe('scoreControl', () => {
  it('reads the example reference: a controller alias and a date per polygon, two snapshots', () => {
    expect(reference.errors).toEqual([]);
    expect([...new Set(reference.features.map((f) => f.properties.date))]).toEqual([
      '2024-11-26',
      '2024-11-30',
    ]);
    expect(new Set(reference.features.map((f) => f.properties.controller))).toEqual(
      new Set(['government', 'opposition', 'sna']),
    );
  });

  it('agrees fully with itself, by settlement and by day, and tells where the front moved', () => {
    const days = scoreControl(oursFrom(), reference.features, towns);
    expect(days.map((d) => [d.date, d.agree, d.compared, d.share])).toEqual([
      ['2024-11-26', 4, 4, 1],
      ['2024-11-30', 4, 4, 1],
    ]);
    expect(days[1].moved).toEqual({ compared: 1, agree: 1 });
    expect(days[1].confusion).toEqual({
      government: { government: 1 },
      opposition: { opposition: 2 },
      sna: { sna: 1 },
    });
  });

  it('counts a side we got wrong in the share and the confusion table', () => {
    const days = scoreControl(
      oursFrom({ date: '2024-11-30', from: 'opposition', to: 'government' }),
      reference.features,
      towns,
    );
    expect(days[0].share).toBe(1);
    expect(days[1]).toMatchObject({ agree: 2, compared: 4, share: 0.5, moved: { compared: 1, agree: 0 } });
    expect(days[1].confusion.opposition).toEqual({ government: 2 });
    expect(days[1].disagree.map((d) => d.name).sort()).toEqual(['Inside the pocket', 'Taken later']);
  });

  it('scores a reference date by our latest zones on or before it, and none past our last day', () => {
    const ours = oursFrom().filter((f) => f.properties.date === '2024-11-26');
    const days = scoreControl(ours, reference.features, towns);
    expect(days.map((d) => d.date)).toEqual(['2024-11-26']);
    const both = scoreControl(
      [...ours, ...ours.map((f) => ({ ...f, properties: { ...f.properties, date: '2024-12-01' } }))],
      reference.features,
      towns,
    );
    expect(both.map((d) => [d.date, d.ours, d.share])).toEqual([
      ['2024-11-26', '2024-11-26', 1],
      ['2024-11-30', '2024-11-26', 0.75],
    ]);
  });
});

describe('scoreSettlements', () => {
  const point = (name: string, lon: number, lat: number, props: Record<string, unknown>) => ({
    type: 'Feature',
    properties: { name, ...props },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  });

  it('reads a side per day (controller and date, or sides by date) and reports bad rows by name', () => {
    const ref = readSettlementReference({
      type: 'FeatureCollection',
      features: [
        point('Pocket town', 36.5, 35.95, { controller: 'rebels', date: '2024-11-30' }),
        point('Taken later', 37.0, 36.15, { sides: { '2024-11-26': 'regime', '2024-11-30': 'HTS' } }),
        point('Nowhere', 37.9, 35.4, { controller: 'martians', date: '2024-11-30' }),
        { type: 'Feature', properties: { name: 'No point' }, geometry: null },
      ],
    });
    expect(ref.entries.map((e) => [e.name, e.date, e.controller])).toEqual([
      ['Pocket town', '2024-11-30', 'opposition'],
      ['Taken later', '2024-11-26', 'government'],
      ['Taken later', '2024-11-30', 'opposition'],
    ]);
    expect(ref.errors).toHaveLength(2);
    expect(ref.errors[0]).toMatch(/^Nowhere/);
  });

  it('scores each settlement by our latest zones on or before its day, and where the front moved', () => {
    const { entries } = readSettlementReference([
      point('Pocket town', 36.5, 35.95, { sides: { '2024-11-26': 'rebels', '2024-11-30': 'rebels' } }),
      point('Taken later', 37.0, 36.15, { sides: { '2024-11-26': 'regime', '2024-11-30': 'rebels' } }),
      point('Far east', 37.9, 35.4, { sides: { '2024-11-30': 'regime' } }),
      point('Outside both', 30, 30, { sides: { '2024-11-30': 'regime' } }),
    ]);
    // Our zones as the reference map's 26 November only: the later change is missed.
    const ours = oursFrom().filter((f) => f.properties.date === '2024-11-26');
    const days = scoreSettlements(ours, entries);
    expect(days.map((d) => [d.date, d.ours, d.agree, d.compared, d.outside])).toEqual([
      ['2024-11-26', '2024-11-26', 2, 2, 0],
      ['2024-11-30', '2024-11-26', 2, 3, 1],
    ]);
    expect(days[1].moved).toEqual({ compared: 1, agree: 0 });
    expect(days[1].disagree).toEqual([{ name: 'Taken later', reference: 'opposition', ours: 'government' }]);
    // With the reference's own 30 November zones every settlement agrees.
    expect(scoreSettlements(oursFrom(), entries)[1]).toMatchObject({ agree: 3, compared: 3 });
  });
});
