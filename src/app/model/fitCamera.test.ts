import { describe, expect, it } from 'vitest';
import { fitCamera } from './fitCamera.ts';

describe('fitCamera', () => {
  it('fits a box into the map, so a larger area or a smaller screen zooms out', () => {
    const wide = fitCamera([36, 35.6, 38.5, 36.7], 940, 760);
    // 2.5° of longitude on 860 px: 512·2^z·2.5/360 = 860 → z ≈ 7.9.
    expect(wide.zoom).toBeCloseTo(Math.log2(860 / ((512 * 2.5) / 360)), 5);
    expect(wide.lon).toBeCloseTo(37.25, 5);
    expect(wide.lat).toBeGreaterThan(36.1);
    expect(wide.lat).toBeLessThan(36.16);
    expect(fitCamera([36, 35.6, 38.5, 36.7], 390, 400).zoom).toBeLessThan(wide.zoom - 1);
    expect(fitCamera([36, 34, 41, 37], 940, 760).zoom).toBeLessThan(wide.zoom);
  });

  it('keeps a tall box inside the height, and a tiny one at the largest zoom allowed', () => {
    const tall = fitCamera([36, 30, 36.5, 37], 940, 500);
    const pxPerUnit = 512 * 2 ** tall.zoom;
    const y = (lat: number) =>
      (1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2;
    expect((y(30) - y(37)) * pxPerUnit).toBeCloseTo(420, 3);
    expect(fitCamera([36.3, 33.5, 36.30001, 33.50001], 940, 760).zoom).toBe(14);
  });
});
