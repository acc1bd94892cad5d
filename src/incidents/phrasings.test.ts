// Wordings the sample reports do not use, written for these tests: the method must carry over to
// other reports of the war (other towns, other outlets, other phrasing).
import { describe, expect, it } from 'vitest';
import { expectRows } from './expectRows.ts';
import { extractIncidents } from './extractIncidents.ts';
import { mergeIncidents } from './merge/mergeIncidents.ts';
import { segment } from '../geoparse/text/segment.ts';
import { mentionsIn, place, point, reportOf, sentencesOf, WORLD } from './testPlaces.ts';

/** extractIncidents on a report of `text` (outlet `id`), with the filed country and capitals if given. */
function read(
  id: string,
  text: string,
  dateline = '2024-12-06',
  ...more: [filedCountry?: string, capitals?: ReadonlyMap<string, string>]
) {
  const doc = reportOf({ id, text, outlet: id, dateline });
  return extractIncidents(doc, mentionsIn(id, text, doc.sentences), WORLD, ...more);
}

const brief = (text: string, dateline?: string) =>
  read('x', text, dateline).map(
    (c) =>
      `${c.type}@${c.place.slice(2)} ${c.dateFrom ? `${c.dateFrom}..` : ''}${c.date ?? '-'} ${c.agent} ${c.stance}${c.background ? ' bg' : ''}`,
  );

// Each row with who acted and whose words tell it.
const agents = (text: string) =>
  read('x', text).map(
    (c) => `${c.type}@${c.place.slice(2)} ${c.agentActor?.name ?? '-'} ${c.stance} [${c.attribution}]`,
  );

describe('phrasings beyond the sample', () => {
  it('reads captures, take-overs and withdrawals', () => {
    expectRows(brief, {
      'Insurgents took over Fartown early on Thursday after government troops pulled out.': [
        'advance@Fartown 2024-12-05 opposition report',
        'withdrawal@Fartown 2024-12-05 government report',
      ],
      'Army units fled Fartown overnight.': ['withdrawal@Fartown 2024-12-05..2024-12-06 government report'],
      'Thousands of residents fled Fartown toward the coast.': [
        'displacement@Fartown 2024-12-06 unknown report',
      ],
      // People who reached a town arrived there, displaced: no advance.
      'Hundreds of families had reached Midcity by Thursday evening.': [
        'displacement@Midcity 2024-12-05 unknown report',
      ],
    });
  });
  it('reads air strikes and their toll with the source', () => {
    const [c] = read(
      'x',
      'Russian warplanes struck Nearby on Wednesday, killing at least nine civilians, the White Helmets said.',
    );
    expect(c).toMatchObject({
      type: 'airstrike',
      place: 'p:Nearby',
      date: '2024-12-04',
      agent: 'russia',
      agentActor: { side: 'russia', name: 'Russian warplanes', sideName: 'Russia' },
      attribution: 'aid workers',
      stance: 'confirmation',
    });
    expect(c.figures).toEqual([{ what: 'civilians-killed', value: 9, qualifier: 'at least', article: 'x' }]);
  });
  it('reads denials by the other side and merges them into a contested event', () => {
    const a = read('a', 'Rebels said on Friday they had stormed into Midcity.');
    const b = read('b', 'The defence ministry denied that insurgents had entered Midcity.');
    const c = read(
      'c',
      'Opposition fighters were battling in the Old Quarter of Midcity on Friday, witnesses said.',
    );
    const merged = mergeIncidents([...a, ...b, ...c], WORLD);
    expect(merged).toHaveLength(2);
    const [quarter, city] = merged;
    expect(city.properties).toMatchObject({
      status: 'contested',
      type: 'advance',
      date: '2024-12-06',
      place: 'p:Midcity',
    });
    expect(city.properties.sources.map((s) => `${s.article}:${s.stance}`)).toEqual(['a:claim', 'b:denial']);
    // Fighting in a named quarter is its own event.
    expect(quarter.properties).toMatchObject({ type: 'armed-clash', place: 'p:Old Quarter' });
    expect(quarter.properties.sources[0]).toMatchObject({ stance: 'confirmation', attribution: 'witnesses' });
  });
  it('keeps history apart', () => {
    expectRows(brief, {
      'In 2018 government forces recaptured Fartown.': ['advance@Fartown - government report bg'],
      'Government forces recaptured Fartown in March 2018.': ['advance@Fartown - government report bg'],
    });
  });
  it('reads closures of roads', () => {
    expectRows(brief, {
      'Rebels cut the R1 near Fartown on Tuesday.': ['closure@R1 2024-12-03 opposition report'],
    });
  });
  it('gives each event the source that speaks for it', () => {
    const cs = read(
      'x',
      'Rebels entered Fartown on Friday, and the army told officers that Midcity was calm.',
    );
    expect(cs.map((c) => `${c.type}:${c.attribution}:${c.stance}`)).toEqual(['advance:x:report']);
    const [d] = read(
      'x',
      'State television denied that Fartown had fallen and said troops were fighting nearby.',
    );
    expect(d).toMatchObject({ type: 'advance', stance: 'denial', attribution: 'state media' });
  });
  it('reads strikes by aircraft named as the subject', () => {
    expectRows(brief, {
      'Syrian jets struck Nearby on Monday.': ['airstrike@Nearby 2024-12-02 government report'],
    });
  });
  it('tells actors from the ground they hold, and counts troops sent', () => {
    expectRows(brief, {
      'The army shelled rebel positions near Fartown and sent reinforcements to Midcity.': [
        'shelling@Fartown 2024-12-06 government report',
        'reinforcement@Midcity 2024-12-06 government report',
      ],
    });
    const [c] = read('x', 'The militia sent some 1,500 fighters to Midcity.');
    expect(c.figures).toEqual([{ what: 'fighters-deployed', value: 1500, qualifier: 'some', article: 'x' }]);
  });
  it('keeps a clause opened by "as" apart', () => {
    expect(brief('Rebels declared Midcity free as the president fled the country.')[0]).toBe(
      'advance@Midcity 2024-12-06 opposition report',
    );
  });
  it('makes one event per place of a list, but not of a stretch "between A and B"', () => {
    expectRows(brief, {
      'Rebels seized checkpoints in Fartown and the nearby town of Nearby on Thursday.': [
        'advance@Fartown 2024-12-05 opposition report',
        'advance@Nearby 2024-12-05 opposition report',
      ],
    });
    expect(brief('Jets struck the R1 between Fartown and Nearby on Thursday.').length).toBe(1);
  });
  it('reads the speaker as the one acting when it says its forces (or it) did', () => {
    const [c] = read('x', 'The Northern Shield Army (NSA) said its fighters had captured Fartown on Monday.');
    expect(c).toMatchObject({
      type: 'advance',
      agent: 'nsa',
      stance: 'claim',
      attribution: 'Northern Shield Army (NSA)',
    });
    const [d] = read('x', 'Hezbollah said it fired rockets at Nearby overnight.');
    expect(d).toMatchObject({
      type: 'shelling',
      agent: 'hezbollah',
      dateFrom: '2024-12-05',
      date: '2024-12-06',
    });
  });
  it('reads agents of any war: states by country, groups by name, the first of a list, not victims', () => {
    expect(
      read('x', 'Sudanese army and allied fighters entered Fartown on Saturday.')[0].agentActor,
    ).toMatchObject({
      side: 'sudan',
      name: 'Sudanese army',
    });
    expect(read('x', 'US warplanes struck Nearby on Sunday.')[0].agent).toBe('us');
    expect(read('x', 'Three peacekeepers were killed in fighting near Nearby on Sunday.')[0].agent).toBe(
      'unknown',
    );
    const [e] = read(
      'x',
      'Fighters of the Islamic State attacked the base in Fartown, before pulling out at dusk.',
    );
    expect([
      e.agent,
      read('x', 'Fighters of the Islamic State attacked the base in Fartown, before pulling out at dusk.')[1]
        ?.agent,
    ]).toEqual(['islamic-state', 'islamic-state']);
  });
  it('dates by the sentence before ("the same day"), past a reporting verb, and despite an old year', () => {
    expectRows(brief, {
      'Rockets hit Fartown on Tuesday, a monitor said. The monitor said shells hit Nearby the same day.': [
        'shelling@Fartown 2024-12-03 unknown confirmation',
        'shelling@Nearby 2024-12-03 unknown confirmation',
      ],
    });
    // "since August 9" belongs to the relative clause before "the ministry said", not to the repulse.
    expect(
      brief(
        'Near Fartown, where the insurgents have held villages since August 9, the ministry said troops repelled attacks on Thursday.',
      ).map((b) => b.split(' ')[1]),
    ).toEqual(['2024-12-05']);
    expectRows(brief, {
      'Around Fartown, where fighting began in 2012, militias that made peace in 2019 rose up on Wednesday and seized checkpoints.':
        ['armed-clash@Fartown 2024-12-04 unknown report bg', 'advance@Fartown 2024-12-04 opposition report'],
    });
  });
  it('keeps an event a reporting verb separates from another of its type in one clause', () => {
    expect(
      brief('The rebels who captured Fartown on Tuesday said on Thursday that they had taken Nearby.').map(
        (b) => b.split(' ').slice(0, 2).join(' '),
      ),
    ).toEqual(['advance@Fartown 2024-12-03', 'advance@Nearby 2024-12-05']);
  });
  it('reads killings of named victims, operations, deployments and people on the move', () => {
    const types = (t: string) => brief(t).map((b) => b.split(' ')[0]);
    expectRows(types, {
      'Gunmen shot dead two farmers outside Fartown on Friday.': ['civilian-casualties@Fartown'],
      'Security forces killed 12 militants near Fartown on Tuesday.': ['armed-clash@Fartown'],
      // People killed when militants shelled a place: one shelling, not also a clash with the militants.
      'The agency said three pupils were killed on Monday when militants shelled a school in Fartown.': [
        'shelling@Fartown',
      ],
      'Tanks were deployed near Fartown on Sunday.': ['reinforcement@Fartown'],
      'Thousands of families have arrived in Nearby since Sunday.': ['displacement@Nearby'],
      'Residents fled Fartown on Friday, heading towards Nearby.': ['displacement@Fartown'],
      'About 3,000 people were moved from camps to Fartown on Monday.': ['displacement@Fartown'],
    });
  });
  it('reads an attack that makes people flee as the attack and their flight, not a withdrawal', () => {
    expectRows(brief, {
      'Gangs attacked Fartown on Friday, torching shops and forcing hundreds of families to flee.': [
        'armed-clash@Fartown 2024-12-06 opposition report',
        'displacement@Fartown 2024-12-06 opposition report',
      ],
      // Armed men who flee still withdraw.
      'The gunmen fled Fartown on Friday.': ['withdrawal@Fartown 2024-12-06 opposition report'],
    });
  });
  it('reads "since the clashes began" as a time, not a clash where people fled to', () => {
    expectRows(brief, {
      'Thousands of people have crossed into Fartown since the clashes began, aid agencies said.': [
        'displacement@Fartown 2024-12-06 unknown confirmation',
      ],
      'Many families have fled Fartown since the start of the rebel offensive.': [
        'displacement@Fartown 2024-12-06 unknown report',
      ],
      'Clashes have continued in Midcity since fighting erupted.': [
        'armed-clash@Midcity 2024-12-06 unknown report',
      ],
    });
  });
  it('places a closure at the closed place, not where flights were diverted to', () => {
    expectRows(brief, {
      'Shots rang out near Midcity Airport, where flights were suspended and diverted to Fartown.': [
        'armed-clash@Midcity Airport 2024-12-06 unknown report',
        'closure@Midcity Airport 2024-12-06 unknown report',
      ],
    });
  });
  it('hears the speaker of a clause opened by "where", not "where the …"', () => {
    const [, c] = read(
      'x',
      'Fighting flared near Nearby, where the rebels said troops had shelled their positions.',
    );
    expect(c).toMatchObject({ type: 'shelling', attribution: 'rebels' });
  });
  it('takes no target of an attack as its agent: "were ambushed", "came under fire"', () => {
    expectRows(brief, {
      'Soldiers guarding a convoy near Fartown were ambushed on Thursday.': [
        'armed-clash@Fartown 2024-12-05 unknown report',
      ],
      'A patrol of soldiers came under fire near Nearby on Friday.': [
        'armed-clash@Nearby 2024-12-06 unknown report',
      ],
      'Police posts near Nearby were attacked by gunmen on Friday.': [
        'armed-clash@Nearby 2024-12-06 opposition report',
      ],
    });
  });
  it('does not read a description of named towns as a count of ground', () => {
    expect(
      brief('Rebels said they had taken Fartown and Nearby, two towns on the highway.').map(
        (b) => b.split(' ')[0],
      ),
    ).toEqual(['advance@Fartown', 'advance@Nearby']);
  });
  it('reads "they" as who acted in the sentence before, and a pronoun after a lead phrase as the speaker', () => {
    const [, second] = read(
      'x',
      'Tribal fighters seized Fartown on Tuesday. By Wednesday they had taken Nearby.',
    );
    expect(second).toMatchObject({ place: 'p:Nearby', agent: 'tribal' });
    const [c] = read(
      'x',
      'The Valley Front said it had shelled Fartown. In a statement it said its fighters had entered Nearby.',
    ).filter((x) => x.place === 'p:Nearby');
    expect(c).toMatchObject({
      attribution: 'Valley Front',
      agent: 'valley-front',
      stance: 'claim',
    });
  });
  it('places a withdrawal named only by where it went at the event just told, on its day', () => {
    const cands = read(
      'x',
      'Gunmen stormed the army base in Fartown on Tuesday. The troops withdrew toward Nearby after hours of fighting.',
    );
    expect(cands.find((c) => c.type === 'withdrawal')).toMatchObject({
      place: 'p:Fartown',
      date: '2024-12-03',
      agent: 'government',
    });
  });
  it('gives an event told without anyone acting the agent of the same kind of event just told', () => {
    const cands = read(
      'x',
      'Jordan has sent 2,000 troops to reinforce Fartown, the ministry said. Tanks were deployed near Nearby on Thursday.',
    );
    expect(cands.find((c) => c.place === 'p:Nearby')).toMatchObject({
      type: 'reinforcement',
      agent: 'jordan',
    });
  });
  it('places a handful of villages at the town named with them, many at the area', () => {
    expect(
      brief('The Valley Front said it had captured three villages near Fartown, in North Province.')[0],
    ).toMatch(/^advance@Fartown /);
    expect(
      brief('The Valley Front said it had captured 40 villages near Fartown, in North Province.')[0],
    ).toMatch(/^advance@North Province /);
  });
  it('reads each place of "struck targets in A and in the capital B"', () => {
    expect(
      brief(
        'Landian jets struck depots in the port city of Fartown and in the capital Midcity overnight.',
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['airstrike@Fartown', 'airstrike@Midcity']);
  });
  it("reads a speaker's side from the group its words name, not from its generic head", () => {
    const [c] = read(
      'x',
      'Factions of the Syrian National Army said on Thursday that they had captured Fartown after clashes with the SDF.',
    ).filter((x) => x.type === 'advance');
    expect(c).toMatchObject({ place: 'p:Fartown', agent: 'sna', speakerSide: 'sna' });
  });
  it('keeps an event dated weeks before the report as history', () => {
    expect(
      brief('Midcity, which rebels seized in 2019, was retaken by government troops on 2 October 2023.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^advance@Midcity .* bg$/)]));
    expect(
      brief('Midcity was retaken by government troops on 2 October 2023.').every((b) => b.endsWith(' bg')),
    ).toBe(true);
  });
  it('reads "occupied" before a place as a description, not a capture', () => {
    expectRows(brief, {
      'Drones struck a depot near Fartown, in occupied North Province, on Sunday.': [
        'airstrike@Fartown 2024-12-01 unknown report',
      ],
    });
  });
  it('does not take the body a speaker speaks for as the agent of what it denies', () => {
    const [c] = read('x', 'An army spokesman denied on Friday that Fartown had fallen.');
    expect(c).toMatchObject({ type: 'advance', stance: 'denial', agent: 'unknown' });
  });
  it('reads people forced out of a place as displaced, whoever forced them', () => {
    expectRows(brief, {
      'Rebels have forced thousands of families out of Fartown since Monday.': [
        'displacement@Fartown 2024-12-02..2024-12-06 opposition report',
      ],
    });
    expect(brief('Shelling forced residents out of Fartown on Monday.')).toContain(
      'displacement@Fartown 2024-12-02 unknown report',
    );
  });
  it('dates an event told "N days after" as that many days before the day the sentence gives', () => {
    expectRows(brief, {
      'On Wednesday, two days after militants overran Fartown, the army shelled Nearby.': [
        'advance@Fartown 2024-12-02 opposition report',
        'shelling@Nearby 2024-12-04 government report',
      ],
      'The army shelled Nearby on Wednesday, the day after rebels entered Fartown.': [
        'shelling@Nearby 2024-12-04 government report',
        'advance@Fartown 2024-12-03 opposition report',
      ],
    });
    // Its own day wins, even after a comma: "a day after a drone struck X, killing …, on Monday".
    expect(
      brief('A day after a drone struck Fartown, killing nine people on Monday, the army shelled Nearby.')[0],
    ).toBe('airstrike@Fartown 2024-12-02 unknown report');
    // Its own day wins: "a week after … on Monday".
    expectRows(brief, {
      'The army shelled Nearby on Wednesday, a week after militants overran Fartown on Monday.': [
        'shelling@Nearby 2024-12-04 government report',
        'advance@Fartown 2024-12-02 opposition report',
      ],
    });
  });
  it('places troops sent or arriving from one town at the town they reach, not where they came from', () => {
    expectRows(brief, {
      'The army sent troops from Fartown to Midcity on Thursday.': [
        'reinforcement@Midcity 2024-12-05 government report',
      ],
    });
    expect(brief('Reinforcements arrived in Midcity by road from Fartown on Thursday.')[0]).toMatch(
      /^reinforcement@Midcity 2024-12-05 /u,
    );
    expectRows(brief, {
      'Rebels fired rockets from Fartown at Midcity on Thursday.': [
        'shelling@Midcity 2024-12-05 opposition report',
      ],
    });
    // Where it happened, told by its distance from a town; people leave from where they fled.
    expect(brief('Clashes broke out 10 km from Midcity on Thursday.')[0]).toMatch(/^armed-clash@Midcity /u);
    expect(brief('Thousands of residents fled from Fartown to Midcity on Thursday.')[0]).toMatch(
      /^displacement@Fartown /u,
    );
  });
  it('gives "the group" that denies an event the armed group accused of it, not the source that accused it', () => {
    const rows = read(
      'x',
      "The Northern Front shelled Midcity on Thursday, a local doctors' network said. The group denied shelling civilian areas.",
    ).map((c) => [c.stance, c.attribution, c.agent]);
    expect(rows).toEqual([
      ['confirmation', "local doctors' network", 'northern-front'],
      ['denial', 'Northern Front', 'northern-front'],
    ]);
    // A source the report called a group is still who "the group" is when it speaks.
    const said = read(
      'x',
      'The Northern Front shelled Midcity on Thursday, a rights group said. The group said nine people died.',
    ).map((c) => c.attribution);
    expect(said).not.toContain('Northern Front');
  });
  it('places the events of a report that names its town only in the dateline there', () => {
    const text = 'FARTOWN — Fighters entered the city on Friday, residents said.';
    const world = WORLD.map((p) =>
      p.properties.id === 'p:Fartown'
        ? {
            ...p,
            properties: {
              ...p.properties,
              mentions: [{ article: 'x', start: 0, end: 7, text: 'FARTOWN', role: 'dateline' as const }],
            },
          }
        : p,
    );
    const doc = reportOf(
      { id: 'x', text, outlet: 'x', dateline: '2024-12-06' },
      { datelinePlaces: [{ start: 0, end: 7 }] },
    );
    const [c] = extractIncidents(doc, [], world);
    expect(c).toMatchObject({ type: 'advance', place: 'p:Fartown', date: '2024-12-06' });
  });
  it('gives each front of a list its clash, with the attacker and day the sentence before told', () => {
    const cands = read(
      'x',
      'Militia fighters attacked Midcity on Thursday. The assaults came from two directions, on the fronts of Fartown and Nearby, and were repelled after hours of clashes, an army spokesman said.',
    );
    const merged = mergeIncidents(cands, WORLD).map((f) => f.properties);
    expect(merged.map((p) => `${p.type}@${p.place.slice(2)} ${p.date} ${p.agent?.side}`).sort()).toEqual([
      'armed-clash@Fartown 2024-12-05 militia',
      'armed-clash@Midcity 2024-12-05 militia',
      'armed-clash@Nearby 2024-12-05 militia',
    ]);
    const fartown = merged.find((p) => p.place === 'p:Fartown')!;
    expect(fartown.sources.map((x) => x.stance)).toContain('counterclaim');
  });
  it('keeps fighting in towns named like their provinces one front', () => {
    const world = [
      ...WORLD,
      ...['Eastshire', 'Westshire'].map((name, i) => {
        const province = { gazetteerId: `sm:adm1:LL-${i}`, name: `${name} Province`, score: 0.05 };
        return place(`p:${name}`, 'settlement', point(38 + i, 36), { alternatives: [province] });
      }),
    ];
    const text = 'Heavy clashes went on in Eastshire and Westshire on Friday, the army said.';
    expect(readNamed(text, ['Eastshire', 'Westshire'], world).map((c) => c.place)).toHaveLength(1);
  });
  it('keeps each front of a list its clash when the towns only share their names with districts', () => {
    // Every town has a same-named district in a full gazetteer: that is no province's name, and a
    // district itself is a front of the list too.
    const world = [
      ...WORLD,
      ...['Northdale', 'Southdale'].map((name, i) => {
        const district = { gazetteerId: `sm:adm2:LL.${i}`, name: `${name}`, score: 0.05 };
        return place(`p:${name}`, 'settlement', point(38 + i, 36), { alternatives: [district] });
      }),
      place('p:Hill District', 'admin2', point(38.5, 36.2)),
    ];
    const text =
      'The attacks on the fronts of Northdale, Hill District and Southdale were repelled, a spokesman said.';
    const got = readNamed(text, ['Northdale', 'Hill District', 'Southdale'], world).map((c) => c.place);
    expect(new Set(got)).toEqual(new Set(['p:Northdale', 'p:Hill District', 'p:Southdale']));
  });
  it("reads a relative clause in the speaker's own words as the outlet's, and a population that fell as no capture", () => {
    const got = read(
      'x',
      'The rebels, who captured Fartown on Thursday, said on Saturday that they had taken Nearby.',
    );
    expect(got.find((c) => c.place === 'p:Fartown')).toMatchObject({ stance: 'report', date: '2024-12-05' });
    expect(got.find((c) => c.place === 'p:Nearby')).toMatchObject({
      stance: 'claim',
      speakerSide: 'opposition',
    });
    expectRows(brief, {
      'The population of Fartown has fallen from 26,000 to 11,000 since the summer, officials said.': [],
    });
  });
  it('reads "units of the X brigade" who drove the enemy out as the agent, not the enemy', () => {
    expectRows(brief, {
      'The ministry said units of the 3rd brigade had pushed rebels out of Fartown on Monday.': [
        'advance@Fartown 2024-12-02 government claim',
      ],
    });
  });
  it('does not place an event where its speaker spoke', () => {
    expectRows(brief, {
      'Rebels shelled army positions overnight, a commander told reporters in Midcity.': [],
      'Rebels shelled army positions near Fartown, a commander told Reuters in Midcity.': [
        'shelling@Fartown 2024-12-06 opposition claim',
      ],
    });
  });
  it("answers the other side's attack told sentences before, not the strike told in between", () => {
    expectRows(brief, {
      'Rebels stormed an army base in Fartown on Friday, security sources said. Jets struck Nearby on Saturday, killing three civilians, residents said. The army said it had repelled the assault on the base.':
        [
          'advance@Fartown 2024-12-06 opposition claim',
          'airstrike@Nearby 2024-11-30 unknown confirmation',
          'advance@Fartown 2024-12-06 opposition counterclaim',
        ],
    });
  });
  it("puts the defender's words where the attack was, not where the attackers fled to", () => {
    expect(
      brief(
        'Rebels stormed an army base in Fartown on Friday. The army said it had repelled the assault and that its jets struck the attackers as they fled toward Nearby.',
      ),
    ).toContain('advance@Fartown 2024-12-06 opposition counterclaim');
  });
  it('denies the account told before and tells its own version after "saying"', () => {
    expectRows(brief, {
      'The ministry said enemy forces had shelled Fartown and Nearby overnight. The enemy denied the account, saying its units had only returned fire after government troops shot at its posts near Midcity.':
        [
          'shelling@Fartown 2024-12-05..2024-12-06 unknown claim',
          'shelling@Nearby 2024-12-05..2024-12-06 unknown claim',
          // (Its version: the other side fired first.)
          'armed-clash@Midcity 2024-12-06 government claim',
          'shelling@Fartown 2024-12-05..2024-12-06 unknown denial',
          'shelling@Nearby 2024-12-05..2024-12-06 unknown denial',
        ],
    });
  });
  it('reads no state in the words of a place name', () => {
    const world = [...WORLD, place('p:Kenyan Wells', 'settlement', point(37.3, 36.1))];
    const text = 'Troops shelled Kenyan Wells on Monday. Troops also shelled Fartown on Tuesday.';
    const sides = readNamed(text, ['Kenyan Wells', 'Fartown'], world).map((c) => c.agent);
    expect(sides).toHaveLength(2);
    expect(sides).not.toContain('kenya');
  });
  it('counts the losing side telling the capture as conceding it, and an accusation as no concession', () => {
    const status = (text: string) => mergeIncidents(read('x', text), WORLD).map((f) => f.properties.status);
    expect(status('Army sources said on Friday that rebels had entered Fartown.')).toEqual(['confirmed']);
    expect(status('The army said on Friday that rebels had shelled Fartown.')).toEqual(['reported']);
  });
  it('reads who speaks after the words: a first-person claim, an interview with an outlet', () => {
    const [claim] = read('x', '"Our forces have taken full control of Fartown," a rebel commander said.');
    expect(claim).toMatchObject({ type: 'advance', agent: 'opposition', attribution: 'rebel commander' });
    expect(claim.agentActor?.name).toBe('rebel commander');
    expectRows(brief, {
      'Rebels shelled Fartown on Monday, a police officer told the Valley Online news site.': [
        'shelling@Fartown 2024-12-02 opposition claim',
      ],
      'Rebels shelled Fartown on Sunday, a minister told Valley Radio, adding that the town was calm.': [
        'shelling@Fartown 2024-12-01 opposition claim',
      ],
    });
  });
  it('reads outsiders named with a party as the party speaking', () => {
    const [c] = read(
      'x',
      'Army jets bombed a market in Fartown on Thursday, according to local aid workers and the rebels, who hold the town.',
    );
    expect(c).toMatchObject({ type: 'airstrike', stance: 'claim', speakerSide: 'opposition' });
  });
  it('reads "the hamlet" as the settlement named before, and a migration agency as a third party', () => {
    expectRows(brief, {
      'Troops entered Fartown on Monday. A soldier was killed by a drone near the hamlet on Sunday, officials said.':
        ['advance@Fartown 2024-12-02 government report', 'airstrike@Fartown 2024-12-01 unknown claim'],
      'About 3,000 families have fled Fartown, the International Organization for Migration said.': [
        'displacement@Fartown 2024-12-06 unknown confirmation',
      ],
    });
  });
  it('reads a place told lost as taken by the other side, and "did not confirm" as a denial', () => {
    // The loser's words: no agent of its own (the subject lost it), the speaker denies it.
    expectRows(brief, {
      'Rebels said they had captured Fartown. The army denied the town had been lost.': [
        'advance@Fartown 2024-12-06 opposition claim',
        'advance@Fartown 2024-12-06 unknown denial',
      ],
      'The defence ministry did not confirm the loss of the base near Fartown.': [
        'advance@Fartown 2024-12-06 unknown denial',
      ],
      'The militia denied losing the village of Nearby on Sunday.': [
        'advance@Nearby 2024-12-01 unknown denial',
      ],
      // Lost men, lives or contact are no place taken.
      'The army lost ten men near Fartown and contact was lost with a patrol.': [],
    });
  });
  it('reads "the village" as the settlement the report called a village, not the town named after it', () => {
    const got = brief(
      'Rebels said they had captured Nearby, a village east of Midcity, and were advancing on the town. ' +
        'The army denied that the village had fallen.',
    );
    expect(got).toContain('advance@Nearby 2024-12-06 unknown denial');
    expect(got.filter((x) => x.includes('denial'))).toHaveLength(1);
    // A capital standing for its state ("Midcity's troops") is no place "the town" points back to.
    expect(
      brief(
        "Troops entered Fartown, a small town in the hills, on Monday. Midcity's troops hold the ridge. Drones struck the town on Tuesday.",
      ),
    ).toContain('airstrike@Fartown 2024-12-03 unknown report');
  });
  it('gives "the government" of a report that names no state the state it was filed from', () => {
    const text = 'The government said its forces had taken control of Fartown on Tuesday.';
    const [c] = read('x', text, '2024-12-06', 'LY');
    expect(c).toMatchObject({ type: 'advance', agent: 'libya', speakerSide: 'libya', stance: 'claim' });
  });
  it("gives a state's regional command its state, not the government it worked with", () => {
    const [c] = read(
      'x',
      'US Central Command said it had carried out an air strike on militants near Fartown on Monday, in coordination with the government of Iraq.',
    );
    expect(c).toMatchObject({ type: 'airstrike', agent: 'us', speakerSide: 'us', stance: 'claim' });
  });
  it("reads fighting still going on where the other side claims a capture as the holder's version of it", () => {
    const text =
      'Rebels said on Monday they had captured Fartown. The army did not confirm the loss of the town. ' +
      'A spokesman, John Smith, said fighting was still going on around Fartown and that soldiers held their positions.';
    const got = read('x', text, '2024-12-02');
    const row = got.find((c) => c.attribution === 'John Smith');
    expect(row).toMatchObject({
      type: 'advance',
      place: 'p:Fartown',
      agent: 'opposition',
      stance: 'counterclaim',
    });
    expect(row?.speakerSide).toBe('government');
    expect(got.filter((c) => c.type === 'armed-clash')).toEqual([]);
    // "Their spokesman" speaks for the party of the sentence before, whoever the report's state is.
    const rebels = read(
      'x',
      'The army said on Monday it had recaptured Fartown. The rebels rejected the account. ' +
        'Their spokesman, Omar Haddad, said fighting was still going on in Fartown.',
      '2024-12-02',
    ).find((c) => c.attribution === 'Omar Haddad');
    expect(rebels).toMatchObject({
      type: 'advance',
      agent: 'government',
      speakerSide: 'opposition',
      stance: 'counterclaim',
    });
    // Fighting told by the side that took the place, or with nothing said to be still fought, stays a clash.
    expect(
      brief(
        'Rebels said on Monday they had captured Fartown. The army said fighting killed ten soldiers in Fartown.',
        '2024-12-02',
      ),
    ).toContain('armed-clash@Fartown 2024-12-02 unknown claim');
  });
  it('reads "repelled the attack" as the attack just told, not an event where its speaker sits', () => {
    const got = brief(
      'Rebels stormed Fartown on Monday, residents said. A police spokesman in Midcity said his men had repelled the attack.',
      '2024-12-03',
    );
    expect(got).toContain('advance@Fartown 2024-12-02 opposition counterclaim');
    expect(got.filter((x) => x.includes('@Midcity'))).toEqual([]);
  });
  it('places people who left unnamed villages for a town at that town, and a flight toward it at the event', () => {
    expect(
      brief(
        'Drones struck Midcity on Monday. Hundreds of families have left villages in the hills for Fartown since the strike, the UN refugee agency said.',
      ),
    ).toContain('displacement@Fartown 2024-12-06 unknown confirmation');
    expect(brief('Drones struck Midcity on Monday. Hundreds of families fled toward Fartown.')).toContain(
      'displacement@Midcity 2024-12-02 unknown report',
    );
  });
  it('reads "the group said" as the armed group its sentence names first, else the group told acting last', () => {
    const [strike] = read(
      'x',
      'Troops entered Midcity on Monday, the defence ministry said. A Turkish drone struck a car near Fartown on Tuesday, ' +
        'killing two members of the Kurdish Defence Units (KDU), a force Ankara links to the PKK, the group said.',
    ).filter((c) => c.type === 'airstrike');
    expect(strike).toMatchObject({
      attribution: 'Kurdish Defence Units',
      speakerSide: 'kdu',
      agent: 'turkey',
    });
    const told = read(
      'x',
      'Hamas fighters attacked a post near Fartown on Sunday. The group said its fighters had destroyed a tank.',
    );
    expect(told.find((c) => c.stance === 'claim')).toMatchObject({
      attribution: 'Hamas',
      speakerSide: 'hamas',
    });
  });
  it('reads a quoted first-person denial whose speaker is only "he" as that speaker\'s denial', () => {
    const rows = brief(
      'The army said on Tuesday that its troops had recaptured Midcity. A rebel commander denied that the city had changed hands. "Our men remain in full control of Midcity and the roads around it," he told reporters by phone.',
    );
    expect(rows).toEqual([
      'advance@Midcity 2024-12-03 government claim',
      'advance@Midcity 2024-12-03 government denial',
      'advance@Midcity 2024-12-03 government denial',
    ]);
  });
  it("reads forces that remain deployed as a denial of the other side's capture, not of the denial just told", () => {
    const cs = read(
      'x',
      'Rebels reached the west edge of Midcity on Saturday, residents said. The government said its army had not abandoned the city. "Our forces and their allies remain deployed in Midcity," a government spokesman said on television.',
    );
    expect(cs.map((c) => `${c.type}@${c.place.slice(2)} ${c.stance} ${c.attribution}`)).toEqual([
      'advance@west edge confirmation residents',
      'withdrawal@Midcity denial government',
      'advance@west edge denial government spokesman',
    ]);
  });
  it('reads soldiers seen leaving their positions as a withdrawal, residents leaving a town as displaced', () => {
    expectRows(brief, {
      'A local leader said soldiers had been seen leaving their positions in Nearby overnight.': [
        'withdrawal@Nearby 2024-12-05..2024-12-06 government claim',
      ],
      'Residents were leaving the town of Fartown on Friday.': [
        'displacement@Fartown 2024-12-06 unknown report',
      ],
      'Residents said troops left the town of Fartown on Friday.': [
        'withdrawal@Fartown 2024-12-06 government confirmation',
      ],
    });
  });
  it('takes the subject as the agent, not the allies named with it, and an ally fighting beside it as no clash', () => {
    expectRows(brief, {
      'Burundian troops fighting alongside Congolese forces pulled out of Nearby on Friday, two sources said.':
        ['withdrawal@Nearby 2024-12-06 burundi claim'],
      'Kenyan soldiers backed by Somali militias stormed Nearby on Friday.': [
        'advance@Nearby 2024-12-06 kenya report',
      ],
    });
  });
  it('reads "fighters from the factions" as the backed factions the report named, not its main group', () => {
    const cs = read(
      'x',
      'Turkish-backed factions said they had taken Midcity after fighting with the SDF. The SDF said its units still held Fartown. In Nearby, residents said fighters from the factions had entered the town overnight.',
    );
    expect(cs.find((c) => c.place === 'p:Nearby')).toMatchObject({
      type: 'advance',
      agent: 'turkey',
      agentActor: { name: 'fighters from the factions', side: 'turkey' },
    });
  });
  it('reads a commander\'s "his fighters" as his side acting, and a time phrase before the speaker as no part of it', () => {
    const [c] = read(
      'x',
      'A commander of the Military Operations Command told a reporter that his fighters had taken Nearby since Tuesday.',
    );
    expect(c).toMatchObject({
      type: 'advance',
      agent: 'opposition',
      agentActor: { name: 'commander of the Military Operations Command' },
    });
    const [d] = read('x', 'Earlier in the day the rebels said they had seized Fartown after heavy clashes.');
    expect(d).toMatchObject({ type: 'advance', attribution: 'rebels', speakerSide: 'opposition' });
  });
  it('tells a new event of another kind with no place of its own where the last one happened', () => {
    expectRows(brief, {
      'The command said jets carried out four strikes on caves near Fartown on Monday. Ground forces then seized a hideout full of explosives, the command said.':
        ['airstrike@Fartown 2024-12-02 unknown claim', 'advance@Fartown 2024-12-02 government claim'],
      // (A consequence or a comment tells nothing new; nor does a time, "since then".)
      'Rebels shelled Fartown on Monday. Thousands of families fled the bombardment, aid workers said.': [
        'shelling@Fartown 2024-12-02 opposition report',
      ],
      'Rebels captured Fartown on Monday. Since then it has been shelled almost daily.': [
        'advance@Fartown 2024-12-02 opposition report',
      ],
    });
  });
  it('reads leaving a deal as no withdrawal, and a place whose name goes on after a hyphen as a place', () => {
    expectRows(brief, {
      'Shelling of Fartown resumed after Moscow pulled out of a UN-brokered deal on Friday.': [
        'shelling@Fartown 2024-12-06 unknown report',
      ],
    });
    const cs = read(
      'x',
      'Gunmen opened fire on a bus near Nearby-des-Champs on Sunday, killing four passengers, the Office of Citizen Protection said.',
    );
    expect(cs).toMatchObject([
      {
        type: 'armed-clash',
        place: 'p:Nearby',
        date: '2024-12-01',
        attribution: 'Office of Citizen Protection',
      },
    ]);
  });
  it('reads a capital acting or speaking as its state', () => {
    const text =
      'Rebels took the crossing at Fartown, which Midcity closed on Friday. Midcity said its border was safe. Residents of Midcity said nothing.';
    const cs = read('x', text, '2024-12-06', '', new Map([['p:Midcity', 'JO']]));
    expect(cs.find((c) => c.type === 'closure')).toMatchObject({
      place: 'p:Fartown',
      agent: 'jordan',
      agentActor: { name: 'Midcity', side: 'jordan' },
    });
    // (Without the capitals, the town is neither the one acting nor where it happened.)
    const plain = read('x', text);
    expect(plain.find((c) => c.type === 'closure')).toMatchObject({ place: 'p:Fartown', agent: 'unknown' });
  });
  it('reads a withdrawal a side announces in the future tense, not one on a condition', () => {
    expectRows(brief, {
      'The SDF will move its fighters out of Midcity under a truce, its commander said in a statement on Tuesday.':
        ['withdrawal@Midcity 2024-12-03 sdf claim'],
      'The army will withdraw from Fartown if the rebels lay down their arms, a minister said.': [],
    });
  });
  it('gives fire returned "after X shot at …" to X, not to the side that returned it', () => {
    expectRows(brief, {
      'Azerbaijan said on Friday its units had only returned fire after Armenian troops shot at posts in Fartown.':
        ['armed-clash@Fartown 2024-12-06 armenia claim'],
    });
  });
  it('reads "the heaviest strikes hit X" as the strikes just told, and a military saying "it had struck" as a strike', () => {
    expectRows((t) => brief(t, '2024-10-30'), {
      'Israeli warplanes struck villages around Midcity on Tuesday, the ministry said. The heaviest strikes hit Fartown, the news agency said. The military said it had struck weapons depots near Nearby.':
        [
          'airstrike@Midcity 2024-10-29 israel claim',
          'airstrike@Fartown 2024-10-29 israel confirmation',
          'airstrike@Nearby 2024-10-30 israel claim',
        ],
    });
    // (Strikes that follow another event name that event, not themselves.)
    expectRows((t) => brief(t, '2024-12-03'), {
      'Iraqi jets struck caves near Fartown on Monday. The strikes followed an attack on a post near Nearby on Sunday.':
        ['airstrike@Fartown 2024-12-02 iraq report', 'armed-clash@Nearby 2024-12-01 unknown report'],
    });
  });
  it('reads "it said" as the body the sentence before opened with, not the source quoted before it', () => {
    const rows = read(
      'x',
      'Insurgents stormed a police post near Fartown on Tuesday, two local officials told reporters. ' +
        'The army offered another version of events. In a televised statement, it said its soldiers had repelled the assault.',
    );
    expect(rows.map((c) => `${c.stance} ${c.attribution} ${c.speakerSide}`)).toEqual([
      'claim local officials null',
      'counterclaim army government',
    ]);
    // Many rebels are "they", not "it"; with no body opening the sentence before, "it" is the last source.
    const they = read(
      'x',
      'Troops shelled Fartown on Monday, a monitor said. Rebels gave another figure. They said 12 people died in the shelling.',
    );
    expect(they.map((c) => c.attribution)).toContain('Rebels');
    // A sentence with a speaker of its own opens with no body "it" can be: "it" is its speaker.
    const it = read(
      'x',
      'The army shelled Fartown on Monday, a monitor said. It said the army had also shelled Nearby on Tuesday.',
    );
    expect(it.map((c) => c.attribution)).toEqual(['monitor', 'monitor']);
  });
  it('reads forcing the attackers to pull back as the defence of the place, and crossing a river as an advance', () => {
    expectRows(brief, {
      'Rebels said they had taken Fartown on Thursday. "Our men met the enemy at the gates of Fartown and forced them to fall back," the army said.':
        ['advance@Fartown 2024-12-05 opposition claim', 'advance@Fartown 2024-12-05 opposition counterclaim'],
      // Made to leave a place they held, they lost it: a withdrawal.
      'Rebels forced government troops to withdraw from Fartown on Thursday.': [
        'withdrawal@Fartown 2024-12-05 government report',
      ],
    });
    const [crossing] = read(
      'x',
      'Villagers said on Friday that government troops had crossed the Blue river near Fartown on Wednesday.',
    );
    expect(crossing).toMatchObject({
      type: 'advance',
      place: 'p:Fartown',
      date: '2024-12-04',
      progress: 'reached',
    });
    // People crossing a river are not an army advancing.
    expect(read('x', 'Hundreds of families crossed the river near Fartown on Wednesday.')).toEqual([]);
  });
  it("reads the harm an attack left, told by another voice, as that voice's account of the attack", () => {
    const rows = (text: string) =>
      read('x', text).map((c) => `${c.type}@${c.place.slice(2)} ${c.stance} ${c.attribution}`);
    expect(
      rows(
        'The group said it had fired a barrage of rockets at Fartown on Saturday. ' +
          'The local ambulance service said a woman was slightly hurt by shrapnel in the town.',
      ),
    ).toEqual(['shelling@Fartown claim the group', 'shelling@Fartown confirmation local ambulance service']);
    // Named, the place finds the attack told there before another event came between.
    expect(
      rows(
        'Warplanes struck Fartown on Saturday, the civil defence said. The rebels said they had shelled Nearby. ' +
          'In Fartown, rescuers were still pulling people from the rubble on Sunday, the mayor said.',
      ),
    ).toEqual([
      'airstrike@Fartown confirmation civil defence',
      'shelling@Nearby claim rebels',
      'airstrike@Fartown confirmation mayor',
    ]);
    // Harm elsewhere, or after no attack, answers nothing.
    expect(
      rows(
        'Government troops withdrew from Fartown on Friday, residents said. A shopkeeper said two people were injured in Nearby.',
      ),
    ).toEqual(['withdrawal@Fartown confirmation residents']);
    expect(
      rows(
        'Government troops withdrew from Fartown on Friday, residents said. A shopkeeper said the town was damaged.',
      ),
    ).toEqual(['withdrawal@Fartown confirmation residents']);
  });
  it('reads troops pursuing armed men as a clash where the pursuit began, not where the men were chased to', () => {
    expect(
      brief(
        'The army said its soldiers had chased the gunmen and killed three of them near Fartown on Friday.',
      ),
    ).toEqual(['armed-clash@Fartown 2024-12-06 government claim']);
    const chase = read(
      'x',
      'Gunmen raided Fartown overnight, residents said. Police said officers were pursuing the raiders toward Nearby.',
    );
    expect(chase.map((c) => `${c.type}@${c.place.slice(2)} ${c.attribution}`)).toEqual([
      'armed-clash@Fartown residents',
      'armed-clash@Fartown Police',
    ]);
    // Chasing a goal is no fight.
    expect(brief('The government is pursuing talks with Fartown elders.')).toEqual([]);
  });
  it("reads a side's own capture with the toll it inflicted as its claim, and its target named elsewhere as a claim", () => {
    expect(
      brief(
        'The army said its troops had recaptured Fartown on Monday and inflicted heavy losses on the rebels.',
      ),
    ).toEqual(['advance@Fartown 2024-12-02 government claim']);
    expect(
      brief(
        'The army said its troops had recaptured Fartown, a village that the rebels seized on Monday, ' +
          'and had killed dozens of the attackers, inflicting heavy losses.',
      ),
    ).toEqual(['advance@Fartown 2024-12-02 government claim', 'advance@Fartown 2024-12-02 opposition claim']);
    // The defender's own words still tell its version of the other side's attack.
    expect(
      brief(
        'The army said its troops had repelled an attack on Fartown on Monday and inflicted heavy losses on the rebels.',
      ),
    ).toEqual(['armed-clash@Fartown 2024-12-02 opposition counterclaim']);
    const rows = read(
      'x',
      'Warplanes struck a block of flats in Fartown on Saturday, killing nine civilians, the health ministry said. ' +
        'The Landian military said its jets had hit militant command centres in Fartown and in Nearby overnight.',
    ).map((c) => `${c.place.slice(2)} ${c.stance} ${c.attribution}`);
    // Its version of the strike told as killing civilians in Fartown; its own claim of Nearby.
    expect(rows).toEqual([
      'Fartown claim health ministry',
      'Fartown counterclaim Landian military',
      'Nearby claim Landian military',
    ]);
  });
  it('places a withdrawal "from the area" where the event just told was, not at a place of its next clause', () => {
    expect(
      brief(
        'An army spokesman said soldiers had driven the rebels out of several villages near Fartown on Friday. ' +
          'The rebels said in a statement that they had withdrawn from the area "to regroup" and accused the army ' +
          'of killing civilians in air strikes near Nearby.',
      ),
    ).toEqual([
      'advance@Fartown 2024-12-06 government claim',
      'withdrawal@Fartown 2024-12-06 opposition claim',
      'airstrike@Nearby 2024-12-06 government claim',
      // (Withdrawing "to regroup" from the ground just taken: the rebels' version of its capture.)
      'advance@Fartown 2024-12-06 government counterclaim',
    ]);
  });
});

/** extractIncidents on `text` whose `names` are mentions of the places `p:<name>` of `world`. */
function readNamed(text: string, names: string[], world: Parameters<typeof extractIncidents>[2]) {
  const sentences = sentencesOf(text);
  const mentions = names.map((name) => {
    const start = text.indexOf(name);
    const sentence = sentences.findIndex((x) => x.start <= start && start < x.end);
    return {
      article: 'x',
      start,
      end: start + name.length,
      text: name,
      sentence,
      placeId: `p:${name}`,
      confidence: 1,
      alternatives: [],
    };
  });
  return extractIncidents(reportOf({ id: 'x', text, outlet: 'x', dateline: '2024-12-06' }), mentions, world);
}

describe('who did it, who says so, and when it was', () => {
  const rows = (text: string) =>
    read('x', text).map(
      (c) =>
        `${c.type}@${c.place.slice(2)} ${c.dateFrom ? `${c.dateFrom}..` : ''}${c.date ?? '-'} ${c.agent} ${c.stance} by ${c.agentActor?.name ?? '-'} (${c.actors.map((a) => a.name).join(', ')})`,
    );
  // (Actors: those the words name first, then the speaker's own phrase.)
  it('takes the agent from the clause, never from the one who says so', () => {
    expectRows(rows, {
      // Witnesses tell what aircraft did.
      'Residents said junta aircraft bombed Fartown on Saturday.': [
        'airstrike@Fartown 2024-11-30 government confirmation by junta aircraft (junta aircraft, civilians)',
      ],
      // A passive naming no one, after the rockets just told: the same hands; the ministry is no party.
      'Russian troops fired rockets at Nearby on Friday. The health ministry said a clinic in Nearby was hit by a rocket on Friday.':
        [
          'shelling@Nearby 2024-12-06 russia report by Russian troops (Russian troops)',
          'shelling@Nearby 2024-12-06 russia claim by Russian troops ()',
        ],
      // A ministry telling its own forces' deed: its side did it (named by the one that speaks for it).
      "Russia's Defence Ministry said its forces had captured Fartown.": [
        "advance@Fartown 2024-12-06 russia claim by Russia's Defence Ministry (Russia's Defence Ministry)",
      ],
    });
  });
  it("gives the other side's version in a later sentence its own row of the same event", () => {
    expectRows(rows, {
      'Rebels captured a checkpoint in Fartown on Saturday, a rebel spokesman said. The army said on Sunday that its troops had "driven back" an attack on Fartown.':
        [
          'advance@Fartown 2024-11-30 opposition claim by rebels (rebels, rebel)',
          'advance@Fartown 2024-11-30 opposition counterclaim by rebels (troops, army)',
        ],
      // Two sentences on: the group's own account of its men's deed (a militia that "fights beside"
      // the army is no fight there), then the defender's "in the area".
      'Gunmen attacked a market in Fartown on Saturday, residents said. Fartown lies north of Midcity. The group said that its fighters had attacked "militia positions" and killed members of a militia that fights beside the army. The government said on Monday that the army had "neutralised" several attackers in the area.':
        [
          'armed-clash@Fartown 2024-11-30 opposition confirmation by gunmen (gunmen, civilians)',
          'armed-clash@Fartown 2024-11-30 opposition claim by gunmen (fighters, militia, army)',
          'armed-clash@Fartown 2024-11-30 opposition counterclaim by gunmen (army, attackers)',
        ],
    });
  });
  it('reads troops "repositioned to defend" a city as leaving the place just taken, and a crossing repelled where it was tried', () => {
    expectRows(rows, {
      'Rebels captured Fartown on Sunday. A military spokesman said on Monday that troops had "repositioned" to defend the city of Midcity, and that a rebel attempt to cross the river near Nearby had been repelled.':
        [
          'advance@Fartown 2024-12-01 opposition report by rebels (rebels)',
          'withdrawal@Fartown 2024-12-02 government claim by troops (troops)',
          'armed-clash@Nearby 2024-12-02 opposition counterclaim by rebel (rebel)',
          // The euphemism is the army's version of the capture.
          'advance@Fartown 2024-12-01 opposition counterclaim by rebels (rebels)',
        ],
    });
  });
  it("reads a group's own men downing an aircraft where no strike was told as its claim, by its short name", () => {
    expectRows(rows, {
      'Fighters of the Northern Guard Front (NGF) captured a post near Midcity on Monday. On Thursday, the NGF said its fighters had shot down a military drone near Fartown, a claim the junta denied.':
        [
          'advance@Midcity 2024-12-02 ngf report by NGF (NGF)',
          'armed-clash@Fartown 2024-12-05 ngf claim by NGF (fighters, military, junta)',
          'armed-clash@Fartown 2024-12-05 ngf denial by NGF (fighters, military, junta)',
        ],
      // Its air defences are its own men too.
      'The army said on Thursday its air defences had shot down an enemy drone over Fartown.': [
        'armed-clash@Fartown 2024-12-05 government claim by army (army)',
      ],
      // Drones told striking there: downing them is the defender's version of that strike.
      'Drones struck Fartown on Monday. The army said its air defences had shot down two drones over Fartown.':
        [
          'airstrike@Fartown 2024-12-02 unknown report by - ()',
          'airstrike@Fartown 2024-12-02 unknown counterclaim by - (army)',
        ],
    });
  });
  it("places a state's closing of its borders at a country, never at a town told before", () => {
    expectRows(rows, {
      'Refugees fled to Nearby on Friday. Turkey closed all its land border crossings with Landia on Thursday.':
        [
          'displacement@Nearby 2024-12-06 unknown report by - ()',
          'closure@Landia 2024-12-05 turkey report by Turkey (Turkey)',
        ],
      // No country named: no place, rather than the town of the sentence before.
      'Refugees fled to Nearby on Friday. The army closed the border on Thursday.': [
        'displacement@Nearby 2024-12-06 unknown report by - ()',
      ],
      // A crossing at a named place is there.
      'The authorities closed the border crossing at Fartown on Thursday.': [
        'closure@Fartown 2024-12-05 government report by authorities (authorities)',
      ],
    });
  });
  it('dates "a week earlier", "two days before" against the day told before', () => {
    expectRows(rows, {
      'Rebels shelled Fartown on Wednesday. A week earlier, soldiers repelled an attack on Nearby, the army said.':
        [
          'shelling@Fartown 2024-12-04 opposition report by rebels (rebels)',
          'armed-clash@Nearby 2024-11-27 unknown counterclaim by - (soldiers, army)',
        ],
      'Rebels shelled Fartown on Wednesday. Two days before, soldiers had repelled an attack on Nearby.': [
        'shelling@Fartown 2024-12-04 opposition report by rebels (rebels)',
        'armed-clash@Nearby 2024-12-02 unknown counterclaim by - (soldiers)',
      ],
    });
  });
  it('dates "two days earlier" from the day its own sentence names before it', () => {
    expectRows(rows, {
      'Rebels shelled Fartown on Tuesday. Police closed the market in Midcity on Thursday after a bus was ambushed near Nearby two days earlier.':
        [
          'shelling@Fartown 2024-12-03 opposition report by rebels (rebels)',
          'closure@Midcity 2024-12-05 government report by police (police)',
          'armed-clash@Nearby 2024-12-03 unknown report by - (police)',
        ],
    });
  });
  it('dates the entries of a live page by their time stamps, not by the page', () => {
    const text = [
      'Live: fighting around Midcity',
      '',
      'Friday 6 December 2024',
      '',
      '09:10 GMT',
      'Rebels shelled Fartown, residents said.',
      '',
      'Thursday, 22:40 GMT',
      'Drones struck Nearby, the army said.',
      '',
      '21:15 GMT',
      'Gunmen attacked a checkpoint in Midcity on Wednesday.',
    ].join('\n');
    const doc = segment({ id: 'live', text, outlet: 'live', dateline: '2024-12-06' });
    const got = extractIncidents(doc, mentionsIn('live', text, doc.sentences), WORLD).map(
      (c) => `${c.type}@${c.place.slice(2)} ${c.date}`,
    );
    expect(got).toEqual([
      'shelling@Fartown 2024-12-06',
      'airstrike@Nearby 2024-12-05',
      'armed-clash@Midcity 2024-12-04',
    ]);
  });
});

describe('replies in the next sentence', () => {
  const voices = (text: string) =>
    read('x', text).map((c) => `${c.type}@${c.place.slice(2)} ${c.stance} [${c.attribution}]`);
  it("reads calling the other side's claim false as its denial", () => {
    expectRows(voices, {
      'Rebels said they had shot down an army drone over Fartown. The army called the claim false.': [
        'armed-clash@Fartown claim [Rebels]',
        'armed-clash@Fartown denial [army]',
      ],
      'Rebels said on Friday they had stormed Midcity. The governor described the reports as baseless propaganda.':
        ['advance@Midcity claim [Rebels]', 'advance@Midcity denial [governor]'],
    });
  });
  it('gives a toll told with its speaker last to the event just told', () => {
    expectRows(voices, {
      'A rocket hit a school in Fartown overnight, police said. Four people were killed, the ambulance service said.':
        ['shelling@Fartown claim [police]', 'shelling@Fartown confirmation [ambulance service]'],
      'Jets struck Nearby on Monday, residents said. Twelve civilians died in the raid, the rebels said.': [
        'airstrike@Nearby confirmation [residents]',
        'airstrike@Nearby confirmation [rebels]',
      ],
      // A toll of the war since a past year is no reply to the strike.
      'Jets struck Nearby on Monday, residents said. More than 2,000 people have been killed since the war began in 2023, the health ministry said.':
        ['airstrike@Nearby confirmation [residents]'],
      // Its own place: its own event, not a reply.
      'Jets struck Nearby on Monday. Two civilians were killed in Fartown, medics said.': [
        'airstrike@Nearby report [x]',
        'civilian-casualties@Fartown confirmation [medics]',
      ],
    });
  });
  it('reads the defender\'s "repelled an attack" as its version of the capture told there, not of fighting told since', () => {
    expectRows(voices, {
      'Rebels said they had entered Fartown on Sunday. Heavy gunfire was heard in Fartown on Monday, residents said. The army said its troops had repelled an attack on Fartown.':
        [
          'advance@Fartown claim [Rebels]',
          'armed-clash@Fartown confirmation [residents]',
          'advance@Fartown counterclaim [army]',
        ],
      // No capture told there: the fighting.
      'Heavy gunfire was heard in Fartown on Monday, residents said. The army said its troops had repelled an attack on Fartown.':
        ['armed-clash@Fartown confirmation [residents]', 'armed-clash@Fartown counterclaim [army]'],
    });
  });
  it('reads a denial that names the event only as "the blast" as a reply to it', () => {
    expectRows(voices, {
      'A car bomb exploded near the market in Fartown on Wednesday, killing four people, the local council said. The militia blamed the rebels for the blast; a rebel spokesman denied any role in it.':
        ['explosion@Fartown claim [local council]', 'explosion@Fartown denial [rebel spokesman]'],
    });
  });
  it('reads leaving a town "of their own accord" as the leaving side\'s version of its capture', () => {
    expectRows(voices, {
      'Government troops retook Fartown on Wednesday, an army spokesman said. The rebels said their men had left Fartown of their own accord.':
        [
          'advance@Fartown claim [army spokesman]',
          'withdrawal@Fartown claim [rebels]',
          'advance@Fartown counterclaim [rebels]',
        ],
    });
  });
  it('reads a withdrawal from a place the other side took as a row of that capture', () => {
    expectRows(voices, {
      // Denied: the capture's denial, no withdrawal of its own.
      'Insurgents said on Sunday they had overrun Fartown. The army said it had not abandoned the town.': [
        'advance@Fartown claim [Insurgents]',
        'advance@Fartown denial [army]',
      ],
      'Insurgents said on Sunday they had overrun Fartown. A defence ministry spokesman denied abandoning Fartown.':
        ['advance@Fartown claim [Insurgents]', 'advance@Fartown denial [defence ministry spokesman]'],
      // Told by a third party: the withdrawal, and a confirmation of the capture.
      'Insurgents said on Sunday they had overrun Fartown. Shopkeepers said government soldiers had withdrawn from Fartown at dawn.':
        [
          'advance@Fartown claim [Insurgents]',
          'withdrawal@Fartown confirmation [Shopkeepers]',
          'advance@Fartown confirmation [Shopkeepers]',
        ],
      // The leaving side's euphemism, with no place of its own: its counter-claim of the capture.
      'Insurgents said on Sunday they had overrun Fartown. An army commander said his men had fallen back only to regroup.':
        ['advance@Fartown claim [Insurgents]', 'advance@Fartown counterclaim [army commander]'],
      // (No capture told there: the withdrawal and its denial stay.)
      'The army denied that its troops had left Fartown.': ['withdrawal@Fartown denial [army]'],
    });
  });
});

describe('places listed each with its own day', () => {
  it('gives "took A on Saturday and B on Monday" each place its day', () => {
    expectRows(brief, {
      'Insurgents captured Fartown on Saturday and Nearby on Monday, their spokesman said.': [
        'advance@Fartown 2024-11-30 opposition claim',
        'advance@Nearby 2024-12-02 opposition claim',
      ],
      'Insurgents captured Fartown on Saturday, Nearby on Sunday and Midcity late on Tuesday.': [
        'advance@Fartown 2024-11-30 opposition report',
        'advance@Nearby 2024-12-01 opposition report',
        'advance@Midcity 2024-12-03 opposition report',
      ],
    });
  });
});

describe('who did it, not whom it was done to', () => {
  it('reads armed men, assailants and raiders as who acted, and killings as casualties', () => {
    expectRows(agents, {
      'Armed men shot dead four farmers in Fartown on Monday, a councillor said.': [
        'civilian-casualties@Fartown armed men claim [councillor]',
      ],
      'Masked assailants carried out revenge killings in Fartown overnight, residents said.': [
        'civilian-casualties@Fartown Masked assailants confirmation [residents]',
      ],
      'Sectarian killings by armed men left nine villagers dead in Nearby on Friday.': [
        'civilian-casualties@Nearby armed men report [x]',
      ],
    });
  });
  it("reads the defender's destroyed infiltration groups as its version of the attack told there", () => {
    expectRows(agents, {
      'Insurgents attacked army posts near Fartown on Sunday, a security source said. The army said it had destroyed three infiltration groups near Fartown.':
        [
          'armed-clash@Fartown insurgents claim [security source]',
          'armed-clash@Fartown insurgents counterclaim [army]',
        ],
    });
  });
  it('lists who suffered an event after those who acted or took part', () => {
    const [inc] = mergeIncidents(
      read(
        'x',
        'Civilians and soldiers were killed in Fartown on Monday when the market was hit, a nurse said.',
      ),
      WORLD,
    );
    expect(inc.properties.actors.at(-1)?.side).toBe('civilians');
  });
});

describe('the subject acts, not those named in an aside about it', () => {
  it('reads "X, sent to help Y, withdrew" as done by X, and what Y was helped to do as no event', () => {
    expectRows(brief, {
      'Chadian troops, deployed to support the Landian army against the rebels, shelled Fartown on Friday.': [
        'shelling@Fartown 2024-12-06 chad report',
      ],
      'Dozens of Chadian soldiers, who were flown in to back the Landian army, clashed with rebels near Fartown on Friday.':
        ['armed-clash@Fartown 2024-12-06 chad report'],
      'Hundreds of Chadian troops, sent last year to help the Landian army fight the rebels, pulled out of Fartown on Friday.':
        ['withdrawal@Fartown 2024-12-06 chad report'],
    });
  });
});

describe("a withdrawal placed only by the speaker's seat", () => {
  const voices = (text: string) =>
    read('x', text).map((c) => `${c.type}@${c.place.slice(2)} ${c.stance} [${c.attribution}]`);
  it('answers the capture just told, not a withdrawal where the speaker is', () => {
    expectRows(voices, {
      'Insurgents said on Sunday they had overrun Fartown. An army officer in Midcity said his men had pulled back only to regroup.':
        ['advance@Fartown claim [Insurgents]', 'advance@Fartown counterclaim [army officer]'],
    });
  });
});

describe('a downing told with its shooters', () => {
  it("is the shooters' deed where no strike was told, and the defender's version where one was", () => {
    expectRows(agents, {
      'Rebel air defences downed a Russian drone over Fartown on Monday, the group said.': [
        'armed-clash@Fartown rebel claim [the group]',
      ],
      'Russian jets struck Fartown on Monday. Rebel air defences downed a Russian drone over Fartown, the group said.':
        [
          'airstrike@Fartown Russian jets report [x]',
          'airstrike@Fartown Russian drone counterclaim [the group]',
        ],
    });
  });
});
