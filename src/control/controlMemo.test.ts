// The control memo: answers kept from one run are only ever taken for the same inputs, so a run
// with a memo filled by other reports draws exactly what a run without one draws.
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import type { ControlFeature, IncidentFeature } from '../types/model.ts';
import type { BaselineRecord } from './ground/baseline.ts';
import type { DayState } from './claims/applyClaims.ts';
import { reachKey, unitsKeyOf, type Advance } from './advances/assessAdvances.ts';
import { buildControl } from './buildControl.ts';
import { buildCells } from './ground/voronoiCells.ts';
import { dayNumber, dayOfNumber } from '../types/days.ts';
import { decodeCells, encodeCells, KeyHash, MemoryMemo } from './controlMemo.ts';
import { baselineOf, controlUnit, gridFront, incident, place, testGazetteer } from './testFixtures.ts';

describe('KeyHash', () => {
  it('gives the same key for the same inputs and another for any change', () => {
    const key = (f: (h: KeyHash) => void) => {
      const h = new KeyHash('k');
      f(h);
      return h.digest();
    };
    expect(key((h) => h.number(1.5).text('rebels'))).toBe(key((h) => h.number(1.5).text('rebels')));
    expect(key((h) => h.number(1.5).text('rebels'))).toMatch(/^[0-9a-f]{16}$/);
    expect(key((h) => h.number(0.1 + 0.2))).not.toBe(key((h) => h.number(0.3)));
    expect(key((h) => h.text('ab').text('c'))).not.toBe(key((h) => h.text('a').text('bc')));
    expect(key((h) => h.numbers([1, 2]))).not.toBe(key((h) => h.numbers([2, 1])));
    expect(new KeyHash('cells').digest()).not.toBe(new KeyHash('reaches').digest());
  });
});

describe('stored cells and days', () => {
  const square: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [36, 35],
        [37, 35],
        [37, 36],
        [36.4, 35.7],
        [36, 36],
        [36, 35],
      ],
    ],
  };
  const sites: Position[] = [];
  for (let i = 0; i < 5; i++) for (let j = 0; j < 4; j++) sites.push([36.05 + i * 0.21, 35.07 + j * 0.27]);

  it('reads back the very cells buildCells made', () => {
    const cells = buildCells(sites, square);
    expect(decodeCells(encodeCells(cells))).toEqual(cells);
  });

  it('refuses numbers cut short or too long', () => {
    const v = encodeCells(buildCells(sites, square));
    expect(() => decodeCells(v.subarray(0, v.length - 2))).toThrow();
    expect(() => decodeCells(new Float64Array([...v, 0]))).toThrow();
  });

  it('numbers days and reads them back', () => {
    expect(dayOfNumber(dayNumber('2024-11-29'))).toBe('2024-11-29');
    expect(dayNumber('2024-12-01') - dayNumber('2024-11-29')).toBe(2);
  });

  it('counts days as the calendar does, across months, years and leap days, asked again or not', () => {
    // Control adds days by day numbers (their texts kept): the same dates as Date arithmetic.
    const calendar = (date: string, n: number) => {
      const d = new Date(`${date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    };
    for (let round = 0; round < 2; round++)
      for (let k = 0; k < 500; k += 7) {
        const date = calendar('2023-12-20', k);
        for (const n of [-3, -1, 0, 1, 2, 10, 40, 366])
          expect(dayOfNumber(dayNumber(date) + n)).toBe(calendar(date, n));
      }
  });
});

// A made-up front inside Syria's outline: the opposition holds the west, the government the east.
const gazetteer = testGazetteer();
const settlements: BaselineRecord[] = gridFront();
const baseline = baselineOf(settlements);
const places = [
  place('near', 'Near', 37.42, 35.1, 't:t43'),
  place('far', 'Far', 37.62, 35.2, 't:t64'),
  place('south', 'South', 37.5, 34.85, 't:t50'),
];
// Rebels take a town by the line, then one further on (its advance starts from the line as the
// first capture left it), and a third town to the south on another day.
const nearTaken = incident('near-taken', 'near', '2024-03-03');
const farTaken = incident('far-taken', 'far', '2024-03-06');
const southTaken = incident('south-taken', 'south', '2024-03-09');

function run(incidents: IncidentFeature[], memo?: MemoryMemo): ControlFeature[] {
  return buildControl({ incidents, places, gazetteer, baseline, memo });
}

describe('buildControl with a memo', () => {
  it('draws the same with an empty memo, a filled one and none, and takes the answers it kept', () => {
    const plain = run([nearTaken, farTaken, southTaken]);
    expect(plain.some((f) => f.properties.status === 'assessed')).toBe(true);
    const memo = new MemoryMemo();
    expect(run([nearTaken, farTaken, southTaken], memo)).toEqual(plain);
    expect(memo.stats.hits).toBe(0);
    const stored = memo.entries.size;
    // Two advances' ground (one per day an advance began) and the cells.
    expect(stored).toBeGreaterThanOrEqual(3);
    expect(run([nearTaken, farTaken, southTaken], memo)).toEqual(plain);
    expect(memo.stats.hits).toBeGreaterThanOrEqual(stored - 1);
    expect(memo.entries.size).toBe(stored);
  });

  it('recomputes what a new report changes: a memo filled before it leaves the output as computed', () => {
    const memo = new MemoryMemo();
    run([farTaken, southTaken], memo);
    const before = memo.entries.size;
    // A capture reported later, on a day before the others: the line the later advances start
    // from moves, so their ground is computed again, not taken from the memo.
    const withNear = [nearTaken, farTaken, southTaken];
    expect(run(withNear, memo)).toEqual(run(withNear));
    expect(memo.entries.size).toBeGreaterThan(before);
  });

  it('reads cells from the memo in a fresh run, and computes them again when the stored ones are damaged', () => {
    const memo = new MemoryMemo();
    const plain = run([nearTaken]);
    run([nearTaken], memo);
    // Another map in between, so the next run cannot reuse the last cells it kept in memory.
    run([], undefined);
    buildControl({
      incidents: [],
      places,
      gazetteer,
      baseline: { ...baseline, settlements: settlements.slice(1) },
    });
    const hits = memo.stats.hits;
    expect(run([nearTaken], memo)).toEqual(plain);
    expect(memo.stats.hits).toBeGreaterThan(hits);
    for (const [k, v] of memo.entries) memo.entries.set(k, v.subarray(0, Math.max(1, v.length - 5)));
    buildControl({
      incidents: [],
      places,
      gazetteer,
      baseline: { ...baseline, settlements: settlements.slice(2) },
    });
    expect(run([nearTaken], memo)).toEqual(plain);
  });
});

describe("the key of an advance's ground", () => {
  const units = [
    controlUnit('west', 37.0, 35, 'opposition'),
    controlUnit('line', 37.2, 35, 'opposition'),
    controlUnit('target', 37.4, 35),
    controlUnit('city', 37.6, 35),
  ];
  // The city's parts stand for it: it has no cell, so it is never part of a line.
  const withCell = [true, true, true, false];
  const advance: Advance = {
    side: 'opposition',
    start: '2024-03-03',
    reachKm: 3,
    axes: [
      {
        side: 'opposition',
        objective: {
          unit: 2,
          date: '2024-03-04',
          side: 'opposition',
          incidents: ['taken'],
          placeIds: [],
          reach: 'taken',
        },
        start: '2024-03-03',
        front: [{ unit: 1, km: 18.2 }],
        lengthKm: 18.2,
        reach: 1,
      },
    ],
  };
  const day = (holders: string[]): DayState => ({
    date: '2024-03-02',
    states: holders.map((controller) => ({
      controller: controller as 'opposition',
      status: 'held',
      basis: [],
      since: '2024-03-01',
      placeIds: [],
    })),
    changes: [],
  });
  const unitsKey = unitsKeyOf(units, withCell);
  const base = reachKey(
    unitsKey,
    withCell,
    advance,
    day(['opposition', 'opposition', 'government', 'government']),
  );

  it('stays for the same inputs and for a change candidates never reads', () => {
    expect(
      reachKey(unitsKey, withCell, advance, day(['opposition', 'opposition', 'government', 'government'])),
    ).toBe(base);
    // A unit with no cell taken over on the day before: not on the line.
    expect(
      reachKey(unitsKey, withCell, advance, day(['opposition', 'opposition', 'government', 'opposition'])),
    ).toBe(base);
  });

  it('changes with the line the advance starts from, the advance and the units', () => {
    // The western town lost on the day before: the line is another, though the front is the same.
    expect(
      reachKey(unitsKey, withCell, advance, day(['government', 'opposition', 'government', 'government'])),
    ).not.toBe(base);
    const holders = day(['opposition', 'opposition', 'government', 'government']);
    expect(reachKey(unitsKey, withCell, { ...advance, start: '2024-03-02' }, holders)).not.toBe(base);
    expect(reachKey(unitsKey, withCell, { ...advance, reachKm: 5 }, holders)).not.toBe(base);
    const axis = advance.axes[0];
    expect(reachKey(unitsKey, withCell, { ...advance, axes: [{ ...axis, reach: 0.7 }] }, holders)).not.toBe(
      base,
    );
    const moved = units.map((u, i) => (i === 0 ? { ...u, lon: 36.9 } : u));
    expect(reachKey(unitsKeyOf(moved, withCell), withCell, advance, holders)).not.toBe(base);
    const regained = units.map((u, i) => (i === 3 ? { ...u, controller: 'opposition' as const } : u));
    expect(reachKey(unitsKeyOf(regained, withCell), withCell, advance, holders)).not.toBe(base);
  });

  it('tells every line apart, whatever runs of units it is made of', () => {
    // The line is hashed as runs of consecutive units: every set of 6 units held, including sets
    // as many as another with the runs shifted, split or joined, gives its own key.
    const six = Array.from({ length: 6 }, () => true);
    const keys = new Set<string>();
    for (let set = 0; set < 64; set++) {
      const holders = six.map((_, i) => (set & (1 << i) ? 'opposition' : 'government'));
      keys.add(reachKey(unitsKey, six, advance, day(holders)));
    }
    expect(keys.size).toBe(64);
  });
});
