import { describe, expect, it } from 'vitest';
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
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
  it('does not fire on look-alikes', () => {
    expect(types('The parties reached an agreement on prisoners.')).not.toContain('advance');
    expect(types('As they enter the third day of talks, hopes rise.')).not.toContain('advance');
    expect(types('The ministry said the port remained in full control of the navy.')).not.toContain(
      'advance',
    );
    expect(types('The fighters inspected a rocket launcher.')).toEqual([]);
    expect(types('The mayor is close to the governor.')).toEqual([]);
  });
  it('marks generic words as weak', () => {
    expect(findTriggers('The attack began at noon.').every((t) => t.weak)).toBe(true);
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
