import { describe, expect, it } from 'vitest';
import { buildRoads } from './buildRoads.ts';
import { gazetteerEntry } from './gazetteerEntry.ts';

const towns = new Map(
  [
    gazetteerEntry({ id: 'a', lon: 36, lat: 35 }),
    gazetteerEntry({ id: 'b', lon: 36.5, lat: 35.5 }),
    gazetteerEntry({ id: 'c', lon: 37, lat: 36 }),
  ].map((t) => [t.id, t]),
);

describe('buildRoads', () => {
  it('draws a line through the places in order', () => {
    const [r] = buildRoads(
      [{ id: 'sm:road:M9', ref: 'M9', name: 'M9 highway', aliases: ['M-9'], via: ['a', 'b', 'c'] }],
      (id) => towns.get(id),
    );
    expect(r.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [36, 35],
        [36.5, 35.5],
        [37, 36],
      ],
    });
    expect(r).toMatchObject({ kind: 'road', featureCode: 'ROAD', country: 'SY', lon: 36.5, lat: 35.5 });
    expect(r.aliases).toEqual(['M9', 'M-9']);
  });

  it('fails naming the road and the unknown place', () => {
    expect(() =>
      buildRoads([{ id: 'sm:road:M9', ref: 'M9', name: 'M9', via: ['a', 'zz'] }], (id) => towns.get(id)),
    ).toThrow(/sm:road:M9: unknown place zz/);
  });
});
