import { describe, expect, it } from 'vitest';
import { geoparseReport } from '../geoparse.ts';
import { segment } from '../text/segment.ts';
import { testGazetteer } from '../testGazetteer.ts';
import { distance } from '../util/geodesy.ts';
import type { PlaceFeature } from '../../types/model.ts';

const gaz = testGazetteer();

/** The approximate places of one report (our own sentences; the villages are invented). */
function approximate(text: string, outlet?: string): PlaceFeature[] {
  const out = geoparseReport(segment({ id: 'a1', text, ...(outlet ? { outlet } : {}) }), gaz);
  return out.places.filter((p) => p.properties.precision === 'approximate');
}

const at = (p: PlaceFeature) => (p.geometry.type === 'Point' ? p.geometry.coordinates : [NaN, NaN]);

describe('approximatePlaces', () => {
  it('puts a village the gazetteer lacks where the text anchors it, moved by the distance and bearing given', () => {
    const [p] = approximate('Rebels seized Kafr Zummar, a village 10 km south of Saraqib, on Monday.');
    expect(p.properties.name).toBe('Kafr Zummar');
    expect(p.properties.kind).toBe('settlement');
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:164816', relation: 'of' });
    expect(p.properties.anchor!.uncertaintyKm).toBeLessThanOrEqual(5);
    const saraqib = [36.80591, 35.86447];
    expect(distance(at(p), saraqib)).toBeCloseTo(10, 0);
    expect(at(p)[1]).toBeLessThan(saraqib[1]);
  });

  it('reads "the village of X in the Y province", an area anchor, with the area as how far off it may be', () => {
    const [p] = approximate('Troops entered the village of Tell Zorab in Hama province on Sunday.');
    expect(p.properties.name).toBe('Tell Zorab');
    expect(p.properties.anchor).toMatchObject({ placeId: 'sm:adm1:SY10', relation: 'in' });
    expect(p.properties.anchor!.uncertaintyKm).toBeGreaterThan(50);
  });

  it('keeps every mention of the name, also those with no cue of their own', () => {
    const [p] = approximate(
      'Shelling hit Deir Qubbat, a hilltop town near Idlib, overnight. The army denied that Deir Qubbat had fallen.',
    );
    expect(p.properties.mentions.map((m) => m.text)).toEqual(['Deir Qubbat', 'Deir Qubbat']);
    expect(p.properties.anchor?.placeId).toBe('geonames:169389');
  });

  it("falls back on the report's own places when they lie close together, and not when they are spread out", () => {
    const close =
      'Jets struck Saraqib and Idlib on Monday. Fighters also took the village of Kafr Zummar after clashes near Saraqib.';
    const [p] = approximate(close);
    expect(p.properties.anchor?.relation).toBe('report');
    expect(distance(at(p), [36.80591, 35.86447])).toBeLessThan(75);
    const spread =
      'Jets struck Saraqib and Damascus on Monday, and Aleppo on Tuesday. Fighters also took the village of Kafr Zummar.';
    expect(approximate(spread)).toEqual([]);
  });

  it('reads a camp or crossing by its noun, and "south of the city" as the report\'s main town', () => {
    const [camp] = approximate(
      'Jets struck Homs twice. Shells also hit Wadi Sabun, a sprawling displacement camp south of the city.',
    );
    expect(camp.properties.anchor).toMatchObject({ placeId: 'geonames:169577', relation: 'of' });
    const [crossing] = approximate('Jets hit the area around the Qurnat border crossing near Homs.');
    expect(crossing.properties.name).toBe('Qurnat');
    expect(crossing.properties.kind).toBe('landmark');
  });

  it('never maps people, organisations, outlets or ordinary words', () => {
    // A person ("X, a commander"), a faction's camp, the report's outlet, a capitalised word opening a sentence.
    expect(approximate('Abu Zummar, a rebel commander in Idlib, said the town had fallen.')).toEqual([]);
    expect(approximate('The Zummar camp near Idlib said it would talk.')).toEqual([]);
    expect(
      approximate('Harbour Wire, a news site in Idlib, said jets struck Saraqib.', 'Harbour Wire'),
    ).toEqual([]);
    expect(approximate('Schools in the city near Idlib have taken in families.')).toEqual([]);
  });
});
