import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { featureLabel, polygonProblem } from './polygonProblem.ts';

const poly = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });
const square = [[36, 35], [37, 35], [37, 36], [36, 36], [36, 35]]; // prettier-ignore

describe('polygonProblem', () => {
  it('accepts polygons and multipolygons with holes', () => {
    expect(polygonProblem(poly(square))).toBeNull();
    const hole = [[36.2, 35.2], [36.4, 35.2], [36.4, 35.4], [36.2, 35.2]]; // prettier-ignore
    expect(polygonProblem({ type: 'MultiPolygon', coordinates: [[square, hole], [square]] })).toBeNull();
  });

  it('names each fault', () => {
    expect(polygonProblem(null)).toBe('no geometry');
    expect(polygonProblem({ type: 'Point', coordinates: [36, 35] })).toBe(
      'geometry is a Point, not a Polygon or MultiPolygon',
    );
    expect(polygonProblem(poly())).toBe('the Polygon has no coordinates');
    expect(polygonProblem(poly(square.slice(0, 3)))).toBe('ring 0 has 3 positions; a ring needs at least 4');
    expect(polygonProblem(poly(square.slice(0, 4)))).toBe(
      'ring 0 is not closed (its first and last positions differ)',
    );
    expect(polygonProblem(poly([[36, 35], [37, 35], [38, 35], [36, 35]]))).toBe('ring 0 encloses no area (its positions lie on one line)'); // prettier-ignore
    expect(polygonProblem(poly([[36, 35], [37, 36], [37, 35], [36, 36], [36, 35]]))).toBe('ring 0 encloses no area (it crosses itself and its parts cancel out)'); // prettier-ignore
    expect(polygonProblem(poly([[36, 35], [37, 35], [200, 36], [36, 35]]))).toBe('ring 0: position 2 [200,36] is off the globe'); // prettier-ignore
    expect(polygonProblem(poly([[36, 35], ['37', 35], [37, 36], [36, 35]]))).toBe('ring 0: position 1 ["37",35] is not [longitude, latitude] numbers'); // prettier-ignore
    expect(polygonProblem({ type: 'MultiPolygon', coordinates: [[square], []] })).toBe(
      'polygon 1 has no rings',
    );
  });

  it('never throws on random geometry', () => {
    fc.assert(
      fc.property(fc.anything(), fc.jsonValue(), (a, b) => {
        expect(typeof (polygonProblem(a) ?? '')).toBe('string');
        expect(typeof (polygonProblem({ type: 'Polygon', coordinates: b }) ?? '')).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('labels a feature by index and id or name', () => {
    expect(featureLabel({ id: 7 }, 3)).toBe('feature 3 (id 7)');
    expect(featureLabel({ properties: { name: 'Idlib' } }, 0)).toBe('feature 0 ("Idlib")');
    expect(featureLabel(null, 2)).toBe('feature 2');
  });
});
