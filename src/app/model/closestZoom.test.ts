import { describe, expect, it } from 'vitest';
import { BUILT_IN_CLOSEST_ZOOM, cappedCamera, closestZoom, type BasemapDetail } from './closestZoom.ts';
import { fitCamera } from './fitCamera.ts';

// Made-up local labels: two neighbourhoods of one city.
const city: BasemapDetail = {
  streets: false,
  localLabels: [
    [37.16, 36.2],
    [37.12, 36.22],
  ],
};

describe('closestZoom', () => {
  it('stops at the built-in basemap’s town zoom where it has no local labels', () => {
    // A town far from any neighbourhood label (another country).
    expect(closestZoom([13.2, 11.6], city)).toBe(BUILT_IN_CLOSEST_ZOOM);
    // 10 km from the nearest label: still too far for them to be in a street-level view.
    expect(closestZoom([37.16, 36.29], city)).toBe(BUILT_IN_CLOSEST_ZOOM);
    expect(closestZoom([37.16, 36.2], { streets: false, localLabels: [] })).toBe(BUILT_IN_CLOSEST_ZOOM);
  });

  it('has no limit beside local labels or with a basemap of streets', () => {
    expect(closestZoom([37.15, 36.21], city)).toBe(Infinity);
    expect(closestZoom([13.2, 11.6], { streets: true, localLabels: [] })).toBe(Infinity);
  });
});

describe('cappedCamera', () => {
  const far = { lon: 13.2, lat: 11.6, zoom: 12.5 };
  const around = (zoom: number, [lon, lat]: [number, number]) => ({
    zoom,
    bounds: [lon - 0.05, lat - 0.05, lon + 0.05, lat + 0.05] as const,
  });

  it('keeps an app move out of an empty sheet', () => {
    expect(cappedCamera(far, { zoom: 7, bounds: null }, city)).toEqual({
      ...far,
      zoom: BUILT_IN_CLOSEST_ZOOM,
    });
    // A move that is already wide enough is left as it is.
    expect(cappedCamera({ ...far, zoom: 8 }, { zoom: 7, bounds: null }, city)).toEqual({ ...far, zoom: 8 });
    // Beside local labels, as close as asked.
    expect(cappedCamera({ lon: 37.15, lat: 36.21, zoom: 13.5 }, { zoom: 7, bounds: null }, city).zoom).toBe(
      13.5,
    );
  });

  it('never zooms out of a closer view that already shows the target, but does not carry that zoom elsewhere', () => {
    // The user had zoomed to 11.5 around the village: choosing an incident there keeps 11.5.
    expect(cappedCamera(far, around(11.5, [13.2, 11.6]), city).zoom).toBe(11.5);
    // The user was at 11.5 in the city: a search for the far village goes there at 10.
    expect(cappedCamera(far, around(11.5, [37.15, 36.2]), city).zoom).toBe(BUILT_IN_CLOSEST_ZOOM);
  });

  it('caps a view fitted to one village’s incidents (a report about another country)', () => {
    // Two incidents 2 km apart: fitted, that is a street-level zoom.
    const fitted = fitCamera([13.19, 11.59, 13.21, 11.6], 940, 760, { padding: 60, maxZoom: 11 });
    expect(fitted.zoom).toBe(11);
    expect(cappedCamera(fitted, { zoom: 6, bounds: null }, city).zoom).toBe(BUILT_IN_CLOSEST_ZOOM);
  });
});
