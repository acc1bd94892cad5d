import { describe, expect, it } from 'vitest';
import { axisText, figureText } from './territoryText.ts';

describe('territory text', () => {
  it('sets a reported area beside what the map shows', () => {
    expect(
      figureText({
        incident: 'i',
        article: 'a',
        what: 'km2',
        value: 1250,
        qualifier: 'about',
        unit: 'km2',
        side: 'government',
        from: '2024-03-02',
        date: '2024-03-03',
        mapped: 980.4,
      }),
    ).toBe('about 1,250 km² taken by the Government, 2 Mar – 3 Mar; the map shows 980 km²');
  });
  it('counts places, with no period start or mapped figure when none is known', () => {
    expect(
      figureText({
        incident: 'i',
        article: 'a',
        what: 'villages',
        value: 12,
        qualifier: 'over',
        date: '2024-05-09',
      }),
    ).toBe('over 12 villages, by 9 May');
  });
  it('compares a count of settlements as the ground they hold, with who said it', () => {
    expect(
      figureText({
        incident: 'i',
        article: 'a',
        what: 'locations',
        value: 70,
        qualifier: 'about',
        unit: 'places',
        side: 'opposition',
        from: '2024-11-27',
        date: '2024-11-29',
        attribution: 'foreign media',
        mapped: 4,
        mappedKm2: 580,
        km2PerPlace: 8,
      }),
    ).toBe(
      'about 70 locations taken by the Opposition (HTS-led), 27 Nov – 29 Nov (said by foreign media); ' +
        'the map shows 580 km², the ground of about 73 at 8 km² each, naming 4',
    );
  });
  it('writes an axis from the line to its objective', () => {
    expect(
      axisText({
        from: 'Town A',
        to: 'Town B',
        placeIds: [],
        side: 'sdf',
        days: ['2024-01-30', '2024-02-01'],
        incidents: [],
      }),
    ).toBe('Town A → Town B, 30 Jan – 1 Feb');
  });
});
