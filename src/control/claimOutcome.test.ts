import { describe, expect, it } from 'vitest';
import { claimStatus, combine, outcome } from './claimOutcome.ts';
import { incident } from './testFixtures.ts';
import type { IncidentSource } from '../types/model.ts';

const src = (attribution: string, stance: IncidentSource['stance'] = 'claim'): IncidentSource => ({
  article: 'a',
  outlet: 'X',
  attribution,
  stance,
  start: 0,
  end: 1,
});

describe('claimStatus', () => {
  it('single source claim is claimed; two independent sources are assessed', () => {
    expect(claimStatus(incident('i', 'p', '2024-11-28'))).toBe('claimed');
    expect(
      claimStatus(incident('i', 'p', '2024-11-28', { sources: [src('monitor'), src('witnesses')] })),
    ).toBe('assessed');
    expect(claimStatus(incident('i', 'p', '2024-11-28', { status: 'confirmed' }))).toBe('assessed');
  });
  it('a denied or contested claim is contested', () => {
    expect(claimStatus(incident('i', 'p', '2024-11-28', { status: 'denied' }))).toBe('contested');
    expect(claimStatus(incident('i', 'p', '2024-11-28', { status: 'contested' }))).toBe('contested');
  });
});

describe('outcome', () => {
  it('a capture hands the place to the attacker', () => {
    expect(outcome(incident('i', 'p', '2024-11-28'), 'government', 'unit')).toEqual({
      controller: 'opposition',
      status: 'claimed',
    });
  });
  it('an encirclement, an approach or an entry into a city is contested', () => {
    const enc = incident('i', 'p', '2024-11-28', { summary: 'Rebels encircle the town' });
    expect(outcome(enc, 'government', 'unit')?.controller).toBe('contested');
    expect(outcome(incident('i', 'p', '2024-11-28'), 'government', 'city')?.controller).toBe('contested');
    for (const progress of ['reached', 'encircled', 'approached'] as const)
      expect(outcome(incident('i', 'p', '2024-11-28', { progress }), 'government', 'unit')?.controller).toBe(
        'contested',
      );
    for (const progress of ['captured', 'entered'] as const)
      expect(outcome(incident('i', 'p', '2024-11-28', { progress }), 'government', 'unit')?.controller).toBe(
        'opposition',
      );
  });
  it('an advance by the holder changes nothing; a clash against the holder contests it', () => {
    const own = incident('i', 'p', '2024-11-28', { actors: [{ side: 'government', name: 'army' }] });
    expect(outcome(own, 'government', 'unit')).toBeNull();
    const clash = incident('i', 'p', '2024-11-28', { type: 'armed-clash' });
    expect(outcome(clash, 'government', 'unit')?.controller).toBe('contested');
    expect(outcome(clash, 'opposition', 'unit')).toBeNull();
    expect(
      outcome({ ...clash, properties: { ...clash.properties, actors: [] } }, 'government', 'unit'),
    ).toBeNull();
    expect(outcome(incident('i', 'p', '2024-11-28', { type: 'airstrike' }), 'government', 'unit')).toBeNull();
  });
  it('a withdrawal of the holder leaves the place to the other side', () => {
    const w = incident('i', 'p', '2024-11-28', {
      type: 'withdrawal',
      actors: [
        { side: 'government', name: 'troops' },
        { side: 'opposition', name: 'rebels' },
      ],
    });
    expect(outcome(w, 'government', 'unit')).toEqual({ controller: 'opposition', status: 'claimed' });
    expect(outcome(w, 'sdf', 'unit')).toBeNull();
  });
  it('allies count as their camp', () => {
    const ru = incident('i', 'p', '2024-11-28', { actors: [{ side: 'russia', name: 'Russian forces' }] });
    expect(outcome(ru, 'opposition', 'unit')?.controller).toBe('government');
  });
});

describe('combine', () => {
  it('a capture outweighs a clash; any contested capture or two claimants leave it contested', () => {
    const cap = {
      type: 'advance',
      outcome: { controller: 'opposition' as const, status: 'claimed' as const },
    };
    const clash = {
      type: 'armed-clash',
      outcome: { controller: 'contested' as const, status: 'contested' as const },
    };
    expect(combine([cap, clash])).toEqual(cap.outcome);
    expect(combine([cap, { ...clash, type: 'advance' }])?.controller).toBe('contested');
    expect(
      combine([cap, { type: 'advance', outcome: { controller: 'sna', status: 'claimed' } }])?.controller,
    ).toBe('contested');
    expect(
      combine([cap, { type: 'advance', outcome: { controller: 'opposition', status: 'assessed' } }])?.status,
    ).toBe('assessed');
    expect(combine([])).toBeNull();
  });
});
