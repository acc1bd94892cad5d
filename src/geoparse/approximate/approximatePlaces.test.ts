import { describe, expect, it } from 'vitest';
import { abroadGazetteer, parseText, placeNamed, testEntry, testGazetteer } from '../testGazetteer.ts';
import { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { distance } from '../util/geodesy.ts';
import type { PlaceFeature } from '../../types/model.ts';

const gaz = testGazetteer();

/** The approximate places of one report (our own sentences; the villages are invented). */
function approximate(text: string, outlet?: string): PlaceFeature[] {
  return parseText(text, gaz, outlet ? { outlet } : {}).places.filter(
    (p) => p.properties.precision === 'approximate',
  );
}

const at = (p: PlaceFeature) => (p.geometry.type === 'Point' ? p.geometry.coordinates : [NaN, NaN]);

/** Two invented countries sharing the meridian 10°E between 0° and 4°N, a town of each. */
function twoCountries(): Gazetteer {
  const edge = [
    [10, 0],
    [10, 1],
    [10, 2],
    [10, 3],
    [10, 4],
  ];
  return new Gazetteer({
    version: 'test',
    sources: [],
    entries: [
      testEntry('ne:AAA', 'Alfaria', 'country', 2, 8, 1_000_000, 'AA', { featureCode: 'PCLI', geometry: { type: 'Polygon', coordinates: [[[6, 0], ...edge, [6, 4], [6, 0]]] } }),
      testEntry('ne:BBB', 'Betania', 'country', 2, 12, 1_000_000, 'BB', { featureCode: 'PCLI', geometry: { type: 'Polygon', coordinates: [[[14, 0], [14, 4], ...edge.slice().reverse(), [14, 0]]] } }),
      testEntry('test:town', 'Ostrava Nova', 'settlement', 3.1, 8.5, 50_000, 'AA'),
      testEntry('test:facing', 'Porto Lume', 'settlement', 0.9, 10.1, 20_000, 'BB'),
    ],
  }); // prettier-ignore
}

describe('approximatePlaces', () => {
  it('reads no property of a plain object as a relation word or a noun ("constructor")', () => {
    for (const t of [
      'Rebels seized Kafr Zummar, a village constructor Saraqib, on Monday.',
      'Rebels seized the Kafr Zummar constructor of Saraqib on Monday.',
    ])
      for (const p of approximate(t)) {
        expect(typeof p.properties.kind, t).toBe('string');
        expect(typeof p.properties.anchor?.relation, t).not.toBe('function');
      }
  });

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

  it('moves a village put only a way from a town ("north-east of Y") as far as "near" Y reaches', () => {
    const [p] = approximate('Drones struck Ain Qasra, a village north-east of Saraqib, at dawn.');
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:164816', relation: 'of' });
    const saraqib = [36.80591, 35.86447];
    expect(distance(at(p), saraqib)).toBeCloseTo(15, 0);
    expect(at(p)[0]).toBeGreaterThan(saraqib[0]);
    expect(at(p)[1]).toBeGreaterThan(saraqib[1]);
  });

  it('reads "the village of X in the Y province", an area anchor, with the area as how far off it may be', () => {
    const [p] = approximate('Troops entered the village of Tell Zorab in Hama province on Sunday.');
    expect(p.properties.name).toBe('Tell Zorab');
    expect(p.properties.anchor).toMatchObject({ placeId: 'sm:adm1:SY10', relation: 'in' });
    expect(p.properties.anchor!.uncertaintyKm).toBeGreaterThan(50);
  });

  it('narrows an area anchor to a town inside the area that a sentence of the name also names', () => {
    const [p] = approximate(
      'Rebels seized the village of Kafr Zummar in Idlib province on Monday. The fighters had reached Kafr Zummar from Khan Shaykhun before dawn, a monitor said.',
    );
    expect(p.properties.anchor).toMatchObject({
      placeId: 'geonames:169304',
      relation: 'near',
      uncertaintyKm: 50,
    });
    expect(distance(at(p), [36.65095, 35.44208])).toBeLessThan(1);
    // A town outside the area says nothing of where in the area it lies.
    const [q] = approximate(
      'Rebels seized the village of Kafr Zummar in Idlib province on Monday. The fighters had reached Kafr Zummar from Homs before dawn, a monitor said.',
    );
    expect(q.properties.anchor).toMatchObject({ placeId: 'sm:adm1:SY12', relation: 'in' });
  });

  it('moves a name put by the places before it the way its sentence opens on ("Further south, …")', () => {
    const before = 'Jets struck Saraqib and Idlib on Monday.\n';
    const [still] = approximate(`${before}Fighters also took the village of Kafr Zummar overnight.`);
    const [south] = approximate(
      `${before}Further south, fighters took the village of Kafr Zummar overnight.`,
    );
    expect(south.properties.anchor).toEqual(still.properties.anchor);
    expect(distance(at(south), at(still))).toBeCloseTo(15, 0);
    expect(at(south)[1]).toBeLessThan(at(still)[1]);
    const [southEast] = approximate(
      `${before}Farther to the south-east, fighters took the village of Kafr Zummar overnight.`,
    );
    expect(at(southEast)[0]).toBeGreaterThan(at(still)[0]);
    expect(at(southEast)[1]).toBeLessThan(at(still)[1]);
    // A place its own words put it by stays where they put it.
    const [near] = approximate(
      `${before}Further south, fighters took Kafr Zummar, a village near Khan Shaykhun.`,
    );
    expect(near.properties.anchor?.placeId).toBe('geonames:169304');
    expect(distance(at(near), [36.65095, 35.44208])).toBeLessThan(1);
  });

  it("puts a name its sentence ties only to a place somebody moved toward near that place, before the report's main town", () => {
    const before = 'Jets struck Damascus on Monday and Damascus again on Tuesday, and Aleppo at night.\n';
    const [p] = approximate(
      `${before}Troops pushed the rebels out of the village of Kafr Zummar and were advancing towards Saraqib, the ministry said.`,
    );
    expect(p.properties.anchor).toMatchObject({
      placeId: 'geonames:164816',
      relation: 'near',
      uncertaintyKm: 50,
    });
    // Where something was sent to is elsewhere: the report's main town, as before.
    const [q] = approximate(
      `${before}Troops pushed the rebels out of the village of Kafr Zummar and supplies were sent to Saraqib, the ministry said.`,
    );
    expect(q.properties.anchor?.placeId).toBe('geonames:170654');
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
      'Jets struck Saraqib and Idlib on Monday.\nFighters also took the village of Kafr Zummar overnight.';
    const [p] = approximate(close);
    expect(p.properties.anchor?.relation).toBe('report');
    expect(distance(at(p), [36.80591, 35.86447])).toBeLessThan(75);
    // Among them, the town its own sentence names beside it, not their middle.
    const [q] = approximate(
      'Jets struck Idlib on Monday, Idlib again on Tuesday and Idlib and Saraqib on Friday.\nIn Saraqib, shells hit homes in the Kafr Zummar area overnight.',
    );
    expect(q.properties.anchor?.placeId).toBe('geonames:164816');
    const spread =
      'Jets struck Saraqib and Damascus on Monday, and Aleppo on Tuesday. Fighters also took the village of Kafr Zummar.';
    expect(approximate(spread)).toEqual([]);
  });

  it("puts a name no word relates at the place its paragraph is about, else at the report's own town", () => {
    const [p] = approximate('Jets struck Saraqib on Monday. Fighters also took the village of Kafr Zummar.');
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:164816', relation: 'near' });
    // "Spread to X" calls X a place; the town the report names twice is what it is about.
    const [q] = approximate(
      'Jets struck Saraqib on Monday and shelled Saraqib again on Tuesday.\nFighting also spread to Kafr Zummar, residents said.',
    );
    expect(q.properties.name).toBe('Kafr Zummar');
    expect(q.properties.anchor).toMatchObject({ placeId: 'geonames:164816', relation: 'report' });
  });

  it('puts the districts of a town in it, and never at a place somebody went to', () => {
    const places = approximate(
      'Fighting broke out in several districts of Tripoli, Libya, on Monday.\nShots were heard in Bab Zuwara and around the Qasr Mitan airport, where flights were diverted to Misrata.',
    );
    expect(places.map((p) => [p.properties.name, p.properties.kind, p.properties.anchor?.placeId])).toEqual([
      ['Bab Zuwara', 'neighbourhood', 'geonames:2210247'],
      ['Qasr Mitan', 'landmark', 'geonames:2210247'],
    ]);
    for (const p of places) expect(p.properties.anchor).toMatchObject({ relation: 'in', uncertaintyKm: 15 });
  });

  it('puts an area of a town at the one town whose parts the report names, not at the town it names most', () => {
    const places = approximate(
      'Troops drove the militia from its last positions in northern Saraqib, while drones struck Homs and Damascus far to the south. Homs was hit again on Tuesday.\nThe army said it held the Bustan Warid area and was advancing toward the Tall Qadim district.',
    );
    expect(places.map((p) => [p.properties.name, p.properties.kind, p.properties.anchor?.placeId])).toEqual([
      ['Bustan Warid', 'neighbourhood', 'geonames:164816'],
      ['Tall Qadim', 'neighbourhood', 'geonames:164816'],
    ]);
  });

  it("puts a name at its sentence's place before the report's town, and reads it with and without its noun as one", () => {
    // Homs is named twice (the report's town); the names' own sentences name Nubl.
    const homs = '\nShells hit Homs on Tuesday, and Homs was quiet again by night.';
    const [p] = approximate(
      `Clashes in Jabal Warda killed nine people after gunmen ambushed a bus near Nubl.${homs}`,
    );
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:166578', relation: 'near' });
    // (Our invented geography: a district of Syria named like the town of Iraq.)
    const places = approximate(
      `Clashes in the Tikrit district killed nine people on Monday.\nThe clashes in Tikrit began after gunmen ambushed a bus near Nubl.${homs}`,
    );
    expect(places).toHaveLength(1);
    expect(places[0].properties.mentions.map((m) => m.text)).toEqual(['Tikrit district', 'Tikrit']);
    expect(places[0].properties.kind).toBe('admin2');
    expect(places[0].properties.anchor).toMatchObject({ placeId: 'geonames:166578', relation: 'near' });
  });

  it("puts a place whose only reading lies abroad among the report's close-together places", () => {
    // (Our invented geography again: a village of Idlib named like the town of Iraq.)
    const out = parseText(
      'Jets struck Saraqib and Idlib on Monday, and Saraqib again on Tuesday. Fighters also clashed in Tikrit overnight.',
      gaz,
    );
    const p = placeNamed(out, 'Tikrit')!;
    expect(p.properties.precision).toBe('approximate');
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:164816', relation: 'report' });
    expect(p.properties.alternatives.map((a) => a.gazetteerId)).toContain('geonames:90150');
    expect(out.unplaced).toEqual([]);
  });

  it('reads "Jabal X", "Jebel X" and "Mount X" as a mountain by its noun, put by the place beside it', () => {
    const [p] = approximate('Jets struck militant positions on Jabal Maqlub near Saraqib on Monday.');
    expect(p.properties.name).toBe('Jabal Maqlub');
    expect(p.properties.kind).toBe('landmark');
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:164816', relation: 'near' });
    const [q] = approximate(
      'Shells hit Saraqib on Monday. Militants later fired from Jebel Sawda, residents said.',
    );
    expect(q.properties.kind).toBe('landmark');
    expect(q.properties.anchor?.placeId).toBe('geonames:164816');
  });

  it('reads a mountain\'s name of four words, and "north-east of the city" as north-east', () => {
    const [p] = approximate(
      'Rebels entered Hama at dawn. Later they seized Jabal Khirbet al-Ahmar, a hill north-east of the city.',
    );
    expect(p.properties.name).toBe('Jabal Khirbet al-Ahmar');
    expect(p.properties.kind).toBe('landmark');
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:170017', relation: 'of' });
    const hama = [36.75783, 35.13179];
    expect(distance(at(p), hama)).toBeCloseTo(15, 0);
    expect(at(p)[0]).toBeGreaterThan(hama[0] + 0.05);
    expect(at(p)[1]).toBeGreaterThan(hama[1] + 0.05);
  });

  it('reads "X, opposite Y" and "X, on the bank of the Z opposite Y" as beside Y', () => {
    for (const text of [
      'Rebels captured Kafr Zummar, opposite Saraqib, on Monday.',
      'Rebels captured Kafr Zummar, on the far bank of the Nahr Zayt opposite Saraqib, on Monday.',
    ]) {
      const p = approximate(text).find((f) => f.properties.name === 'Kafr Zummar')!;
      expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:164816', relation: 'near' });
      // Related by the words, not only named in the same sentence (that would be 50 km).
      expect(p.properties.anchor!.uncertaintyKm).toBeLessThanOrEqual(15);
    }
  });

  it('reads "a raid on X in the Y region" as a place in the division, and not a person or a group in one', () => {
    for (const text of [
      'Fighters killed six people in a raid on Batikh in the Idlib Governorate, Syrian officials said.',
      "Fighters killed six people in a raid on Batikh in Syria's Idlib Governorate overnight.",
    ]) {
      const p = approximate(text).find((f) => f.properties.name === 'Batikh');
      expect(p?.properties.anchor).toMatchObject({ placeId: 'sm:adm1:SY12', relation: 'in' });
    }
    expect(
      approximate('Jets struck Saraqib. An interview with Batikh in Idlib, the Syrian minister said.'),
    ).toEqual([]);
    // A longer name there is as often a group's ("a raid on Jaish Batikh in the Idlib Governorate").
    expect(
      approximate('Jets struck Saraqib. Troops led a raid on Jaish Batikh in the Idlib Governorate.'),
    ).toEqual([]);
    // In a division of another country the report is about ("Across the border in Lebanon, …").
    const [q] = approximate(
      'Jets struck Saraqib and Idlib overnight. Across the border in Lebanon, gunmen killed four people in an attack on Jdeide in the Baalbek-Hermel Governorate.',
    );
    expect(q.properties.anchor).toMatchObject({ placeId: 'sm:adm1:LB-BH', relation: 'in' });
  });

  it('maps no plural description ("the river villages") as a place, but keeps the last name of a list', () => {
    expect(approximate('Families fled Homs toward the Orontes villages north of the city.')).toEqual([]);
    const [p] = approximate('Shells hit Homs, and fighting spread to the Qusayr and Tall Warid villages.');
    expect(p.properties.name).toBe('Tall Warid');
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

  it('reads "the X temple (shrine, monastery, pagoda) in Y" as a landmark put in Y, not as Y alone', () => {
    const [temple] = approximate(
      'Soldiers traded fire near the Deir Mar Tuma temple in Idlib province on Monday.',
    );
    expect(temple.properties.name).toBe('Deir Mar Tuma');
    expect(temple.properties.kind).toBe('landmark');
    expect(temple.properties.anchor).toMatchObject({ placeId: 'sm:adm1:SY12', relation: 'in' });
    const [shrine] = approximate('Shells hit the Nabi Harun shrine near Saraqib overnight.');
    expect(shrine.properties.kind).toBe('landmark');
    expect(shrine.properties.anchor).toMatchObject({ placeId: 'geonames:164816', relation: 'near' });
  });

  it('reads "the X gas field (oilfield, refinery) in Y", a compass word opening its name, as a landmark in Y', () => {
    const [field] = approximate(
      'Drones hit a pumping station at the North Tabqa gas field in Idlib province.',
    );
    expect(field.properties.name).toBe('North Tabqa');
    expect(field.properties.kind).toBe('landmark');
    expect(field.properties.anchor).toMatchObject({ placeId: 'sm:adm1:SY12', relation: 'in' });
    const [refinery] = approximate('A fire broke out at the Umm Jarrah refinery near Homs on Monday.');
    expect(refinery.properties.kind).toBe('landmark');
    expect(refinery.properties.anchor).toMatchObject({ placeId: 'geonames:169577', relation: 'near' });
  });

  it('never puts one of several listed posts ("the X and Y border crossings") at the other one', () => {
    // Alone, a village listed with a town lies with it; a crossing listed with another does not.
    const [village] = approximate('Shells fell on Saraqib and Kafr Batikh overnight.');
    expect(village.properties.anchor?.placeId).toBe('geonames:164816');
    for (const text of [
      'Turkey closed the Saraqib and Kafr Batikh border crossings on Sunday.',
      'Turkey closed the Kafr Batikh and Saraqib crossings on Sunday after shelling near Saraqib.',
      'Police manned the Saraqib, Kafr Batikh and Idlib checkpoints overnight.',
    ]) {
      expect(approximate(text)).toEqual([]);
    }
    // One crossing, named alone, is still read by its noun and put by the place beside it.
    const [one] = approximate('Turkey closed the Kafr Batikh border crossing near Idlib on Sunday.');
    expect(one.properties.kind).toBe('landmark');
    expect(one.properties.anchor?.placeId).toBe('geonames:169389');
  });

  it('puts a village whose namesakes at home lie far off where words right after it put it', () => {
    const abroad = abroadGazetteer();
    const front = 'Shelling hit Kupiansk and Kivsharivka overnight.\n';
    // The one Prylisne the gazetteer knows lies by the Danube, 800 km from Kupiansk.
    const out = parseText(
      `${front}Russian troops said they had taken Prylisne, on the eastern bank of the river opposite Kupiansk.`,
      abroad,
    );
    const p = placeNamed(out, 'Prylisne');
    expect(p?.properties.precision).toBe('approximate');
    expect(p?.properties.anchor?.placeId).toBe('geonames:703656');
    // A noun of its own after the name ("the X group") is no place the words set by Y.
    const group = parseText(
      `${front}Units of the Prylisne group have taken the village of Kivsharivka.`,
      abroad,
    );
    expect(placeNamed(group, 'Prylisne')).toBeUndefined();
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

  it('puts a named feature at the place its own sentence names when no word relates them', () => {
    const [p] = approximate(
      'Jets struck hideouts in the Qara Zawi mountains on Monday after an ambush near Tikrit.',
    );
    expect(p.properties.name).toBe('Qara Zawi');
    expect(p.properties.kind).toBe('region');
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:90150', relation: 'near' });
    expect(p.properties.anchor!.uncertaintyKm).toBeGreaterThanOrEqual(50);
    // Without a noun the sentence's place says nothing of where the name is.
    expect(approximate('Fighters drove from Tikrit to Zawi Qara on Monday.')).toEqual([]);
  });

  it('reads "X, 40 km to the east" from the place named just before', () => {
    const [p] = approximate(
      'Shells hit El Fasher on Monday. Thousands have fled toward Umm Dukhn, about 40 km to the east, aid workers said.',
    );
    expect(p.properties.name).toBe('Umm Dukhn');
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:379555', relation: 'of' });
    expect(distance(at(p), [25.35, 13.63])).toBeCloseTo(40, 0);
    expect(at(p)[0]).toBeGreaterThan(25.35);
  });

  it('reads "the X area of Y" as a part of the town Y', () => {
    const [p] = approximate('Troops took control of the Qasrawi area of Jabalia on Sunday.');
    expect(p.properties.name).toBe('Qasrawi');
    expect(p.properties.kind).toBe('neighbourhood');
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:281577', relation: 'of' });
  });

  it('places a town whose only namesake is abroad where another mention of it says it is', () => {
    const out = parseText(
      'Jets struck Idlib and Saraqib on Sunday. Fighters captured the town of Tikrit on Monday. Tikrit, in Idlib province, had been held by the army.',
      gaz,
    );
    // (Our invented geography: a town of Idlib named like a town of Iraq 600 km away.)
    expect(out.mentions.some((m) => m.placeId === 'geonames:90150')).toBe(false);
    const p = placeNamed(out, 'Tikrit')!;
    expect(p.properties.anchor).toMatchObject({ placeId: 'sm:adm1:SY12', relation: 'in' });
    expect(p.properties.mentions).toHaveLength(2);
  });

  it('reads "the X region" as the area around the town X only where the words or the report put it', () => {
    // Near the report's places: the area around the town.
    const [nubl] = approximate('Shells hit Aleppo and Tal Rifaat. Families fled the Nubl region on Monday.');
    expect(nubl.properties.kind).toBe('region');
    expect(nubl.properties.anchor).toMatchObject({ placeId: 'geonames:166578', relation: 'near' });
    // A town of that name far from where the words put the region: the region is there, not at the town.
    const [far] = approximate(
      'Families from the Taybat al Imam region north of Aleppo reached Nubl on Monday.',
    );
    expect(far.properties.kind).toBe('region');
    expect(far.properties.anchor).toMatchObject({ placeId: 'geonames:170063', relation: 'of' });
    // Nothing says where: never the town 150 km away, left off the map instead.
    const out = parseText('Shells hit Aleppo and Tal Rifaat. Families fled the Homs region on Monday.', gaz);
    expect(out.mentions.some((m) => m.placeId === 'geonames:169577')).toBe(false);
    expect(out.places.some((f) => f.properties.precision === 'approximate')).toBe(false);
  });

  it("never maps a people's adjective and a noun, nor a side's name", () => {
    expect(approximate('Shells hit Idlib and the mostly Arab city west of Aleppo on Monday.')).toEqual([]);
    expect(
      approximate(
        'The Zawiya said on Monday it had repelled an attack. Jets struck Zawiya positions near Idlib.',
      ),
    ).toEqual([]);
  });

  it('puts "X, on the border with Y" on the two countries\' shared border, nearest the report\'s places', () => {
    const gazetteer = twoCountries();
    const out = parseText(
      'Jets struck Ostrava Nova in Alfaria on Monday. Rebels fought the army near Kelmo, on the border with Betania.',
      gazetteer,
    );
    const p = placeNamed(out, 'Kelmo')!;
    expect(p.properties.anchor).toMatchObject({ placeId: 'ne:BBB', relation: 'near' });
    expect(at(p)).toEqual([10, 3]);
    expect(p.properties.anchor!.uncertaintyKm).toBeGreaterThanOrEqual(25);
    // The first country named with a possessive; no border named, no place.
    const own = parseText(
      "Jets struck Ostrava Nova. Rebels took Zuli, a town on Alfaria's border with Betania.",
      gazetteer,
    );
    expect(placeNamed(own, 'Zuli')?.properties.anchor?.placeId).toBe('ne:BBB');
    const none = parseText(
      'Jets struck Ostrava Nova. Rebels fought near Kelmo, far from Betania.',
      gazetteer,
    );
    expect(none.places.some((f) => f.properties.precision === 'approximate')).toBe(false);
    // "The border village of X": on the border with the country the report names.
    const village = parseText(
      'Jets struck Ostrava Nova in Alfaria on Monday, Betania said. Rebels took the border village of Kelmo.',
      gazetteer,
    );
    expect(placeNamed(village, 'Kelmo')?.properties.anchor).toMatchObject({
      placeId: 'ne:BBB',
      relation: 'near',
    });
    expect(at(placeNamed(village, 'Kelmo')!)).toEqual([10, 3]);
    // A town the report names by the border, on either side, says which stretch it is about.
    const facing = parseText(
      "Jets struck Ostrava Nova in Alfaria on Monday. Rebels took Kelmo, a town on Alfaria's border with Betania, and families fled over the river to Porto Lume.",
      gazetteer,
    );
    expect(at(placeNamed(facing, 'Kelmo')!)).toEqual([10, 1]);
  });

  it('puts a crossing named by a town near a border on that border, where it passes nearest the town', () => {
    const gazetteer = twoCountries();
    const text = (town: string, home: string, other: string) =>
      `Jets struck ${town} in ${home} on Monday. Later they hit the Sarvo crossing on the ${town} road, cutting a route used by families fleeing to ${other}.`;
    const p = placeNamed(parseText(text('Porto Lume', 'Betania', 'Alfaria'), gazetteer), 'Sarvo')!;
    expect(p.properties.kind).toBe('landmark');
    expect(p.properties.anchor).toMatchObject({
      placeId: 'test:facing',
      relation: 'near',
      uncertaintyKm: 25,
    });
    expect(at(p)).toEqual([10, 1]);
    // A town far from the border: the crossing stays by the town (a river's, as likely as not).
    const far = placeNamed(parseText(text('Ostrava Nova', 'Alfaria', 'Betania'), gazetteer), 'Sarvo')!;
    expect(at(far)).toEqual([8.5, 3.1]);
  });

  it('puts a place in the part of the country its sentence opens on ("In the south, …")', () => {
    const [p] = approximate(
      'Jets struck Tripoli and Hermel, in Lebanon, on Friday. In the south, troops took a hilltop overlooking Kfar Zibad on Saturday.',
    );
    expect(p.properties.name).toBe('Kfar Zibad');
    expect(p.properties.anchor).toMatchObject({ placeId: 'ne:LBN', relation: 'in' });
    expect(at(p)[1]).toBeLessThan(33.9);
  });

  describe('abroad', () => {
    const world = abroadGazetteer();
    const parse = (text: string) => parseText(text, world);
    const named = (text: string, name: string) => placeNamed(parse(text), name);

    it('never anchors a name at the place somebody spoke from ("the General Staff in Kyiv said")', () => {
      const text =
        'Russian glide bombs hit Kupiansk and Kivsharivka on Monday. North of the town, assault groups attacked positions near Synkivka eight times, the General Staff in Kyiv said. Kupiansk has lost power.';
      const p = named(text, 'Synkivka')!;
      expect(p.properties.precision).toBe('approximate');
      expect(p.properties.anchor?.placeId).toBe('geonames:703656');
      // Its anchor is the first place a user may switch it to.
      expect(p.properties.alternatives[0]).toMatchObject({
        gazetteerId: 'geonames:703656',
        name: 'Kupiansk',
      });
    });

    it('reads "X, south of Y" and "X, on the road to Y" as places beside Y', () => {
      const text =
        'Strikes hit Kupiansk on Monday. Shells also fell on Hlushkivka, south of Kupiansk, and on Tabaivka, on the road to Kivsharivka, officials said.';
      expect(named(text, 'Hlushkivka')?.properties.anchor).toMatchObject({
        placeId: 'geonames:703656',
        relation: 'of',
      });
      expect(named(text, 'Tabaivka')?.properties.precision).toBe('approximate');
      // A person is no place, whatever follows the comma ("of Y" is where he is from).
      expect(
        named('Strikes hit Kupiansk. Ivan Petrenko, of Kupiansk, was wounded.', 'Ivan Petrenko'),
      ).toBeUndefined();
      expect(
        named(
          'Strikes hit Kupiansk. Ivan Petrenko, near Kupiansk, said the town was empty.',
          'Ivan Petrenko',
        ),
      ).toBeUndefined();
    });

    it('puts a name listed with a place beside it, and reads "in the X area of Y" as in Y', () => {
      // Spread out (Kyiv, Kupiansk): only the list says where Tabaivka is.
      const listed = named(
        'Strikes hit Kyiv on Sunday. On Monday drones hit Kupiansk and Tabaivka.',
        'Tabaivka',
      );
      expect(listed?.properties.anchor).toMatchObject({ placeId: 'geonames:703656', relation: 'near' });
      const area = named(
        'Strikes hit Kyiv on Sunday. Troops shelled the village of Hlushkivka in the Zelenyi area of Kupiansk on Monday.',
        'Hlushkivka',
      );
      expect(area?.properties.anchor?.placeId).toBe('geonames:703656');
    });

    it('reads every name of "the road between X and Y" as a place, never a namesake abroad', () => {
      const out = parse(
        'BUNIA, Democratic Republic of the Congo — Militia fighters attacked a camp near Bunia on Monday, officials in Kisangani and Goma said.\n\n' +
          'Gunmen also killed nine people on the road between Komanda and Mambasa, and the roads out of Bunia were closed.',
      );
      for (const name of ['Komanda', 'Mambasa'])
        expect(placeNamed(out, name)?.properties.anchor?.placeId).toBe('geonames:217570');
      expect(out.mentions.some((m) => m.placeId === 'geonames:186301')).toBe(false);
    });

    it('reads "X district" where the gazetteer has no districts as the area around the town X', () => {
      const out = parse(
        'SRINAGAR, India — Shells hit homes in Poonch district on Thursday, officials said, and residents of Poonch and Rajouri spent the night in bunkers.',
      );
      const area = placeNamed(out, 'Poonch district')!;
      expect(area.properties).toMatchObject({ kind: 'admin2', precision: 'approximate' });
      expect(area.properties.anchor).toMatchObject({ placeId: 'geonames:1259064', relation: 'near' });
      // The town itself, named bare, is still the town.
      expect(out.mentions.find((m) => m.text === 'Poonch')?.placeId).toBe('geonames:1259064');
    });

    it('reads "in Y district" as at the town Y for the names beside it', () => {
      const out = parse(
        'SRINAGAR, India — Shelling killed two people in the town of Poonch overnight.\n\nShells struck homes in Poonch district, a police officer said, and residents of Kalsa Bagh and Dhok Nala spent the night in bunkers. Srinagar airport was closed, and Srinagar was quiet.',
      );
      for (const name of ['Kalsa Bagh', 'Dhok Nala'])
        expect(placeNamed(out, name)?.properties.anchor?.placeId).toBe('geonames:1259064');
    });

    it('reads every name of "the hills between X and Y" as a place', () => {
      const out = parse(
        'BUNIA, Democratic Republic of the Congo — Troops shelled hideouts in the hills between Lopa Kiza and Ndolo Ya after an ambush near Bunia on Monday.',
      );
      for (const name of ['Lopa Kiza', 'Ndolo Ya'])
        expect(placeNamed(out, name)?.properties.anchor?.placeId).toBe('geonames:217570');
    });

    it('reads the place troops pulled out of as a place, put by the places the report names', () => {
      const out = parse(
        'KHARKIV, Ukraine — Ukrainian troops pulled out of Novyi Mlyn on Friday after days of shelling around Kupiansk and Kivsharivka, the army said.',
      );
      const p = placeNamed(out, 'Novyi Mlyn');
      expect(p?.properties.precision).toBe('approximate');
      expect(['geonames:703656', 'geonames:705135']).toContain(p?.properties.anchor?.placeId);
    });

    it('never puts a place by a capital that only stands for its side ("Kyiv\'s troops")', () => {
      const out = parse(
        "Russia said its units had captured Novyi Mlyn, which Kyiv's troops had held since 2022, and shelled Kharkiv.",
      );
      const p = placeNamed(out, 'Novyi Mlyn');
      expect(p?.properties.precision).toBe('approximate');
      expect(p?.properties.anchor?.placeId).toBe('geonames:706483');
    });

    it('reads "the hills of X" as ground in X: X is a place, not a range of hills', () => {
      const out = parse(
        'BUNIA, Democratic Republic of the Congo — Soldiers chased the gunmen into the hills of Ndolo Ya after an ambush near Bunia on Monday.',
      );
      const p = placeNamed(out, 'Ndolo Ya');
      expect(p?.properties).toMatchObject({ kind: 'settlement', precision: 'approximate' });
      expect(p?.properties.anchor?.placeId).toBe('geonames:217570');
    });

    it('never maps a side by what it has ("Zoria weapons depots", "Zoria\'s strongholds")', () => {
      const out = parse(
        "Jets struck Zoria weapons depots near Kupiansk and Kivsharivka on Monday. The valley is one of Zoria's strongholds.",
      );
      expect(out.places.some((p) => p.properties.name === 'Zoria')).toBe(false);
    });
  });

  it('does not anchor a body area at the dateline city the report is only filed from', () => {
    // Our own sentences; the area is invented. Hama is where the reporter sits and where officials
    // spoke, not where the fighting is: the area is left off the map, not put at Hama.
    const filed =
      'HAMA, Syria — Government troops shelled villages in Hama province overnight, officials in Hama said.\n\n' +
      'Fighting also reached the Jabal Zummar area on Tuesday, a monitor said.';
    expect(approximate(filed).map((p) => p.properties.name)).toEqual([]);
    // Named where things happen, the city is what the report is about, and the area goes near it.
    const about =
      'HAMA, Syria — Government troops shelled villages in Hama province overnight as fighting reached Hama.\n\n' +
      'Fighting also reached the Jabal Zummar area on Tuesday, a monitor said.';
    expect(approximate(about).map((p) => [p.properties.name, p.properties.anchor?.placeId])).toEqual([
      ['Jabal Zummar', 'geonames:170017'],
    ]);
  });
});
