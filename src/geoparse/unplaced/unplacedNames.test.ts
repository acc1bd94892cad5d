import { describe, expect, it } from 'vitest';
import { parseText, testGazetteer } from '../testGazetteer.ts';

const gaz = testGazetteer();

function unplaced(text: string) {
  return parseText(text, gaz).unplaced.map((u) => ({
    text: u.text,
    reason: u.reason,
    at: text.slice(u.start, u.end),
    candidates: u.candidates?.map((c) => c.gazetteerId),
  }));
}

describe('unplacedNames', () => {
  it('lists a name read as a place that the gazetteer lacks, with its offsets', () => {
    // (Its sentence names no other place and the report's places lie far apart: with Nubl in its
    // sentence, or after it in its paragraph, it would be put near Nubl, approximately.)
    expect(unplaced('Syrian rebels shelled Kafr Basha on Monday. Later they hit Nubl and Damascus.')).toEqual(
      [{ text: 'Kafr Basha', reason: 'unknown', at: 'Kafr Basha', candidates: undefined }],
    );
  });

  it('lists a misspelt name that two far-apart places fit, with both readings', () => {
    const [u] = unplaced('Jets struck Homs and Aleppo. Families fled near Kafr Tala.');
    expect(u).toMatchObject({ text: 'Kafr Tala', reason: 'ambiguous' });
    expect(u.candidates?.sort()).toEqual(['test:kafr-tila', 'test:kafr-tula']);
  });

  it('leaves out people, organisations, adjectives and names without a place cue', () => {
    expect(
      unplaced(
        'Sam Poe said the Alawite neighbourhoods of Homs were calm. The Levant Relief Fund sent aid to Hama.',
      ),
    ).toEqual([]);
  });

  it('lists unknown names after a verb of war, or in a list with a known place', () => {
    expect(
      unplaced('Syrian rebels captured Kafr Basha and Tell Qarah on Friday.').map((u) => u.text),
    ).toEqual(['Kafr Basha', 'Tell Qarah']);
    // Listed with a known place, they are read as places, and put near it (approximately).
    const listed = parseText('Syrian rebels took Nubl, Kafr Basha and Tell Qarah.', gaz);
    expect(listed.unplaced).toEqual([]);
    expect(
      listed.places
        .filter((p) => p.properties.anchor?.placeId === 'geonames:166578')
        .map((p) => p.properties.name),
    ).toEqual(['Kafr Basha', 'Tell Qarah']);
  });

  it('lists an unknown name left by people or troops, but not a person left in a state', () => {
    // Our own sentences: neither village is in the test gazetteer.
    for (const text of [
      'Hundreds of families fled Kafr Basha overnight, a monitor said.',
      'Government troops abandoned Kafr Basha on Sunday.',
      'Most residents had left Kafr Basha by Friday.',
    ])
      expect(unplaced(text).map((u) => u.text)).toEqual(['Kafr Basha']);
    expect(unplaced('Families fled Kafr Basha and Tell Qarah overnight.').map((u) => u.text)).toEqual([
      'Kafr Basha',
      'Tell Qarah',
    ]);
    expect(unplaced('The blast left Sam Poe wounded.')).toEqual([]);
  });

  it('lists an unknown name that traders or drivers are at', () => {
    // Our own sentence: the village is not in the test gazetteer.
    expect(
      unplaced('Traders at Kafr Basha said the market had been shut for a week.').map((u) => u.text),
    ).toEqual(['Kafr Basha']);
  });

  it('does not list a name that was placed', () => {
    expect(unplaced('Syrian rebels shelled Nubl and Saraqib on Monday.')).toEqual([]);
  });
});
