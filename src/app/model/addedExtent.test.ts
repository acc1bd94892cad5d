import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import { addedExtent, boxInside, dayToShow, type AddedData } from './addedExtent.ts';

// Two loaded reports about Aleppo's countryside and one added about a made-up town far east.
const data: AddedData = {
  incidents: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [37.1, 36.2] },
        properties: { articles: ['loaded-1'], date: '2024-11-29' },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [40.1, 35.3] },
        properties: { articles: ['added-1', 'loaded-2'], date: '2025-03-02' },
      },
      {
        type: 'Feature',
        geometry: bboxPolygon([40.5, 35.0, 41.0, 35.6]).geometry,
        properties: { articles: ['added-1'], date: '2025-03-01' },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [30.0, 30.0] },
        properties: { articles: ['added-1'], date: '2011-03-15', background: true },
      },
    ],
  },
  places: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [40.1, 35.3] },
        properties: { mentions: [{ article: 'added-1' }] },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [38.0, 34.0] },
        properties: { mentions: [{ article: 'added-2' }] },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [39.0, 33.5] },
        properties: { mentions: [{ article: 'added-2' }] },
      },
      {
        type: 'Feature',
        geometry: bboxPolygon([35, 32, 42, 37]).geometry,
        properties: { mentions: [{ article: 'added-2' }] },
      },
    ],
  },
};

describe('addedExtent', () => {
  it('boxes the incidents a report tells, history left out, with their days', () => {
    const e = addedExtent(new Set(['added-1']), data)!;
    expect(e.bounds[0]).toBe(40.1);
    expect(e.bounds[1]).toBeCloseTo(35.0, 0);
    expect(e.bounds[2]).toBeGreaterThan(40.5);
    expect(e.bounds[3]).toBeLessThanOrEqual(35.6);
    expect(e.days).toEqual(['2025-03-01', '2025-03-02']);
  });

  it('falls back on the towns a report names when it tells no incident (not a country outline)', () => {
    expect(addedExtent(new Set(['added-2']), data)).toEqual({ bounds: [38.0, 33.5, 39.0, 34.0], days: [] });
  });

  it('is null for a report that put nothing on the map', () => {
    expect(addedExtent(new Set(['nothing']), data)).toBeNull();
  });
});

describe('boxInside', () => {
  it('is true only for a box wholly inside the other', () => {
    expect(boxInside([37, 36, 37.5, 36.5], [36, 35, 38, 37])).toBe(true);
    expect(boxInside([37, 36, 40.5, 36.5], [36, 35, 38, 37])).toBe(false);
  });
});

describe('dayToShow', () => {
  const days = ['2024-11-27', '2024-11-30', '2025-03-01', '2025-03-02', '2025-03-05'];
  it('keeps the day when an added incident is drawn on it', () => {
    expect(dayToShow(['2024-11-28', '2025-03-02'], '2024-11-30', days)).toBeNull();
  });
  it('moves to the first day drawing all of them when all are later', () => {
    expect(dayToShow(['2025-03-01', '2025-03-02'], '2024-11-30', days)).toBe('2025-03-02');
    expect(dayToShow(['2025-04-01'], '2024-11-30', days)).toBe('2025-03-05');
  });
  it('leaves the day alone when there is nothing dated', () => {
    expect(dayToShow([], '2024-11-30', days)).toBeNull();
  });
});
