import { describe, expect, it } from 'vitest';
import type { IncidentSource, PlaceFeature } from '../../types/model.ts';
import { indexMentions, namedPlaces } from './namedPlaces.ts';
import { incident, place } from '../testFixtures.ts';

function mentioned(p: PlaceFeature, article: string, start: number): PlaceFeature {
  p.properties.mentions.push({ article, start, end: start + 5, text: p.properties.name });
  return p;
}
const src = (
  article: string,
  start: number,
  end: number,
  stance: IncidentSource['stance'] = 'claim',
  attribution: string | null = null,
): IncidentSource => ({
  article,
  outlet: null,
  attribution,
  stance,
  start,
  end,
});

describe('namedPlaces', () => {
  const city = mentioned(place('city', 'Aleppo', 37.16, 36.2, 'geonames:170063'), 'a', 10);
  const district = mentioned(place('d', 'Hamdaniyeh', 37.11, 36.18, 'sm:nbhd:h', 'neighbourhood'), 'a', 60);
  const far = mentioned(place('far', 'Damascus', 36.29, 33.51, 'geonames:170654'), 'a', 70);
  const airport = mentioned(place('air', 'Airport', 37.22, 36.18, 'sm:landmark:a', 'landmark'), 'a', 80);
  const index = indexMentions([city, district, far, airport]);

  it('finds the districts named inside the incident’s claim sentences, near its place', () => {
    const inc = incident('i', 'city', '2024-11-29', { sources: [src('a', 0, 40), src('a', 50, 100)] });
    expect(namedPlaces(inc, city, index).map((n) => [n.place.properties.id, n.status])).toEqual([
      ['d', 'claimed'],
    ]);
  });
  it('is assessed when two attributions name it, contested when a denial does', () => {
    const two = incident('i', 'city', '2024-11-29', {
      sources: [src('a', 50, 65, 'claim', 'monitor'), src('a', 55, 65, 'claim', 'witnesses')],
    });
    expect(namedPlaces(two, city, index)[0].status).toBe('assessed');
    const denied = incident('i', 'city', '2024-11-29', {
      sources: [src('a', 50, 65), src('a', 55, 65, 'denial')],
    });
    expect(namedPlaces(denied, city, index)[0].status).toBe('contested');
  });
  it('ignores other articles and sentences without places', () => {
    const inc = incident('i', 'city', '2024-11-29', { sources: [src('b', 50, 100), src('a', 0, 40)] });
    expect(namedPlaces(inc, city, index)).toEqual([]);
  });
});
