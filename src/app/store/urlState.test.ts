import { describe, expect, it } from 'vitest';
import { allLayersOn } from './appState.ts';
import { fromHash, toHash } from './urlState.ts';

describe('urlState', () => {
  it('round-trips camera, date, layers and selection', () => {
    const layers = { ...allLayersOn(), roads: false };
    const state = {
      camera: { lon: 37.15, lat: 36.2, zoom: 9.5 },
      date: '2024-11-29',
      layers,
      selection: { kind: 'incident' as const, id: 'inc/1 a' },
    };
    const hash = toHash(state);
    expect(hash).toContain('date=2024-11-29');
    expect(fromHash(hash)).toEqual(state);
  });

  it('round-trips places the user switched, readable and safe for any id', () => {
    const overrides = { 'sm:landmark:a': 'sm:landmark:b', 'user:x,y~z&w': 'geonames:1' };
    const hash = toHash({
      camera: { lon: 37, lat: 36, zoom: 9 },
      date: null,
      layers: allLayersOn(),
      selection: null,
      overrides,
    });
    expect(hash).toContain('fix=sm:landmark:a~sm:landmark:b,');
    expect(fromHash(hash).overrides).toEqual(overrides);
    expect(fromHash('#map=9/36/37').overrides).toBeUndefined();
  });

  it('ignores what it does not understand', () => {
    expect(fromHash('#map=abc&date=yesterday&sel=area:1')).toEqual({});
    expect(fromHash('#sel=zone:opposition%7Cclaimed').selection).toEqual({
      kind: 'zone',
      id: 'opposition|claimed',
    });
    expect(fromHash('')).toEqual({});
  });

  it('reads an empty layer list as every layer off', () => {
    const out = fromHash('#layers=');
    expect(Object.values(out.layers ?? {}).every((v) => v === false)).toBe(true);
  });

  it('reads `relative` in links written before the areas layer as the areas layer', () => {
    expect(fromHash('#layers=control,relative,places').layers).toMatchObject({
      areas: true,
      control: true,
      places: true,
      roads: false,
    });
    expect(fromHash('#layers=control,places').layers?.areas).toBe(false);
    expect(
      toHash({ camera: { lon: 37, lat: 36, zoom: 9 }, date: null, layers: allLayersOn(), selection: null }),
    ).toContain('areas');
  });

  it('keeps the hidden incident types', () => {
    const hash = toHash({
      camera: { lon: 37, lat: 36, zoom: 9 },
      date: null,
      layers: allLayersOn(),
      selection: null,
      hiddenTypes: ['airstrike', 'armed-clash'],
    });
    expect(hash).toContain('hide=airstrike,armed-clash');
    expect(fromHash(hash).hiddenTypes).toEqual(['airstrike', 'armed-clash']);
    expect(fromHash('#hide=airstrike,<b>').hiddenTypes).toEqual(['airstrike']);
    expect(fromHash('#map=9/36/37').hiddenTypes).toBeUndefined();
  });
});
