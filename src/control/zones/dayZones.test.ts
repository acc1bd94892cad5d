import { describe, expect, it } from 'vitest';
import type { ControlStatus } from '../../types/model.ts';
import type { DayState, UnitState } from '../claims/applyClaims.ts';
import type { Camp } from '../sides.ts';
import { createDayZones } from './dayZones.ts';
import { controlUnit, syriaOutline } from '../testFixtures.ts';

// Six towns across northern Syria, all the government's on the baseline.
const units = [
  [36.6, 36.0],
  [37.0, 35.2],
  [37.4, 36.4],
  [37.8, 35.0],
  [38.2, 36.2],
  [38.6, 35.4],
].map(([lon, lat], i) => controlUnit(`ctl:town-${i}`, lon, lat));
const held: UnitState = {
  controller: 'government',
  status: 'held',
  basis: [],
  since: '2024-11-26',
  placeIds: [],
};
const state = (controller: Camp | 'contested', status: ControlStatus, since: string): UnitState => ({
  controller,
  status,
  basis: [`inc-${since}`],
  since,
  placeIds: [],
});

describe('createDayZones', () => {
  it("sums each day's gains as a zone map drawn for that day alone would", () => {
    // Day by day: the opposition takes towns 0 and 5 (two zones: claimed, assessed), then
    // town 1 joins the first zone while the second keeps its cell; then town 2 is contested.
    const taken = state('opposition', 'claimed', '2024-11-27');
    const assessed = state('opposition', 'assessed', '2024-11-27');
    const more = state('opposition', 'claimed', '2024-11-28');
    const contested = state('contested', 'contested', '2024-11-29');
    const days: DayState[] = [
      { date: '2024-11-26', states: units.map(() => held), changes: [] },
      { date: '2024-11-27', states: [taken, held, held, held, held, assessed], changes: [] },
      { date: '2024-11-28', states: [taken, more, held, held, held, assessed], changes: [] },
      { date: '2024-11-29', states: [taken, more, contested, held, held, assessed], changes: [] },
      { date: '2024-11-30', states: [taken, more, contested, held, held, assessed], changes: [] },
    ];
    const zones = createDayZones(units, syriaOutline());
    const summary = (features: ReturnType<typeof zones.features>) =>
      features.find((f) => f.properties.layer === 'summary')!.properties;
    const sums = days.map((d) => summary(zones.nextFeatures(d)));
    const alone = days.map((d) => summary(zones.features(d)));
    expect(sums.map((s) => [s.gainsKm2, s.contestedKm2])).toEqual(
      alone.map((s) => [s.gainsKm2, s.contestedKm2]),
    );
    // The figures move as the towns fall: more ground on the 28th, some of it contested on the 29th.
    const opposition = sums.map((s) => s.gainsKm2?.opposition ?? 0);
    expect(opposition[0]).toBe(0);
    expect(opposition[2]).toBeGreaterThan(opposition[1]);
    expect(opposition[3]).toBe(opposition[2]);
    expect(sums[3].contestedKm2).toBeGreaterThan(0);
    expect(sums[4]).toMatchObject({ gainsKm2: sums[3].gainsKm2, contestedKm2: sums[3].contestedKm2 });
  });
});
