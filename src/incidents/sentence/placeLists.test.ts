// Places listed after one verb are one event each; asides and locatives do not end the list.
import { describe, it } from 'vitest';
import { expectRows } from '../expectRows.ts';
import { extractIncidents } from '../extractIncidents.ts';
import { mentionsIn, place, reportOf, square, WORLD } from '../testPlaces.ts';

const LAKE = place('p:Lake Blue', 'region', square(36.5, 35.5, 0.2));
const PLACES = [...WORLD, LAKE];

/** Each candidate of `text` as 'type@place'. */
const listed = (text: string) => {
  const doc = reportOf({ id: 'x', text, outlet: 'Test Wire', dateline: '2024-12-06' });
  const mentions = mentionsIn('x', text, doc.sentences, { 'Lake Blue': 'p:Lake Blue' });
  return extractIncidents(doc, mentions, PLACES).map((c) => `${c.type}@${c.place.slice(2)}`);
};

describe('listedWith', () => {
  it('goes on past an aside about the place just listed', () => {
    expectRows(listed, {
      'Warplanes hit Fartown, south of Midcity, where a school collapsed, and Nearby, the ministry said.': [
        'airstrike@Fartown',
        'airstrike@Nearby',
      ],
      'Missiles hit sites in Fartown and Nearby, in North Province, and in Midcity on Friday.': [
        'airstrike@Fartown',
        'airstrike@Nearby',
        'airstrike@Midcity',
      ],
      // (An aside alone lists nothing: the town it names only says where the first one is.)
      'Rebels captured Fartown, near Midcity, on Friday.': ['advance@Fartown'],
    });
  });
  it('reads a list with a comma before "and" as one list', () => {
    expectRows(listed, {
      'Rebels captured Fartown, Nearby, and Midcity on Friday.': [
        'advance@Fartown',
        'advance@Nearby',
        'advance@Midcity',
      ],
    });
  });
  it('goes on with another thing hit at the next place', () => {
    expectRows(listed, {
      'Drones hit a school in Fartown and a market in Nearby on Monday.': [
        'airstrike@Fartown',
        'airstrike@Nearby',
      ],
      'Drones hit a block in Fartown, in the north, and two depots near Nearby.': [
        'airstrike@Fartown',
        'airstrike@Nearby',
      ],
      'Fighting spread to the outskirts of Fartown and to villages near Nearby.': [
        'armed-clash@Fartown',
        'armed-clash@Nearby',
      ],
      'Jets struck convoys near Fartown and on the road to Nearby.': [
        'airstrike@Fartown',
        'airstrike@Nearby',
      ],
      // (Not a clause of its own: another subject and its verb.)
      'Rebels captured Fartown and the rebels struck near Nearby.': ['advance@Fartown'],
      'Rebels captured Fartown and the militia fled from Nearby.': ['advance@Fartown', 'withdrawal@Nearby'],
    });
  });
  it('goes on past "area" after a name', () => {
    expectRows(listed, {
      'Jets struck depots in the Midcity area and near Fartown overnight.': [
        'airstrike@Midcity',
        'airstrike@Fartown',
      ],
    });
  });
  it('lists an area only among locatives with their own preposition', () => {
    expectRows(listed, {
      'Jets struck positions on islands in Lake Blue and in a forest near Fartown.': [
        'airstrike@Fartown',
        'airstrike@Lake Blue',
      ],
      'Jets struck positions in Lake Blue and Fartown.': ['airstrike@Fartown'],
    });
  });
});
