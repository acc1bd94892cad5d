import { describe, expect, it } from 'vitest';
import { expectRows } from '../expectRows.ts';
import { advanceProgress, compatibleTypes, findTriggers } from './taxonomy.ts';

const types = (text: string) => [
  ...new Set(
    findTriggers(text)
      .filter((t) => !t.weak)
      .map((t) => t.type),
  ),
];

describe('findTriggers', () => {
  it.each([
    ['Artillery shelled the market at dawn.', 'shelling'],
    ['Mortar rounds landed near the school.', 'shelling'],
    ['Warplanes carried out air strikes on the valley.', 'airstrike'],
    ['A suicide car bomb exploded at the checkpoint.', 'explosion'],
    ['The authorities closed the airport and blocked the roads.', 'closure'],
    ['Traffic was diverted from the coastal highway.', 'closure'],
    ['Troops withdrew from the hill overnight.', 'withdrawal'],
    ['The ministry sent additional troops to the front.', 'reinforcement'],
    ['Militants stormed the village and seized the bridge.', 'advance'],
    ['The group is encircling the town.', 'advance'],
    ['The militia said it was now in full control of the port.', 'advance'],
    ['Fighters raised their flag over the town hall.', 'advance'],
    ['An elder said the village had been handed over after talks.', 'advance'],
    ['Heavy clashes broke out near the dam.', 'armed-clash'],
    ['A senior commander was killed in the raid.', 'commander-killed'],
    ['Thousands have fled their homes.', 'displacement'],
    ['Three civilians were killed near the port.', 'civilian-casualties'],
    ['About 500 households have since found refuge in the school.', 'displacement'],
    ['Dozens of herders had left their grazing grounds for the district town.', 'displacement'],
    ['Soldiers said they had cleared a militant hideout in the forest.', 'advance'],
    ['A drone damaged the power plant overnight.', 'airstrike'],
    ['A missile destroyed a grain warehouse.', 'airstrike'],
    ['His men had also taken the villages of Tal Sosin and Anadan since Sunday.', 'advance'],
    ['The militia took the town of Ras Ali after a night of fighting.', 'advance'],
    ['A spokesman said they have now taken two hills above the road.', 'advance'],
    ['About 2,000 villagers had crossed the Kora River into the neighbouring country.', 'displacement'],
    ['Families crossed the border into Landia overnight.', 'displacement'],
    ['Relief flights to Fartown, the main town of the district, were suspended on Monday.', 'closure'],
    // Killings and massacres are people killed, whoever they were.
    ['Masked men carried out reprisal killings in two hamlets.', 'civilian-casualties'],
    ['Survivors described a massacre at the river crossing.', 'civilian-casualties'],
    // People told to leave are displaced.
    ['The governor ordered families in the border villages to leave by noon.', 'displacement'],
    ['Police urged residents of the lower town to flee.', 'displacement'],
    // A place left, named: "denied abandoning Fartown".
    ['The ministry denied abandoning Fartown.', 'withdrawal'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
  it("reads destroying the other side's infiltration or sabotage groups as the defender's version", () => {
    const counters = (text: string) => findTriggers(text).filter((t) => t.counter).length;
    expectRows(counters, {
      'The brigade said it had destroyed two enemy infiltration groups near the ridge.': 1,
      'Air defence crews eliminated a sabotage and reconnaissance group at dawn.': 1,
      // Whoever's groups they were, not only two armies'.
      'The army said it had destroyed two Houthi infiltration groups near the coast.': 1,
      'Engineers destroyed a bridge near the ridge.': 0,
      'The group abandoned its plan; residents abandoned cars on the road.': 0,
    });
  });
  it('does not fire on look-alikes', () => {
    expect(types('The parties reached an agreement on prisoners.')).not.toContain('advance');
    expect(types('As they enter the third day of talks, hopes rise.')).not.toContain('advance');
    expect(types('The ministry said the port remained in full control of the navy.')).not.toContain(
      'advance',
    );
    expectRows(types, {
      'The fighters inspected a rocket launcher.': [],
      // Displaced people named as who is helped or hosted, and a war's whole toll, are no event.
      'Volunteers brought food to tents sheltering displaced families.': [],
      'The province hosts a million people displaced by the war.': [],
      'Workers cleared a camp for displaced families.': [],
      'The mayor is close to the governor.': [],
      // A staff, an office or a strike called general is no officer killed.
      'Units left the ridge "to save the lives of our soldiers", the General Staff said.': ['withdrawal'],
      'The secretary-general said many lives were lost in the floods.': [],
    });
    // Taking part, taking place, taking a city's name: no capture.
    expect(types('Delegates from the town have taken part in the talks.')).not.toContain('advance');
    expect(types('The vote had already taken place in the city hall.')).not.toContain('advance');
  });
  it.each([
    ['Officials blamed Kenyan strikes on the depot for the fire.', 'airstrike'],
    ['The strikes that hit the bridge came at night.', 'airstrike'],
    ['Its air force struck fuel stores near the coast.', 'airstrike'],
    ['A guard was killed by a drone near the gate.', 'airstrike'],
    ['Strikes overnight also hit the border crossing.', 'airstrike'],
    ['A shell struck a house in the hamlet.', 'shelling'],
    ['Flights to the coast remained suspended on Monday.', 'closure'],
    ['Traffic on the main road had stopped by noon.', 'closure'],
    ['Thousands of people drove out of the valley at night.', 'displacement'],
  ])('%s → %s (strikes a state or aircraft carried out, and more)', (text, type) => {
    expect(types(text)).toContain(type);
  });
  it('reads driving the enemy out as an advance, not reaching someone by phone or surrounding a house', () => {
    expect(types('Militiamen drove the rebels out of the valley.')).toContain('advance');
    expect(types('Fighters dislodged the guards from the hilltop.')).toContain('advance');
    // Who was ousted, years ago or now, tells no advance of theirs; expelling foreign forces is politics.
    expectRows(types, {
      'They returned a decade after being dislodged by the army.': [],
      'The junta expelled French forces.': [],
      'A farmer reached by phone described the night.': [],
      'Gunmen surrounded a house in the hamlet.': [],
    });
    expect(types('Troops surrounded the town.')).toContain('advance');
    expect(types('The floods forced hundreds of people out of their homes.')).not.toContain('advance');
  });
  it('reads a held place told lost as a capture by the loser, and nothing else lost', () => {
    const loss = (text: string) =>
      findTriggers(text)
        .filter((t) => t.loss)
        .map((t) => text.slice(t.start, t.end));
    expect(loss('The garrison said the outpost had been lost on Sunday.')).toEqual(['lost']);
    expect(loss('Officials denied losing the town.')).toEqual(['losing the town']);
    expect(loss('The army confirmed the loss of the airport.')).toEqual(['loss of the airport']);
    expect(loss('The unit lost contact with its commander; many lives were lost.')).toEqual([]);
  });
  it('reads rockets and shells as shelling, missiles as strikes, also when told by what hit', () => {
    expectRows(types, {
      'A cruise missile slammed into the power station.': ['airstrike'],
      'The militia launched two missiles at the airbase.': ['airstrike'],
      'A clinic was damaged by a missile before dawn.': ['airstrike'],
      'Missile strikes on the port continued.': ['airstrike'],
      'Rockets fell on the market square.': ['shelling'],
      'Guerrillas fired rockets across the river.': ['shelling'],
      'A bus depot that was hit by a rocket burned all night.': ['shelling'],
      'A shop was destroyed by mortar shells.': ['shelling'],
    });
  });
  it('reads the defender driving the attack back as its version of the attack', () => {
    const counters = (text: string) =>
      findTriggers(text)
        .filter((t) => t.counter)
        .map((t) => text.slice(t.start, t.end));
    expectRows(counters, {
      'The garrison said it had "driven back" the raid.': ['driven back'],
      'Militiamen drove off the attackers after an hour.': ['drove off'],
      'Guards fought off two gunmen.': ['fought off'],
      'Police "neutralised" three attackers at the gate.': ['neutralised'],
      // Driving cattle off, fighting back tears, killing civilians: no attack repelled.
      'Raiders drove off dozens of cattle.': [],
      'The mayor was fighting back tears.': [],
      'Gunmen killed two farmers.': [],
    });
  });
  it('does not read strikes of workers as air strikes', () => {
    expect(types('Dock workers went on strike on Tuesday.')).toEqual([]);
    expect(types('A general strike on Monday shut the shops.')).not.toContain('airstrike');
    expect(types('Teachers staged strikes over pay.')).toEqual([]);
  });
  it('marks generic words as weak', () => {
    expect(findTriggers('The attack began at noon.').every((t) => t.weak)).toBe(true);
    // Gunfire, raids and fire a convoy came under are fighting unless something more specific is told.
    for (const text of [
      'Gunmen raided the hamlet at dawn.',
      'A patrol came under fire near the ford.',
      'Residents heard gunfire all night.',
      'Shots were fired at the checkpoint.',
      'Firing was reported along the ridge.',
      'The guards returned fire.',
    ]) {
      const found = findTriggers(text);
      expect(
        found.map((t) => `${t.type}${t.weak ? ' weak' : ''}`),
        text,
      ).toEqual(['armed-clash weak']);
    }
    expect(types('The air raid hit the depot.')).toEqual(['airstrike']);
    expect(findTriggers('Troops were firing rockets at the hills.').map((t) => t.type)).toEqual(['shelling']);
  });
  it('is linear on long or odd input', () => {
    expect(findTriggers('a'.repeat(200_000))).toEqual([]);
    expect(findTriggers('civilians killed '.repeat(20_000)).length).toBeGreaterThan(0);
    expect(findTriggers('\u202E\uFFFD\u0000 shelled')).toHaveLength(1);
  });
});

describe('compatibleTypes', () => {
  it('pairs fighting with advances and casualties with the violence that caused them', () => {
    expect(compatibleTypes('armed-clash', 'advance')).toBe(true);
    expect(compatibleTypes('civilian-casualties', 'shelling')).toBe(true);
    expect(compatibleTypes('shelling', 'airstrike')).toBe(false);
    expect(compatibleTypes('closure', 'advance')).toBe(false);
  });
});

describe('advanceProgress', () => {
  it('tells how far an advance went', () => {
    expect(['seized', 'took control', 'fell to', 'retook'].map(advanceProgress)).toEqual(
      Array(4).fill('captured'),
    );
    expect(['entered', 'breached', 'swept into', 'stormed'].map(advanceProgress)).toEqual(
      Array(4).fill('entered'),
    );
    expect(advanceProgress('reached')).toBe('reached');
    expect(advanceProgress('encircling')).toBe('encircled');
    expect(advanceProgress('advancing')).toBe('approached');
  });
});
