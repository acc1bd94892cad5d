import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import { factsToEntries, membersOf } from './facts.ts';

describe('factsToEntries', () => {
  it('applies file defaults and derives kind and names', () => {
    const [e] = factsToEntries({
      basis: 'test',
      defaults: { country: 'SY', featureCode: 'NBHD', parent: 'geonames:1' },
      entries: [{ id: 'sm:nbhd:a', name: 'Qamar', ar: 'قمر', aliases: ['al-Qamar'], lat: 36, lon: 37 }],
    });
    expect(e).toMatchObject({
      id: 'sm:nbhd:a',
      kind: 'neighbourhood',
      names: { en: 'Qamar', ar: 'قمر' },
      aliases: ['al-Qamar', 'قمر'],
      country: 'SY',
      parent: 'geonames:1',
    });
  });

  it('fails loudly on a record without coordinates or a file without basis', () => {
    expect(() =>
      factsToEntries({ basis: 'b', entries: [{ id: 'x', name: 'X', lat: NaN, lon: 1 }] }, 'f.json'),
    ).toThrow(/f.json: x has no valid lat\/lon/);
    expect(() => factsToEntries({ basis: '', entries: [] }, 'f.json')).toThrow(/basis/);
  });

  it('turns a hand-written outline into a closed shape, and several rings into parts', () => {
    const [sea, ocean] = factsToEntries(
      {
        basis: 'b',
        entries: [
          {
            id: 'sea',
            name: 'Sea',
            lat: 1,
            lon: 1,
            outline: [
              [
                [0, 0],
                [2, 0],
                [2, 2],
                [0, 2],
              ],
            ],
          },
          {
            id: 'ocean',
            name: 'Ocean',
            lat: 0,
            lon: 179,
            outline: [
              [
                [170, -5],
                [180, -5],
                [180, 5],
              ],
              [
                [-180, -5],
                [-170, -5],
                [-180, 5],
              ],
            ],
          },
        ],
      },
      'w.json',
    );
    expect(sea.geometry).toEqual(bboxPolygon([0, 0, 2, 2]).geometry);
    expect(ocean.geometry?.type).toBe('MultiPolygon');
    expect(() =>
      factsToEntries(
        {
          basis: 'b',
          entries: [
            {
              id: 'bad',
              name: 'B',
              lat: 0,
              lon: 0,
              outline: [
                [
                  [0, 0],
                  [200, 0],
                  [0, 1],
                ],
              ],
            },
          ],
        },
        'w.json',
      ),
    ).toThrow(/w.json: bad: outline point/);
  });

  it('lists the member countries of regions made of countries', () => {
    const file = {
      basis: 'b',
      entries: [
        { id: 'r', name: 'R', lat: 0, lon: 0, members: ['ne:AAA'] },
        { id: 's', name: 'S', lat: 0, lon: 0 },
      ],
    };
    expect([...membersOf(file)]).toEqual([['r', ['ne:AAA']]]);
  });
});
