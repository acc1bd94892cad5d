import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHash, safeDecode } from './parseHash.ts';
import { toHash } from '../store/urlState.ts';
import { allLayersOn } from '../store/appState.ts';

describe('parseHash', () => {
  it('ignores a malformed %-escape in the selection and names it, keeping the rest', () => {
    const { state, ignored } = parseHash('#map=9/36.2/37.1&sel=incident:%');
    expect(state.camera).toEqual({ zoom: 9, lat: 36.2, lon: 37.1 });
    expect(state.selection).toBeUndefined();
    expect(ignored).toEqual(['sel=incident:%: not a valid %-escape']);
  });

  it('names each part it cannot read: escapes, dates, cameras, selections', () => {
    const { state, ignored } = parseHash('#map=99/999/0&date=2024-02-30&layers=%E0%A4&sel=route:x&fix=a~b');
    expect(state.camera).toBeUndefined();
    expect(state.date).toBeUndefined();
    expect(state.layers).toBeUndefined();
    expect(state.overrides).toEqual({ a: 'b' });
    expect(ignored).toHaveLength(4);
    expect(ignored[0]).toMatch(/^map=99\/999\/0: not zoom/);
    expect(ignored[1]).toMatch(/^date=2024-02-30: not a calendar day/);
    expect(ignored[2]).toMatch(/^layers=%E0%A4: not a valid %-escape/);
    expect(ignored[3]).toMatch(/^sel=route:x: not incident:, place:, zone: or gazetteer:/);
  });

  it('reads an id holding % and & as written', () => {
    const selection = { kind: 'place' as const, id: 'user:50%&more' };
    const hash = toHash({
      camera: { lon: 37, lat: 36, zoom: 9 },
      date: null,
      layers: allLayersOn(),
      selection,
    });
    expect(parseHash(hash)).toEqual({
      state: { camera: { lon: 37, lat: 36, zoom: 9 }, layers: allLayersOn(), selection },
      ignored: [],
    });
  });

  it('refuses a hash longer than any link the app writes', () => {
    const { state, ignored } = parseHash(`#map=9/36/37&x=${'a'.repeat(30_000)}`);
    expect(state).toEqual({});
    expect(ignored[0]).toMatch(/longer than any this app writes/);
  });

  it('never throws, whatever the hash', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webFragments()), (s) => {
        const r = parseHash(`#${s}`);
        expect(Array.isArray(r.ignored)).toBe(true);
      }),
      { numRuns: 500 },
    );
    for (const s of [
      '#%',
      '#sel=%',
      '#sel=zone:%ZZ',
      '#fix=%~%',
      '#map=%',
      '#date=%',
      '#&&&==',
      '#sel=place:%F0%9F',
    ])
      expect(() => parseHash(s)).not.toThrow();
  });

  it('decodes safely', () => {
    expect(safeDecode('a%20b')).toBe('a b');
    expect(safeDecode('%')).toBeNull();
  });
});
