import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns } from './incidentColumns.ts';
import type { IncidentRowFeature } from './incidentRow.ts';

const row = (id: string, p: Partial<IncidentRowFeature['properties']> = {}): IncidentRowFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [37.16, 36.2] },
  properties: {
    id,
    type: 'airstrike',
    date: '2024-11-28',
    status: 'reported',
    place: 'geonames:170063',
    background: false,
    sources: 2,
    articles: ['a1', 'a2'],
    actors: [{ side: 'government', name: 'government forces' }],
    ...p,
  },
});

describe('incident columns', () => {
  it('give the rows back as they were', () => {
    const rows = [
      row('i1'),
      row('i2', { date: null, status: 'contested', background: true, articles: [], actors: [] }),
      row('i3', { dateRange: ['2024-11-26', '2024-11-28'], progress: 'captured', type: 'advance' }),
    ];
    const { columns, transfer } = toColumns(rows);
    expect(transfer.length).toBeGreaterThan(5);
    expect(fromColumns(structuredClone(columns))).toEqual(rows);
  });

  it('send each distinct string once', () => {
    const { columns } = toColumns(Array.from({ length: 100 }, (_, i) => row(`i${i}`)));
    expect(columns.strings.filter((s) => s === 'geonames:170063')).toHaveLength(1);
    expect(fromColumns(toColumns([]).columns)).toEqual([]);
  });
});
