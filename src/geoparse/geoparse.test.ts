import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { mentionPairs, parseText, testEntries, testEntry, testGazetteer } from './testGazetteer.ts';

const gaz = testGazetteer();

/** Resolves one report; returns its places with "mention text → place id" lines. */
function parse(text: string) {
  const out = parseText(text, gaz);
  return { ...out, pairs: mentionPairs(out) };
}

describe('geoparseReport', () => {
  it('resolves names, spelling variants and one-edit misspellings in context', () => {
    const { pairs } = parse(
      'Syrian rebels entered Maarrat al-Numan and Khan Sheikhoun on Monday. Fighting reached Saraqeb, south of Idleb, and Syrian troops withdrew towards Hamah.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Maarrat al-Numan → geonames:173334',
        'Khan Sheikhoun → geonames:169304',
        'Saraqeb → geonames:164816',
        'Hamah → geonames:170017',
      ]),
    );
  });

  it('uses the report country to pick among namesakes and drops far, small ones', () => {
    const { pairs } = parse('Syrian army units shelled Homs and Hama, a Syrian monitor said.');
    expect(pairs).toContain('Homs → geonames:169577');
    expect(pairs).toContain('Hama → geonames:170017');
    expect(pairs.join()).not.toMatch(/LY|2911230|212730/);
  });

  it('reads "Turkish-backed", "Russian-made", "pro-Iranian" as a sponsor or maker, not where the report is', () => {
    const text =
      'ALEPPO, Syria — Turkish-backed fighters with Russian-made rifles attacked positions east of Saraqib.';
    expect(parse(text).pairs).toContain('east of Saraqib → rel:east-of:geonames:164816');
    expect(parse('Pro-Iranian militias shelled positions east of Saraqib.').pairs).toContain(
      'east of Saraqib → rel:east-of:geonames:164816',
    );
  });

  it("counts the dateline's country when the words name only a country none of the places lie in", () => {
    // (Our own sentence: Saraqib is a town of 34,000, too small to be taken from afar.)
    expect(parse('ALEPPO, Syria — Turkish drones struck Saraqib on Tuesday.').pairs).toContain(
      'Saraqib → geonames:164816',
    );
  });

  it('keeps a title word after an article inside a name', () => {
    const { pairs } = parse('Syrian troops shelled Taybat al-Imam, north of Hama.');
    expect(pairs).toContain('Taybat al-Imam → geonames:163270');
  });

  it('reads a province by its dotted abbreviation but not other letters', () => {
    const { pairs } = parse('Heavy snow fell across B.C. on Monday, SANA said.');
    expect(pairs).toEqual(['B.C. → sm:adm1:CA-BC']);
  });

  it('reads a state held as a point when a place of the report lies inside it', () => {
    const { pairs } = parse('Wildfires burned near Los Angeles on Tuesday, and California asked for help.');
    expect(pairs).toContain('California → us:state:CA');
  });

  it('takes an exact name at its word in a one-line report that names no country', () => {
    const { pairs } = parse('Government jets struck Saraqib on Thursday.');
    expect(pairs).toEqual(['Saraqib → geonames:164816']);
    // Spellings that fold to the same key count as exact (q/k/g are one letter).
    expect(parse('Government jets struck Sarakib on Thursday.').pairs).toEqual(['Sarakib → geonames:164816']);
  });

  it('reads qualifiers: province, city of, the X neighbourhood of Y', () => {
    const { pairs } = parse(
      'Clashes erupted in the provinces of Idlib and Hama. Shells fell on the city of Aleppo and the Sheikh Maqsoud neighbourhood of Aleppo. Residents left Idlib province for Hama city.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Idlib → sm:adm1:SY12',
        'Hama → sm:adm1:SY10',
        'Aleppo → geonames:170063',
        'Sheikh Maqsoud neighbourhood → sm:nbhd:aleppo-sheikh-maqsoud',
        'Idlib province → sm:adm1:SY12',
        'Hama city → geonames:170017',
      ]),
    );
  });

  it("resolves possessives and descriptions to a city's landmarks", () => {
    const { pairs } = parse(
      "Flights from Aleppo's airport were halted. A university dormitory in Aleppo was hit, and Syrian media said a university campus was evacuated. Jets took off from the Kuweires airbase. The University of Aleppo closed.",
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Aleppo’s airport → sm:landmark:aleppo-airport'.replace('’', "'"),
        'university dormitory → sm:landmark:aleppo-university',
        'university campus → sm:landmark:aleppo-university',
        'Kuweires airbase → sm:landmark:kuweires',
        'University of Aleppo → sm:landmark:aleppo-university',
      ]),
    );
  });

  it('reads names that go on in lowercase words', () => {
    const { pairs } = parse(
      'Syrian jets left the Nairab airport. Rebels stormed the Nayrab military airbase.',
    );
    expect(pairs).toEqual([
      'Nairab airport → sm:landmark:nayrab',
      'Nayrab military airbase → sm:landmark:nayrab',
    ]);
  });

  it('places a town by its airport or airbase when the gazetteer has no such landmark', () => {
    const { pairs } = parse(
      'Planes were grounded at Hama airport on Sunday. A drone fell on the Homs airbase, and flights from Idlib airport were cancelled.',
    );
    expect(pairs).toEqual(['Hama → geonames:170017', 'Homs → geonames:169577', 'Idlib → geonames:169389']);
  });

  it('reads the second place of "took A on Saturday and B on Monday" as a place too', () => {
    // Kafr Basha is no place of the test gazetteer: read as a place, it is put beside Saraqib.
    for (const day of ['on Saturday', 'on 30 November', 'on November 30'])
      expect(parse(`Syrian rebels captured Saraqib on Friday and Kafr Basha ${day}.`).pairs).toEqual([
        'Saraqib → geonames:164816',
        'Kafr Basha → approx:kafr-basha@geonames:164816',
      ]);
  });

  it('finds roads by number and by the places they link', () => {
    const { pairs } = parse(
      'Rebels cut the M-5 highway near Khan Shaykhun. Traffic on the main road linking Hama to Aleppo stopped in Syria.',
    );
    expect(pairs).toContain('M-5 highway → sm:road:M5');
    expect(pairs).toContain('main road linking Hama to Aleppo → sm:road:M5');
  });

  it('builds relative areas as geometry, not as the base point', () => {
    const out = parse(
      "Fighters massed west of Aleppo and in eastern Idlib. A car bomb exploded at the city's western edge in Aleppo, in north-western Syria.",
    );
    const rel = out.places.filter((p) => p.properties.kind === 'region');
    const ids = rel.map((p) => p.properties.id).sort();
    expect(ids).toEqual([
      'rel:east-part:sm:adm1:SY12',
      'rel:northwest-part:ne:SYR',
      'rel:west-edge:geonames:170063',
      'rel:west-of:geonames:170063',
    ]);
    for (const p of rel) expect(p.geometry.type).toMatch(/Polygon/);
    expect(rel.find((p) => p.properties.id === 'rel:west-of:geonames:170063')?.properties.relativeTo).toEqual(
      {
        placeId: 'geonames:170063',
        relation: 'west-of',
      },
    );
  });

  it('treats demonyms, people, organisations and capitals standing for governments as non-places', () => {
    const { pairs } = parse(
      'President Bashar al-Assad met Syrian officials. The Syrian Observatory for Human Rights said Assad forces left Nubl. Washington said it was watching, and Turkish media reported clashes near Tal Rifaat.',
    );
    expect(pairs.join()).not.toMatch(/Assad|Washington|Observatory|Syrian →|Turkish/);
    expect(pairs).toContain('Nubl → geonames:166578');
    expect(pairs).toContain('Tal Rifaat → geonames:163806');
    const named = parse(
      'Syrian envoy Samir H. Nubl arrived. Later Nubl said talks would resume, and Homs said nothing.',
    );
    expect(named.pairs).toEqual([]);
  });

  it('reads each side of "of" when the whole is no name, and far cities by an English alias', () => {
    const { pairs } = parse('Residents of Nubl fled. Syrian officials met envoys in Moskva.');
    expect(pairs).toEqual(['Nubl → geonames:166578', 'Moskva → geonames:524901']);
  });

  it('ignores excluded text and datelines', () => {
    const { pairs } = parse(
      'DAMASCUS (Levant Wire) – Clashes hit Homs.\nCopyright Levant Wire\nRead more\nLebanon and Britain sign a deal.',
    );
    expect(pairs).toEqual(['Homs → geonames:169577']);
  });

  it('is deterministic and lists every mention of a place under one feature', () => {
    const a = parse('Rebels took Nubl. Syrian jets hit Nubl again. Nubl fell, a Syrian source said.');
    const b = parse('Rebels took Nubl. Syrian jets hit Nubl again. Nubl fell, a Syrian source said.');
    expect(JSON.stringify(a.places)).toBe(JSON.stringify(b.places));
    const nubl = a.places.find((p) => p.properties.id === 'geonames:166578')!;
    expect(nubl.properties.mentions.map((m) => m.start)).toEqual([12, 34, 46]);
    expect(nubl.properties.alternatives[0].gazetteerId).toBe('geonames:166578');
    expect(a.mentions.every((m) => m.sentence >= 0)).toBe(true);
  });

  it('keeps the dateline as where the report was filed from, not as a place of the events', () => {
    const text = 'ALEPPO (Agency) – Rebels shelled Saraqib on Friday, a monitor said.';
    const out = parse(text);
    expect(out.reportedFrom).toEqual([
      expect.objectContaining({ start: 0, end: 6, text: 'ALEPPO', gazetteerId: 'geonames:170063' }),
    ]);
    expect(out.mentions.some((m) => m.start === 0)).toBe(false);
  });

  it('reads "the Atlantic" as the ocean, and a state by its own name before a town listing it as an alias', () => {
    const { pairs } = parse('Storms formed over the Atlantic. Teachers struck in Texas and Arizona.');
    expect(pairs).toContain('Atlantic → sm:water:atlantic-ocean');
    expect(pairs).toContain('Arizona → us:state:AZ');
  });

  it('reads a town that only qualifies the noun after "the" as the town', () => {
    const { pairs } = parse('Rebels cut the Damascus-Aleppo highway near Saraqib and shelled Idlib.');
    expect(pairs).toContain('Damascus → geonames:170654');
  });

  it('leaves a misspelt name unmapped when it fits two far-apart places equally', () => {
    // Two villages one edit from the name, 300 km apart, and nothing in the report to choose.
    const { pairs } = parse('Jets struck Homs and Aleppo. Families fled from Kafr Tala.');
    expect(pairs.filter((p) => p.startsWith('Kafr'))).toEqual([]);
  });

  it('reads a landmark misspelt by one letter when its noun follows', () => {
    const { pairs } = parse('Syrian rebels seized the Nayreb air base near Aleppo on Sunday.');
    expect(pairs).toContain('Nayreb air base → sm:landmark:nayrab');
  });

  it('keeps towns listed after "residents of" as places though a speech verb follows', () => {
    const { pairs } = parse('Residents of Aleppo and Nubl said the shelling had stopped.');
    expect(pairs).toContain('Nubl → geonames:166578');
    expect(parse('Washington said it would act.').pairs).toEqual([]);
  });

  it('reads a state written after a town as where the town is', () => {
    const { pairs } = parse(
      'A clinic opened in California, Missouri. Another opened in Los Angeles, Calif., on Monday.',
    );
    expect(pairs).toContain('California → geonames:4379545');
    expect(pairs).toContain('Missouri → us:state:MO');
    expect(pairs).toContain('Calif → us:state:CA');
  });

  it('does not read a list of places as a place and its state', () => {
    const { pairs } = parse('Syrian rebels took Saraqib, Idlib and Hama.');
    expect(pairs).toContain('Idlib → geonames:169389');
  });

  it('reads the state of a dateline as part of where the report was filed from', () => {
    const out = parse('CALIFORNIA, Mo. (Station) – A man was hurt on Friday.');
    expect(out.reportedFrom.map((r) => [r.text, r.gazetteerId])).toEqual([
      ['CALIFORNIA', 'geonames:4379545'],
      ['Mo', 'us:state:MO'],
    ]);
  });

  it("reads a compass word before 'countryside' as that part of the governorate", () => {
    const { pairs } = parse(
      "Syrian rebels pushed into Hama's northern countryside and the southern countryside of Idlib.",
    );
    expect(pairs).toContain("Hama's northern countryside → rel:north-part:sm:adm1:SY10");
    expect(pairs).toContain('southern countryside of Idlib → rel:south-part:sm:adm1:SY12');
  });

  it("reads a people's adjective as its country or region, with the role demonym", () => {
    const out = parse('Syrian and Turkish troops met European envoys. Syrian Kurds fled to Nubl.');
    const roles = out.places.flatMap((p) =>
      p.properties.mentions.map((m) => `${m.text} → ${p.properties.id} ${m.role ?? ''}`.trim()),
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        'Syrian → ne:SYR demonym',
        'Turkish → ne:TUR demonym',
        'Nubl → geonames:166578',
      ]),
    );
    expect(roles.filter((r) => r.startsWith('Syrian'))).toHaveLength(2);
    // The incident stage reads no demonym as where something happened.
    expect(out.pairs).toEqual(['Nubl → geonames:166578']);
  });

  it("lets the report's own places decide its country, the dateline's only where nothing else does", () => {
    // "Israeli" says who struck, the towns say where: Saida is Sidon, not Saïda in Algeria.
    const lb = parse('Israeli strikes hit Bint Jbeil and Marjayoun, and a drone struck a car in Saida.');
    expect(lb.pairs).toContain('Saida → geonames:268064');
    const sidon = lb.places.find((p) => p.properties.id === 'geonames:268064')!;
    // The runner-up stays among the alternatives.
    expect(sidon.properties.alternatives.map((a) => a.gazetteerId)).toContain('geonames:2482572');
    // A front-line report filed from Moscow: towns only Ukraine has put its village in Ukraine.
    expect(
      parse('MOSCOW — Russian forces said they took Novoselivka between Kurakhove and Selydove.').pairs,
    ).toEqual([
      'Novoselivka → test:novoselivka-ua',
      'Kurakhove → geonames:695357',
      'Selydove → geonames:690801',
    ]);
    // Nothing else to go by: the dateline's country decides.
    expect(parse('MOSCOW — Troops took Novoselivka on Tuesday.').pairs).toEqual([
      'Novoselivka → test:novoselivka-ru',
    ]);
  });

  it('takes a large place as country evidence only by a name written as it is known', () => {
    // "Baiji" folds like Bijie in China, but is written as Bayjī is known; Tikrit is only Iraq's.
    const { pairs } = parse('Gunmen attacked a checkpoint near Baiji on Sunday and fled toward Tikrit.');
    expect(pairs).toEqual(['Baiji → geonames:97783', 'Tikrit → geonames:90150']);
  });

  it('reads the area written after a name, a part of a named place and an appositive', () => {
    // "Odessa, Texas" is the Texan town, though the report is about the Ukrainian city.
    const ua = parse('Russian drones struck Odesa on Monday. Odessa, Texas, sent money to its hospitals.');
    expect(ua.pairs).toEqual(['Odesa → geonames:698740', 'Odessa → geonames:5527554', 'Texas → us:state:TX']);
    // A part of Jabalia is no namesake in Iraq: left off the map rather than put 900 km away.
    const ps = parse('Israeli troops took the Faluja area of Jabalia on Sunday.');
    expect(ps.pairs.filter((p) => p.startsWith('Faluja'))).toEqual([]);
    expect(parse('Israeli troops took Faluja on Sunday.').pairs).toEqual(['Faluja → geonames:99454']);
    // "a town" makes Costa Rica the town near Culiacán, not the country.
    const mx = parse('Gunmen burned houses in Costa Rica, a town south of Culiacán, Mexican police said.');
    expect(mx.pairs).toContain('Costa Rica → geonames:4012693');
  });

  it('reads hyphened names, a part of a compound division name and "in the south of" a province', () => {
    expect(parse('Jihadists overran a base in Malam-Fatori, Nigeria.').pairs).toContain(
      'Malam-Fatori → geonames:2347033',
    );
    // A particle glued by hyphens ("-des-", "-d'") is inside the name, not a break after its head.
    expect(parse('Gunmen fired on a bus near Anse-des-Pins, Haitian police said.').pairs).toContain(
      'Anse-des-Pins → test:anse-des-pins',
    );
    expect(parse("Gangs raided Pétionville and Anse-d'Or, Haitian police said.").pairs).not.toContain(
      'Anse → test:anse',
    );
    expect(parse('Israeli jets struck villages in Hermel governorate, Lebanon.').pairs).toContain(
      'Hermel governorate → sm:adm1:LB-BH',
    );
    const ids = (text: string) => parse(text).mentions.map((m) => m.placeId);
    expect(ids('Syrian rebels advanced in the south of Aleppo province.')).toEqual([
      'rel:south-part:sm:adm1:SY09',
    ]);
    expect(ids('Syrian rebels advanced south of Aleppo province.')).toEqual(['rel:south-of:sm:adm1:SY09']);
  });

  it('reads a capital that declines or refuses as its government', () => {
    expect(parse('Damascus declined to comment on the strikes.').pairs).toEqual([]);
  });

  it('reads a river phrase as the river, never the town of its name', () => {
    // Our own sentences: no river in the test gazetteer, so nothing is mapped for it.
    for (const text of [
      'Shelling hit Kherson as fighting flared along the lower Dnipro.',
      "Troops crossed to the Dnipro's left bank near Kherson.",
      'Boats ferried troops across the Dnipro near Kherson.',
      'Shelling hit Kherson and villages on the Dnipro river.',
    ])
      expect(parse(text).pairs).toEqual(['Kherson → geonames:706448']);
    expect(parse('Drones struck Dnipro and Kherson overnight.').pairs).toContain('Dnipro → geonames:709930');
  });

  it('reads a water body or dam after a name as the water, never the town of its name', () => {
    // Our own sentences: no lake or reservoir in the test gazetteer, so nothing is mapped for it.
    for (const [text, town] of [
      [
        'Drones hit a pumping station by the Selydove reservoir, and shells fell on Kherson.',
        'Kherson → geonames:706448',
      ],
      ['Fishermen left Kurakhove lake as shells fell on Selydove.', 'Selydove → geonames:690801'],
      [
        'Engineers said the Kurakhove dam had cracked as Selydove came under fire.',
        'Selydove → geonames:690801',
      ],
      ['Troops dug in along the Dnipro canal outside Kherson.', 'Kherson → geonames:706448'],
    ])
      expect(parse(text).pairs).toEqual([town]);
    // The same towns named bare stay towns.
    expect(parse('Shells fell on Kurakhove and Selydove overnight.').pairs).toContain(
      'Kurakhove → geonames:695357',
    );
  });

  it('reads a town after "traders at" or "residents of" before a verb of saying as a place, not a speaker', () => {
    // Our own sentences.
    expect(parse('Traders at Selydove said prices had doubled since shelling began.').pairs).toEqual([
      'Selydove → geonames:690801',
    ]);
    expect(parse('Drivers at Kurakhove said the road to Selydove was cut.').pairs).toContain(
      'Kurakhove → geonames:695357',
    );
    expect(parse('Residents of Kurakhove said the shelling went on all night.').pairs).toEqual([
      'Kurakhove → geonames:695357',
    ]);
  });

  it('reads a name joined by a particle as one name, by its head, never by its tail', () => {
    // Our own sentences.
    const mz = parse('Troops were sent from Mocimboa da Praia to the coast of Mozambique.').pairs;
    expect(mz).toContain('Mocimboa da Praia → geonames:1037370');
    expect(mz.join()).not.toMatch(/3374333/);
    expect(parse('Families fled toward Pétion-Ville on Monday.').pairs).toEqual([
      'Pétion-Ville → geonames:3719028',
    ]);
  });

  it("never takes a town abroad thousands of km from a report's places for a town the gazetteer lacks", () => {
    // Our own sentences: the gazetteer has no Palma of Mozambique, only Palma de Mallorca.
    const text =
      'Insurgents raided Mocimboa da Praia in Mozambique on Monday, and families fled to Pemba. Mozambican troops said the attack was the worst in northern Mozambique this year. The fighting halted a gas project near Palma.';
    expect(parse(text).pairs.join()).not.toMatch(/2512989/);
    expect(parse('Ministers met in Palma on Monday.').pairs).toEqual(['Palma → geonames:2512989']);
  });

  it('never takes a city abroad that only folds like the written name for a town the gazetteer lacks', () => {
    // An invented city of 150,000 in Egypt, some 900 km from Idlib, whose name folds like "Kawlin".
    const entries = testEntries();
    entries.push(
      testEntry('test:gulin', 'Gulin', 'settlement', 30.5, 31.5, 150_000, 'EG', { featureCode: 'PPLA2' }),
    );
    const far = new Gazetteer({ version: 'test-gulin', sources: [], entries });
    const pairs = (text: string) => mentionPairs(parseText(text, far));
    expect(
      pairs('Jets struck Saraqib and Idlib on Monday, and fighting raged around Kawlin.').join(),
    ).not.toMatch(/test:gulin/);
    // Written as its own name, a city that far is still named from afar.
    expect(pairs('Jets struck Saraqib and Idlib on Monday. A delegation later flew to Gulin.')).toContain(
      'Gulin → test:gulin',
    );
  });

  it("reads a dateline's area as the one that holds its city, and a compass tail as no town", () => {
    const out = parse('NIAMEY, Niger (Wire) — Gunmen attacked a village in the west on Friday.');
    expect(out.reportedFrom.map((r) => r.gazetteerId)).toEqual(['geonames:2440485', 'ne:NER']);
    // "Lanao del Sur" is a province, not the town Lanao; "residents of nearby X said" speak for X's people.
    expect(parse('Police in Lanao del Sur arrested two men.').pairs).toEqual([]);
    expect(parse('Residents of nearby Saraqib said the jets came at dawn.').pairs).toEqual([
      'Saraqib → geonames:164816',
    ]);
  });

  it('reads letters as a place only as written, never inside a hyphened name', () => {
    expect(parse('The rebels of SPLM-IO denied any role as aid flights from the UK resumed.').pairs).toEqual([
      'UK → ne:GBR',
    ]);
    expect(parse('Officials of the IO said so.').pairs).toEqual([]);
  });

  it('reads a town written in two words that the gazetteer writes as one, and g for the Arabic jim', () => {
    expect(parse('A car bomb exploded in Beled Weyne, Somalia, on Sunday.').pairs).toContain(
      'Beled Weyne → geonames:64460',
    );
    expect(parse('The army retook towns in Gezira state, Sudan, on Saturday.').pairs).toContain(
      'Gezira state → sm:adm1:SD-GZ',
    );
  });

  it('reads no place in a side, an outlet, a facility or a date that shares a place name', () => {
    const roles = (text: string) =>
      parse(text).places.flatMap((p) => p.properties.mentions.map((m) => `${m.text} → ${p.properties.id}`));
    // "Hamas" is one letter from Hama: a one-edit match needs words that call it a place.
    expect(parse('Hamas said its fighters shelled Saraqib.').pairs).toEqual(['Saraqib → geonames:164816']);
    // A name used as a side is that side in the whole report, unless it names a place of the report.
    expect(parse('Wagner fighters left Saraqib. Wagner later denied it.').pairs).toEqual([
      'Saraqib → geonames:164816',
    ]);
    // An outlet named after a place, by a capitalised tail or a media noun before it.
    expect(parse('Homs Today reported clashes near Saraqib.').pairs).toEqual(['Saraqib → geonames:164816']);
    expect(parse('The broadcaster Al Mayadeen said jets struck Saraqib.').pairs).toEqual([
      'Saraqib → geonames:164816',
    ]);
    expect(parse('Jets struck Al Mayadeen on Friday.').pairs).toEqual([
      'Al Mayadeen → geonames:test:mayadin'.replace('geonames:', ''),
    ]);
    // The report's own outlet, wherever the report writes it: a date line, a dateline, a credit.
    const byOutlet = (text: string) =>
      parseText(text, gaz, { outlet: 'Homs Live' }).places.flatMap((p) =>
        p.properties.mentions.map((m) => `${m.text} → ${p.properties.id}`),
      );
    expect(byOutlet('Mon 2 Dec 2024 — Homs Live\n\nJets struck Saraqib on Monday.')).toEqual([
      'Saraqib → geonames:164816',
    ]);
    expect(byOutlet('Jets struck Homs on Monday, Homs Live said.')).toEqual(['Homs → geonames:169577']);
    // A month's abbreviation in a date.
    expect(parse('On Sept. 12 and again on 5 Sept, jets struck Saraqib.').pairs).toEqual([
      'Saraqib → geonames:164816',
    ]);
    // A facility named after a people is not the people's country.
    expect(roles('Shelling hit the Turkish hospital in Saraqib.')).toEqual(['Saraqib → geonames:164816']);
  });
});
