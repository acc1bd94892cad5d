import { describe, expect, it } from 'vitest';
import { expectRows } from '../expectRows.ts';
import {
  actorPatterns,
  actorsInSentences,
  allied,
  findActors,
  reportGroup,
  reportHome,
  uniqueActors,
} from './actors.ts';

const sides = (text: string, home: string | null = null) =>
  findActors(text, { home, group: null }).map((a) => `${a.side}:${a.name}`);

describe('findActors', () => {
  it("keeps Syria's sides: named factions and generic words", () => {
    expectRows(sides, {
      'Insurgents led by Hayat Tahrir al-Sham (HTS) and jihadists advanced.': [
        'opposition:insurgents',
        'opposition:Hayat Tahrir al-Sham',
        'opposition:Hayat Tahrir al-Sham',
        'opposition:jihadists',
      ],
      'An operations room said so.': ['opposition:operations room'],
      'The Jaish al-Izza brigade moved.': ['opposition:Jaish al-Izza'],
    });
    for (const t of [
      'Regime forces fled.',
      'The army withdrew.',
      'Government troops arrived.',
      'Syrian troops left.',
    ])
      expect(findActors(t)[0]?.side).toBe('government');
    // A junta is the state's own forces wherever it rules, with what it fights with.
    expectRows((t: string) => sides(t, 'myanmar'), {
      'Junta aircraft bombed the ferry landing.': ['myanmar:junta aircraft'],
      "The junta's troops torched the market.": ["myanmar:junta's troops"],
      'A junta spokesman denied it.': ['myanmar:junta'],
      // A side one is on is a place: "killed on the Landian side".
      'Two guards were killed on the Russian side of the line.': [],
      'Nine people were wounded on the Russian side.': [],
      'The Russian side said it would reply.': ['russia:Russian side'],
      // Assaults named by a state are its forces'.
      'Police repelled nine Russian assaults.': ['myanmar:police', 'russia:Russian assaults'],
    });
  });
  it("leaves out a speaker's quoted label for the other side and a group's lineage", () => {
    // Our own sentences.
    expectRows(sides, {
      'The ministry said its troops beat back an assault by "terrorists" near the dam.': [
        'government:troops',
      ],
      'Officials said they had "neutralised two PKK terrorists" in the hills.': [],
    });
    expect(
      sides('The Levant Front, a former branch of al-Qaeda, seized the crossing.').map(
        (s) => s.split(':')[0],
      ),
    ).not.toContain('al-qaeda');
    expect(sides('A militia linked to Hezbollah shelled the village.')).not.toContain('hezbollah:Hezbollah');
    // Not a label: a quotation opened after the speaker, nor one long enough to be a statement.
    expect(sides('"We held the bridge," an army spokesman said, "and rebels fled."')).toContain(
      'opposition:rebels',
    );
    expect(sides('Hezbollah said "Islamic Resistance fighters struck an enemy tank at dawn".')).toContain(
      'hezbollah:Hezbollah',
    );
  });
  it('names states by country, as the report names them', () => {
    expectRows(sides, {
      'Israeli warplanes struck the port.': ['israel:Israeli warplanes'],
      "Ukraine's army said Russian forces shelled the bridge.": [
        "ukraine:Ukraine's army",
        'russia:Russian forces',
      ],
      'The Sudanese Armed Forces retook the depot.': ['sudan:Sudanese Armed Forces'],
      'Russian and Syrian air forces stepped up strikes.': [
        'russia:Russian air forces',
        'government:Syrian air forces',
      ],
      'Turkey had given its approval; Israel struck back.': ['turkey:Turkey', 'israel:Israel'],
    });
  });
  it("gives men linked to a group, or from an acronym group, that group's side", () => {
    expect(sides('Islamic State-linked fighters looted the bank.', 'mozambique')).toEqual([
      'islamic-state:Islamic State-linked fighters',
    ]);
    expectRows(sides, {
      'Dozens of fighters from the KLF group crossed the river.': ['klf:fighters', 'klf:KLF'],
      'The Northern Shield Army-linked gunmen fired on the bus.': [
        'northern-shield-army:Northern Shield Army-linked gunmen',
      ],
      // A hyphenated acronym is one name, not "North rebels".
      'The SPLA-North rebels took the post.': ['spla-north:SPLA-North', 'spla-north:rebels'],
      'The Sea Ridge coalition took the port.': ['sea-ridge-coalition:Sea Ridge coalition'],
    });
  });
  it('names armed groups the lexicon does not know: acronyms that act, "the X Army", "X fighters"', () => {
    expectRows(sides, {
      'The Northern Shield Army (NSA) overran the camp.': ['nsa:NSA'],
      'Later the KLF shelled the market.': ['klf:KLF'],
      'Tuareg rebels ambushed a convoy.': ['tuareg:Tuareg rebels'],
      'The Arakan Army captured the town from the Myanmar military.': [
        'arakan-army:Arakan Army',
        'myanmar:Myanmar military',
      ],
    });
  });
  it("reads generic words by the report: its state's army, the group it names with its rebels", () => {
    expect(sides('The army said the rebels fled.', 'sudan')).toEqual(['sudan:army', 'opposition:rebels']);
    // Outside Syria, armed men of no named group are a side of their own word, not Syria's opposition.
    expect(sides('Armed gangs burned the market and police said gunmen fled.', 'haiti')).toEqual([
      'gangs:Armed gangs',
      'haiti:police',
      'gunmen:gunmen',
    ]);
    expect(sides('Dissidents blocked the road.', 'colombia')).toEqual(['dissidents:dissidents']);
    expect(sides('Armed gangs burned the market.', 'government')).toEqual(['opposition:Armed gangs']);
    expect(sides('M23 rebels seized the town and the rebels said so.')).toEqual([
      'm23:M23',
      'm23:rebels',
      'm23:rebels',
    ]);
    expect(
      findActors('The militants fled.', { home: null, group: { side: 'hamas', sideName: 'Hamas' } })[0],
    ).toMatchObject({
      side: 'hamas',
      sideName: 'Hamas',
      generic: true,
    });
  });
  it('does not take territory words, backers or places for actors', () => {
    expectRows(sides, {
      'They shelled rebel-held areas.': [],
      'Iran-backed militias withdrew.': ['iran:Iran-backed militias'],
      'Fighting in north-western Syria continued.': [],
      'Let us go to the un-named place.': [],
    });
  });
  it("names a backed group by its backer unless the report's group fights beside the backer", () => {
    const sna = { side: 'sna', sideName: 'SNA' };
    expect(
      findActors('Turkish-backed factions shelled the dam.', { home: null, group: sna })[0],
    ).toMatchObject({
      side: 'sna',
    });
    expect(
      findActors('Iran-backed militias left the border post.', { home: null, group: sna })[0],
    ).toMatchObject({
      side: 'iran',
    });
  });
  it('names groups by their acronym, their tribe or their community', () => {
    expectRows(sides, {
      'A spokesman for the Northern Liberation Front (NLF) spoke.': ['nlf:NLF'],
      'Fighters of the Qaeda-linked Movement for the Defence of the Valley (MDV) attacked.': [
        'mdv:fighters',
        'mdv:MDV',
      ],
      'A spokesman for the Office for Humanitarian Affairs (OFHA) spoke.': [],
      'Local tribal fighters ambushed the patrol.': ['tribal:Local tribal fighters'],
      'Gunmen from the Nuer community raided the camp.': ['nuer:Gunmen from the Nuer community'],
      // Men of a community may be its victims: no group of theirs.
      'Raiders shot dead six men from the Dinka community.': ['opposition:raiders'],
    });
  });
  it('reads each generic word by the group the report names with it', () => {
    const group = reportGroup([
      'The Free Hills Front said its fighters held the pass.',
      'Ashar rebels took the town, and the rebels said so.',
      'Front fighters and Ashar rebels traded fire.',
    ]);
    const ctx = { home: null, group };
    expect(findActors('The rebels withdrew.', ctx)[0].side).toBe('ashar');
    expect(findActors('Opposition fighters entered the town.', ctx)[0].side).toBe('opposition');
    // Gunmen and bandits the report never ties to its group are armed men of their own word, in
    // another war than Syria's; militants, fighters and attackers stay the report's group.
    const abroad = { home: 'chad', group };
    expect(findActors('Armed men shot dead five herders.', abroad)[0].side).toBe('gunmen');
    expect(findActors('Bandits stole the cattle.', abroad)[0].side).toBe('bandits');
    expect(findActors('Militants ambushed a patrol.', abroad)[0].side).toBe('ashar');
  });
  it('reads federal troops and a national guard as the state', () => {
    expect(sides('Federal troops left the town.', 'ethiopia')).toEqual(['ethiopia:federal troops']);
    expect(sides('The National Guard patrolled the highway.', 'mexico')).toEqual(['mexico:National Guard']);
  });
  it('deduplicates', () => {
    expect(uniqueActors(findActors('Rebels and more rebels.'))).toEqual([
      { side: 'opposition', name: 'rebels', sideName: 'Opposition', generic: true },
    ]);
  });
});

describe("a report's own actors", () => {
  it('finds whose war it is', () => {
    expect(
      reportHome('The Sudanese army said RSF fighters shelled the camp. Sudan has been at war since 2023.'),
    ).toBe('sudan');
    expect(reportHome('Syrian troops left. The Syrian army and the Assad regime retreated.')).toBe(
      'government',
    );
    expect(reportHome('Nothing about a state here.')).toBeNull();
    // A report that names no state is the state's it was filed from, by its place's country.
    expect(reportHome('The government said its forces took the port.', ['PORTVILLE'], 'LY')).toBe('libya');
    expect(reportHome('Yemeni officials said Yemen was calm.', ['PORTVILLE'], 'LY')).toBe('yemen');
    // The dateline's state outweighs a neighbour named a few times.
    const text = 'Refugees crossed into Chad, Chadian officials said. Sudan was quiet.';
    expect(reportHome(text)).toBe('chad');
    expect(reportHome(text, ['EL GENEINA', 'Sudan'])).toBe('sudan');
    // Filed from a capital, a report means that state's ministry even when it names the enemy as often.
    const front = 'Russian troops attacked. Ukrainian troops held. Ukraine said so. Russia denied it.';
    expect(reportHome(`${front} Ukraine's army agreed.`, ['MOSCOW'])).toBe('russia');
    expect(reportHome('Yemeni officials said Yemen was calm.')).toBe('yemen');
    // A dateline naming only its town is filed from the state the town lies in, which outweighs a
    // foreign state named acting there more often.
    const strikes = 'Israeli jets struck tanks, the Israeli military said. Syrian forces entered the town.';
    expect(reportHome(strikes, ['HILLTOWN'])).toBe('israel');
    expect(reportHome(strikes, ['HILLTOWN'], 'SY')).toBe('government');
    // A dateline abroad whose state the body never names is only where the reporter sat.
    const abroad =
      'Junta jets bombed the market, said a Myanmar rights group; the Myanmar military denied it.';
    expect(reportHome(abroad, ['CHIANG MAI', 'Thailand'])).toBe('myanmar');
    expect(reportHome(`${abroad} Thailand closed the border.`, ['CHIANG MAI', 'Thailand'])).toBe('thailand');
    // A country named only as what a border or a route leads to is a neighbour, not a party.
    const routes = 'The rebels hold the trade routes with China. The army said it had repelled them.';
    expect(reportHome(routes, ['HILLTOWN'], 'MM')).toBe('myanmar');
    expect(reportHome('Troops massed near the border with Chad.', [], 'SD')).toBe('sudan');
    expect(reportHome('Chad said troops massed near the border.', [], 'SD')).toBe('chad');
  });
  it('finds the group its rebels are', () => {
    expect(
      reportGroup(['M23 rebels took the hill.', 'Hezbollah was not involved.', 'The rebels advanced.'])?.side,
    ).toBe('m23');
    expect(reportGroup(['Nobody named.'])).toBeNull();
  });
  it("knows Syria's allies and nobody else's", () => {
    expect(allied('russia', 'government')).toBe(true);
    expect(allied('opposition', 'government')).toBe(false);
    expect(allied('rsf', 'sudan')).toBe(false);
    expect(allied('rsf', 'rsf')).toBe(true);
  });
  it('names a group without the function word that opens its sentence', () => {
    expect(sides('With rebels closing in, the army left.')).toEqual(['opposition:rebels', 'government:army']);
  });
  it('reads cartels and gangs as armed groups, their gunmen as theirs', () => {
    const ctx = { home: 'mexico', group: reportGroup(['The Coastal Cartel runs the port.']) };
    const [a] = findActors('Cartel gunmen burned a bus.', ctx);
    expect(a).toMatchObject({ side: 'coastal-cartel', sideName: 'Coastal Cartel' });
  });
  it('reads police and ground forces as the state, and "the X side of the border" as no actor', () => {
    expect(sides('Police officers and ground forces sealed the road.', 'landia')).toEqual([
      'landia:police officers',
      'landia:ground forces',
    ]);
    expect(sides('The crossing lies on the Syrian side of the border.')).toEqual([]);
  });
  it('gives jets named without a state the side of the aircraft named before them', () => {
    expect(
      sides('Israeli warplanes struck the hills, and jets also hit the crossing.', 'lebanon').map(
        (s) => s.split(':')[0],
      ),
    ).toEqual(['israel', 'israel']);
  });
  it('reads "the X-aligned group" as the group the report is about', () => {
    const ctx = { home: 'yemen', group: reportGroup(['The Houthis fired drones at ships.']) };
    const a = findActors('Jets struck the port after the Iran-aligned group fired a missile.', ctx).pop();
    expect(a).toMatchObject({ side: 'houthis' });
    // Plural and indefinite: a backer's militias of their own.
    const b = findActors('Iran-backed militias crossed the border.', ctx).pop();
    expect(b).toMatchObject({ side: 'iran' });
    // "the" only when it is a word of its own, however much white space follows it.
    expect(findActors('Jets struck after the\n  Iran-aligned group fired.', ctx).pop()).toMatchObject({
      side: 'houthis',
    });
    expect(findActors('Jets struck the port. Lathe Iran-aligned group fired.', ctx).pop()).toMatchObject({
      side: 'iran',
    });
  });
  it('reads no actor inside a short quoted label, whatever comes between the labels', () => {
    const text = 'Officials said "terrorists" fled, and "the rebels" left; rebels and Syrian troops stayed.';
    expect(sides(text)).toEqual(['opposition:rebels', 'government:Syrian troops']);
  });
});

describe('actorsInSentences', () => {
  // What a report's sentences name, read sentence by sentence, is what reading them joined by line
  // breaks names: with sentences that end open, it reads them joined.
  const reports: string[][] = [
    ['Israeli warplanes struck the port.', 'Jets hit the depot again!', 'The army said so.'],
    [
      'Russian and Syrian air forces bombed Idlib.',
      '"Jets came at night," a resident said.',
      'Drones followed.',
    ],
    ['Officials in the U.S.', 'Troops crossed the river.'],
    ['The rebels met envoys from St.', "Lucia's army and Chad denied it.", 'Sudan did too (so did Chad).'],
    ['Fighters loyal to', 'Hezbollah held the ridge.'],
    ['The force was backed by the', 'Iran-backed militias moved west?', 'RSF shelled the camp.'],
    ['Sudanese Armed Forces (SAF) fought the Rapid Support Forces (RSF).', 'M23 rebels seized Goma.'],
    ['A branch of.', 'Al-Qaeda claimed it.', 'Fighters of the Islamic State advanced.'],
    ['Kyiv said Russian troops attacked', 'Ukrainian forces held.'],
    [
      'Hamas fighters said it.',
      'Israel said it struck 21.',
      'Troops moved in (IDF units).',
      'Tanks followed.',
    ],
    [
      'They put up "little resistance”.',
      'Russian troops said "we held".',
      'Officials in the U.S.).',
      'Troops left.',
    ],
    ['Envoys met in the U.K.', 'Army units left.', 'Rebels met a Kenyan official, Mr.', 'Turkey denied it.'],
    ['Shelling and strikes around Homs', 'Army units shelled it.'],
    [''],
    ['One sentence without an end'],
  ];
  it('names what reading the joined text names', () => {
    for (const r of reports) expect(actorsInSentences(r), r.join(' | ')).toEqual(findActors(r.join('\n')));
  });

  it('no rule holds a stop, "!", "?" or any character but in "U.S.", "U.K.", "U.N." and "St."', () => {
    // What lets a closed sentence be read alone: no match reaches over its stop into the next one.
    for (const re of actorPatterns()) {
      const src = re.source.replace(/U\\\.[SKN]\\\.|St\\\./g, '');
      let inClass = false;
      for (let i = 0; i < src.length; i++) {
        const c = src[i];
        if (c === '\\') {
          const e = src[++i];
          expect('.!?WSDxuc'.includes(e), `\\${e} in ${re.source}`).toBe(false);
          continue;
        }
        if (inClass) {
          if (c === ']') inClass = false;
          else expect('.!?'.includes(c), `[${c}] in ${re.source}`).toBe(false);
        } else if (c === '[') {
          inClass = true;
          expect(src[i + 1], `[^ in ${re.source}`).not.toBe('^');
        } else if (c === '.') expect.fail(`a wildcard in ${re.source}`);
        else if (c === '!')
          expect(src.slice(i - 2, i) === '(?' || src.slice(i - 3, i) === '(?<', re.source).toBe(true);
      }
    }
  });
});
