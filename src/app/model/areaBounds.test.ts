import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import { areaBounds, incidentCamera, INCIDENT_ZOOM } from './areaBounds.ts';

// A made-up governorate-sized square, 2° by 1.5°.
const area = bboxPolygon([36, 35.5, 38, 37]).geometry;

describe('areaBounds', () => {
  it('boxes areas and lines, not points', () => {
    expect(areaBounds(area)).toEqual([36, 35.5, 38, 37]);
    expect(
      areaBounds({
        type: 'LineString',
        coordinates: [
          [36.5, 35],
          [37, 36],
        ],
      }),
    ).toEqual([36.5, 35, 37, 36]);
    expect(areaBounds({ type: 'Point', coordinates: [37, 36] })).toBeNull();
    expect(areaBounds(null)).toBeNull();
    expect(areaBounds({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});

describe('incidentCamera', () => {
  const map = { width: 900, height: 700 };
  it('fits the area an incident was told of, whatever the zoom now', () => {
    const cam = incidentCamera([37, 36.2], area, map, 13)!;
    expect(cam.zoom).toBeLessThan(9);
    expect(cam.zoom).toBeGreaterThan(7);
    expect(cam.lon).toBeCloseTo(37, 5);
  });
  it('zooms to a point, never out', () => {
    expect(incidentCamera([37, 36.2], { type: 'Point', coordinates: [37, 36.2] }, map, 8)).toEqual({
      lon: 37,
      lat: 36.2,
      zoom: INCIDENT_ZOOM,
    });
    expect(incidentCamera([37, 36.2], null, map, 14)?.zoom).toBe(14);
    expect(incidentCamera(null, null, map, 8)).toBeNull();
  });
});
