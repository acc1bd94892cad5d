import { describe, expect, it } from 'vitest';
import { claimStatus, combine, outcome, type UnitView } from './claimOutcome.ts';
import { incident } from '../testFixtures.ts';
import type { IncidentSource } from '../../types/model.ts';

const src = (
  attribution: string | null,
  stance: IncidentSource['stance'] = 'claim',
  speakerSide?: string,
): IncidentSource =>
  ({
    article: 'a',
    outlet: 'X',
    attribution,
    stance,
    start: 0,
    end: 1,
    ...(speakerSide ? { speakerSide } : {}),
  }) as IncidentSource;

const gov: UnitView = { controller: 'government', status: 'held' };
const opp: UnitView = { controller: 'opposition', status: 'held' };
const sdf: UnitView = { controller: 'sdf', status: 'held' };
const rebelsTroops = [
  { side: 'government' as const, name: 'troops' },
  { side: 'opposition' as const, name: 'rebels' },
];

describe('claimStatus', () => {
  it('one source is claimed; two independent speakers confirm it', () => {
    expect(claimStatus(incident('i', 'p', '2024-11-28'))).toBe('claimed');
    expect(
      claimStatus(incident('i', 'p', '2024-11-28', { sources: [src('a monitor'), src('witnesses')] })),
    ).toBe('confirmed');
    // Two outlets quoting the same monitor are one speaker.
    expect(
      claimStatus(incident('i', 'p', '2024-11-28', { sources: [src('the monitor'), src('The Monitor ')] })),
    ).toBe('claimed');
    expect(claimStatus(incident('i', 'p', '2024-11-28', { status: 'confirmed' }))).toBe('confirmed');
  });
  it('the losing side conceding it confirms it', () => {
    const conceded = incident('i', 'p', '2024-11-28', {
      sources: [src('army officers', 'claim', 'government')],
    });
    expect(claimStatus(conceded, 'government')).toBe('confirmed');
    expect(claimStatus(conceded, 'sdf')).toBe('claimed');
  });
  it('a denial or a counter-claim neither confirms nor counts as a second speaker', () => {
    const countered = incident('i', 'p', '2024-11-28', {
      sources: [src('rebel commanders'), src('the army', 'counterclaim', 'government')],
    });
    expect(claimStatus(countered, 'government')).toBe('claimed');
    expect(claimStatus(incident('i', 'p', '2024-11-28', { status: 'denied' }))).toBe('contested');
    expect(claimStatus(incident('i', 'p', '2024-11-28', { status: 'contested' }))).toBe('contested');
  });
});

describe('outcome', () => {
  it('a capture hands the place to the attacker', () => {
    expect(outcome(incident('i', 'p', '2024-11-28'), gov, 'unit')).toEqual({
      controller: 'opposition',
      status: 'claimed',
      by: 'opposition',
    });
  });
  it('an arrival, an encirclement or an entry into a city is contested; an approach changes nothing', () => {
    const enc = incident('i', 'p', '2024-11-28', { summary: 'Rebels encircle the town' });
    expect(outcome(enc, gov, 'unit')).toEqual({
      controller: 'contested',
      status: 'contested',
      by: 'opposition',
    });
    expect(outcome(incident('i', 'p', '2024-11-28'), gov, 'city')?.controller).toBe('contested');
    for (const progress of ['reached', 'encircled'] as const)
      expect(outcome(incident('i', 'p', '2024-11-28', { progress }), gov, 'unit')?.controller).toBe(
        'contested',
      );
    expect(outcome(incident('i', 'p', '2024-11-28', { progress: 'approached' }), gov, 'unit')).toBeNull();
    expect(
      outcome(incident('i', 'p', '2024-11-28', { summary: 'Rebels advanced toward the town' }), gov, 'unit'),
    ).toBeNull();
    for (const progress of ['captured', 'entered'] as const)
      expect(outcome(incident('i', 'p', '2024-11-28', { progress }), gov, 'unit')?.controller).toBe(
        'opposition',
      );
  });
  it('an advance by the holder changes nothing; a clash against the holder contests it', () => {
    const own = incident('i', 'p', '2024-11-28', { actors: [{ side: 'government', name: 'army' }] });
    expect(outcome(own, gov, 'unit')).toBeNull();
    const clash = incident('i', 'p', '2024-11-28', { type: 'armed-clash' });
    expect(outcome(clash, gov, 'unit')?.controller).toBe('contested');
    expect(outcome(clash, opp, 'unit')).toBeNull();
    expect(outcome({ ...clash, properties: { ...clash.properties, actors: [] } }, gov, 'unit')).toBeNull();
    expect(outcome(incident('i', 'p', '2024-11-28', { type: 'airstrike' }), gov, 'unit')).toBeNull();
  });
  it('a withdrawal leaves the place to the other side, confirmed when the side that left tells it', () => {
    const w = incident('i', 'p', '2024-11-28', { type: 'withdrawal', actors: rebelsTroops });
    expect(outcome(w, gov, 'unit')).toEqual({
      controller: 'opposition',
      status: 'claimed',
      by: 'opposition',
    });
    expect(outcome(w, sdf, 'unit')).toBeNull();
    const told = incident('i', 'p', '2024-11-28', {
      type: 'withdrawal',
      actors: rebelsTroops,
      sources: [src('military sources', 'claim', 'government')],
    });
    expect(outcome(told, gov, 'unit')?.status).toBe('confirmed');
    // A part the rebels had already claimed: the withdrawal concedes it.
    expect(outcome(told, { controller: 'opposition', status: 'claimed', by: 'opposition' }, 'unit')).toEqual({
      controller: 'opposition',
      status: 'confirmed',
      by: 'opposition',
    });
    // A contested part goes to the side that contested it; the untouched centre of a city is only contested.
    expect(
      outcome(
        told,
        { controller: 'contested', status: 'contested', by: 'opposition', prior: 'government' },
        'city',
      ),
    ).toEqual({ controller: 'opposition', status: 'confirmed', by: 'opposition' });
    expect(outcome(told, gov, 'city')?.controller).toBe('contested');
  });
  it('allies count as their camp; the agent is the attacker', () => {
    const ru = incident('i', 'p', '2024-11-28', { actors: [{ side: 'russia', name: 'Russian forces' }] });
    expect(outcome(ru, opp, 'unit')?.controller).toBe('government');
    const byAgent = incident('i', 'p', '2024-11-28', {
      actors: [
        { side: 'government', name: 'army' },
        { side: 'sdf', name: 'SDF' },
      ],
    });
    byAgent.properties.agent = { side: 'sdf', name: 'SDF' };
    expect(outcome(byAgent, opp, 'unit')?.controller).toBe('sdf');
  });
});

describe('combine', () => {
  it('a capture outweighs a clash; any contested capture or two claimants leave it contested', () => {
    const cap = {
      type: 'advance',
      outcome: { controller: 'opposition' as const, status: 'claimed' as const, by: 'opposition' as const },
    };
    const clash = {
      type: 'armed-clash',
      outcome: { controller: 'contested' as const, status: 'contested' as const, by: 'opposition' as const },
    };
    expect(combine([cap, clash])).toEqual(cap.outcome);
    expect(combine([cap, { ...clash, type: 'advance' }])).toEqual({
      controller: 'contested',
      status: 'contested',
      by: 'opposition',
    });
    expect(
      combine([cap, { type: 'advance', outcome: { controller: 'sna', status: 'claimed', by: 'sna' } }]),
    ).toEqual({ controller: 'contested', status: 'contested' });
    expect(
      combine([cap, { type: 'advance', outcome: { controller: 'opposition', status: 'confirmed' } }])?.status,
    ).toBe('confirmed');
    expect(combine([])).toBeNull();
  });
  it("a withdrawal naming nobody who took over yields to that day's capture by another side", () => {
    const left = {
      type: 'withdrawal',
      outcome: { controller: 'contested' as const, status: 'contested' as const },
    };
    const retaken = {
      type: 'advance',
      outcome: { controller: 'government' as const, status: 'claimed' as const, by: 'government' as const },
    };
    expect(combine([left, retaken])).toEqual(retaken.outcome);
    expect(combine([left])).toEqual(left.outcome);
  });
});
