import { bboxPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { abroadGazetteer, mentionPairs, parseText } from '../testGazetteer.ts';
import { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { gazetteerEntry } from '../../gazetteer/gazetteerEntry.ts';
import { byScore } from './rank.ts';

const gaz = abroadGazetteer();

/** "mention → place id" of one report (our own sentences). */
function pairs(text: string): string[] {
  return mentionPairs(parseText(text, gaz));
}

describe('rank: namesakes abroad', () => {
  it('never reads an ordinary word or another spelling as a big city abroad, nor lets it vote', () => {
    const out = pairs(
      'BUNIA, Democratic Republic of the Congo — Gunmen killed nine people on the road between Bunia and Mambasa on Sunday, officials in Kisangani and Goma said.\n\nGold miners near Bunia fled to the hills. Traders in Mambasa said the road was closed.',
    );
    expect(out).toContain('Bunia → geonames:217570');
    expect(out.join()).not.toMatch(/186301|2165087/);
  });

  it('still reads a big city abroad by its own name', () => {
    expect(
      pairs('Rebels took Bunia on Sunday. Talks in Mombasa failed, officials in Kisangani said.'),
    ).toContain('Mombasa → geonames:186301');
  });

  it("picks the namesake among several of the report's places over the one beside a single place", () => {
    const out = pairs(
      'Shelling hit Kupiansk and Kivsharivka on Monday, and artillery struck Borova and Balakliia, the General Staff in Kyiv said.',
    );
    expect(out).toContain('Borova → geonames:711660');
  });
});

describe('rank: a country name two countries share', () => {
  // "Congo" alone is either country (data/gazetteer/countries.json lists it for both): the
  // report's places say which. Our own sentences; towns as in GeoNames, borders as boxes.
  const country = (id: string, name: string, country: string, population: number, [w, s, e, n]: number[]) =>
    gazetteerEntry({
      id,
      name,
      kind: 'country',
      country,
      population,
      lon: (w + e) / 2,
      lat: (s + n) / 2,
      aliases: ['Congo'],
      geometry: bboxPolygon([w, s, e, n]).geometry,
    });
  const town = (id: string, name: string, country: string, lat: number, lon: number, featureCode = 'PPL') =>
    gazetteerEntry({ id, name, country, lat, lon, population: 500_000, featureCode });
  const congos = new Gazetteer({
    version: 'test-congos',
    sources: [],
    entries: [
      country('ne:COD', 'Democratic Republic of the Congo', 'CD', 100_000_000, [12, -13, 31, 5]),
      country('ne:COG', 'Republic of the Congo', 'CG', 6_000_000, [11, -5, 18, 4]),
      town('geonames:1', 'Bukavu', 'CD', -2.5, 28.86, 'PPLA'),
      town('geonames:2', 'Uvira', 'CD', -3.4, 29.14),
      town('geonames:3', 'Brazzaville', 'CG', -4.27, 15.28, 'PPLC'),
      town('geonames:4', 'Pointe-Noire', 'CG', -4.78, 11.86, 'PPLA'),
    ],
  }); // prettier-ignore
  const read = (text: string) => mentionPairs(parseText(text, congos));

  it("reads it as the country the report's places lie in", () => {
    const east = read(
      'BUKAVU — Rebels advanced on Uvira on Monday as fighting spread across eastern Congo, residents said.',
    );
    expect(east).toContain('Uvira → geonames:2');
    expect(east.join()).toMatch(/Congo → [^,]*ne:COD/);
    expect(east.join()).not.toMatch(/COG/);
    const west = read('Police in Brazzaville and Pointe-Noire said Congo would hold a vote in March.');
    expect(west).toContain('Congo → ne:COG');
  });
});

describe('byScore', () => {
  it('orders as a sort by score (highest first), ties by id, short lists and long', () => {
    // Few distinct scores, so ties are common; ids distinct, as rank's are.
    const lists = fc.array(fc.constantFrom(-1, 0, 0.25, 0.3, 1.5, 2), { maxLength: 60 });
    fc.assert(
      fc.property(lists, (scores) => {
        const ids = scores.map((_, j) => `geonames:${(j * 7919) % 101}-${j}`);
        const sorted = scores
          .map((_, j) => j)
          .sort((a, b) => scores[b] - scores[a] || (ids[a] < ids[b] ? -1 : 1));
        expect(byScore(scores, ids)).toEqual(sorted);
      }),
      { numRuns: 500 },
    );
  });
});
