// Assessed advances on a small made-up front inside Syria's outline: a side holds the west, the
// other the east; reports (our own, as incidents) say a town on the far side was taken.
import { describe, expect, it } from 'vitest';
import type { ControlFeature, IncidentFeature, TerritorialFigure } from '../../types/model.ts';
import type { BaselineData, BaselineRecord } from '../ground/baseline.ts';
import { buildControl } from '../buildControl.ts';
import { zoneAt as shownAt, zoneOn } from '../zones/zoneAt.ts';
import { featuresAsOf } from '../zones/dayZones.ts';
import { KM2_PER_PLACE } from '../claims/extents.ts';
import { baselineOf, gridFront, incident, place, rec, testGazetteer } from '../testFixtures.ts';

const gazetteer = testGazetteer();
// The grid front (opposition west of x = 37.3, government east); the SDF holds a town in the
// north-east.
const settlements: BaselineRecord[] = gridFront();
settlements.push(rec('North', 37.8, 35.4, 'sdf'));
const baseline = baselineOf(settlements);
/** The front with a government city ('t:city') at [lon, 35.1] whose neighbourhoods are `parts`. */
const withCity = (lon: number, parts: BaselineRecord[]): BaselineData => ({
  ...baseline,
  parent: { neighbourhoods: 't:city' },
  settlements: [...settlements, rec('City', lon, 35.1, 'government')],
  neighbourhoods: parts,
});
// A city of four parts around its centre, all the government's but a Kurdish quarter, and a part
// outside them.
const ring: [string, number, number][] = [
  ['W', 37.4, 35.1],
  ['N', 37.43, 35.125],
  ['E', 37.46, 35.1],
  ['S', 37.43, 35.075],
];
const ringCity: BaselineRecord[] = [
  ...ring.map(([n, lon, lat]) => rec(n, lon, lat, 'government')),
  rec('Centre', 37.43, 35.1, 'government'),
  rec('Kurdish', 37.432, 35.104, 'sdf'),
  rec('Outer', 37.43, 35.16, 'government'),
];
const ringParts = ring.map(([n, lon, lat]) => place(n, n, lon, lat, `t:${n.toLowerCase()}`, 'neighbourhood'));
const target = place('target', 'Target', 37.5, 35.1, 't:t53');
const province = place('province', 'Test Province', 37.3, 35.0, 'sm:adm1:T1', 'admin1');
const places = [target, province];

function run(incidents: IncidentFeature[]): ControlFeature[] {
  return buildControl({ incidents, places, gazetteer, baseline });
}

function zoneAt(features: ControlFeature[], date: string, lon: number, lat: number) {
  return shownAt(features, date, lon, lat)?.properties;
}

function gained(features: ControlFeature[], date: string): number {
  const held = (d: string) =>
    featuresAsOf(features, d)
      .filter(
        (f) =>
          f.properties.layer === 'zone' &&
          f.properties.controller === 'opposition' &&
          f.properties.status !== 'contested',
      )
      .reduce((s, f) => s + f.properties.areaKm2!, 0);
  return held(date) - held(baseline.date);
}

const taken = incident('taken', 'target', '2024-03-04');
// "Launched an offensive in the province on Saturday": the first day of the advance, no place taken.
const launched = incident('launched', 'province', '2024-03-02', { progress: 'approached' });
const extent = (value: number, from: string | null, to: string): TerritorialFigure => ({
  what: 'km2',
  value,
  qualifier: 'about',
  article: 'a1',
  side: 'opposition',
  from,
  to,
  within: [],
  start: 0,
  end: 1,
});

describe('assessed advances', () => {
  it('with no extent, assesses a narrow way from the line to the town taken, on its day', () => {
    const out = run([taken]);
    expect(zoneAt(out, '2024-03-04', 37.5, 35.1)).toMatchObject({
      controller: 'opposition',
      status: 'claimed',
    });
    // On the way (between the line at x 37.26 and the town), not before the town's day.
    expect(zoneAt(out, '2024-03-04', 37.4, 35.1)).toMatchObject({
      controller: 'opposition',
      status: 'assessed',
    });
    expect(zoneAt(out, '2024-03-03', 37.4, 35.1)?.controller).toBe('government');
    // 20 km off the way: nobody said anything about it.
    expect(zoneAt(out, '2024-03-04', 37.4, 35.28)?.controller).toBe('government');
  });

  it('moves the front along the way from the first day of the advance to the day the town fell', () => {
    const out = run([launched, taken]);
    const near = zoneAt(out, '2024-03-02', 37.33, 35.1);
    expect(near).toMatchObject({ controller: 'opposition', status: 'assessed' });
    expect(zoneAt(out, '2024-03-02', 37.45, 35.1)?.controller).toBe('government');
    expect(zoneAt(out, '2024-03-04', 37.45, 35.1)?.controller).toBe('opposition');
    expect(gained(out, '2024-03-02')).toBeLessThan(gained(out, '2024-03-03'));
    expect(gained(out, '2024-03-03')).toBeLessThan(gained(out, '2024-03-04'));
  });

  it('widens the advance to a reported extent, never past it, and says so in the summary', () => {
    const small = run([launched, taken]);
    const told = run([
      launched,
      { ...taken, properties: { ...taken.properties, territory: [extent(400, '2024-03-02', '2024-03-04')] } },
    ]);
    const g = gained(told, '2024-03-04');
    expect(g).toBeGreaterThan(gained(small, '2024-03-04'));
    expect(g).toBeGreaterThan(400 * 0.75);
    expect(g).toBeLessThanOrEqual(400 * 1.1);
    const summary = told.find((f) => f.properties.layer === 'summary' && f.properties.date === '2024-03-04')!;
    expect(summary.properties.figures).toEqual([
      expect.objectContaining({ value: 400, unit: 'km2', from: '2024-03-02', mapped: expect.any(Number) }),
    ]);
    expect(Math.abs(summary.properties.figures![0].mapped! - g)).toBeLessThan(1);
    // A smaller extent holds the advance narrower than the narrow default.
    const tight = run([
      launched,
      { ...taken, properties: { ...taken.properties, territory: [extent(60, '2024-03-02', '2024-03-04')] } },
    ]);
    expect(gained(tight, '2024-03-04')).toBeLessThan(gained(small, '2024-03-04'));
  });

  it('says which axes and figures moved each assessed zone, and paints no other side’s ground', () => {
    const out = run([
      launched,
      {
        ...taken,
        properties: { ...taken.properties, territory: [extent(2000, '2024-03-02', '2024-03-04')] },
      },
    ]);
    const z = zoneOn(out, '2024-03-04', 'opposition', 'assessed')!;
    expect(z.properties.axes).toEqual([
      expect.objectContaining({ to: 'T53', days: ['2024-03-02', '2024-03-04'], incidents: ['taken'] }),
    ]);
    expect(z.properties.figures?.map((f) => f.value)).toEqual([2000]);
    expect(z.properties.basis).toEqual(expect.arrayContaining(['taken']));
    expect(zoneAt(out, '2024-03-04', 37.8, 35.4)?.controller).toBe('sdf');
  });

  it('leaves a town too far from the line to a claim of its own', () => {
    const far = place('far', 'Far', 38.3, 35.0, 't:far');
    const out = buildControl({
      incidents: [incident('far-taken', 'far', '2024-03-04')],
      places: [far],
      gazetteer,
      baseline: { ...baseline, settlements: [...settlements, rec('Far', 38.3, 35.0, 'government')] },
    });
    expect(zoneAt(out, '2024-03-04', 38.3, 35.0)?.controller).toBe('opposition');
    expect(zoneAt(out, '2024-03-04', 37.6, 35.0)?.controller).toBe('government');
    expect(out.some((f) => f.properties.status === 'assessed')).toBe(false);
  });
});

describe('parts of a city counted, not named', () => {
  // A government city of six neighbourhoods in a row, west to east, beside the opposition's line.
  const nb = (k: number): BaselineRecord => rec(`N${k}`, 37.4 + k * 0.02, 35.1, 'government');
  const cityBaseline = withCity(37.45, [0, 1, 2, 3, 4, 5].map(nb));
  const city = place('city', 'City', 37.45, 35.1, 't:city');
  const west = place('n0', 'N0', 37.4, 35.1, 't:n0', 'neighbourhood');
  const tookOne = incident('took-n0', 'n0', '2024-03-04');
  const count = (value: number): TerritorialFigure => ({
    ...extent(value, null, '2024-03-04'),
    what: 'neighbourhoods',
    within: ['city'],
  });
  const run2 = (territory: TerritorialFigure[]) =>
    buildControl({
      incidents: [{ ...tookOne, properties: { ...tookOne.properties, territory } }],
      places: [city, west],
      gazetteer,
      baseline: cityBaseline,
    });
  const statusOf = (out: ControlFeature[], k: number) => zoneAt(out, '2024-03-04', 37.4 + k * 0.02, 35.1);

  it('assesses as many more as the count says, nearest the taker first, from the day it stands for', () => {
    const out = run2([count(3)]);
    expect(statusOf(out, 0)).toMatchObject({ controller: 'opposition', status: 'claimed' });
    expect(statusOf(out, 1)).toMatchObject({ controller: 'opposition', status: 'assessed' });
    expect(statusOf(out, 2)).toMatchObject({ controller: 'opposition', status: 'assessed' });
    for (const k of [3, 4, 5]) expect(statusOf(out, k)?.controller, `N${k}`).toBe('government');
    expect(zoneAt(out, '2024-03-03', 37.42, 35.1)?.controller).toBe('government');
    const summary = out.find((f) => f.properties.layer === 'summary' && f.properties.date === '2024-03-04')!;
    expect(summary.properties.figures?.find((f) => f.what === 'neighbourhoods')?.mapped).toBe(3);
  });

  it('assesses none when the parts named already reach the count', () => {
    const out = run2([count(1)]);
    expect(statusOf(out, 1)?.controller).toBe('government');
  });
});

describe('counts of settlements', () => {
  // "Foreign media said the rebels now control about 50 villages" (our own sentence), over the
  // advance's days: our settlements lie 10–12 km apart, far sparser than a report's villages.
  const villages = (value: number, qualifier = 'about'): TerritorialFigure => ({
    ...extent(value, '2024-03-02', '2024-03-04'),
    what: 'villages',
    qualifier,
    attribution: 'foreign media',
  });
  const told = (figure: TerritorialFigure) =>
    run([launched, { ...taken, properties: { ...taken.properties, territory: [figure] } }]);

  it('drive the advance to about the ground that many villages hold, never more, nearest the way first', () => {
    const small = run([launched, taken]);
    const out = told(villages(50));
    const g = gained(out, '2024-03-04');
    expect(g).toBeGreaterThan(gained(small, '2024-03-04'));
    expect(g).toBeGreaterThan(50 * KM2_PER_PLACE * 0.75);
    expect(g).toBeLessThanOrEqual(50 * KM2_PER_PLACE * 1.1);
    // Nearer the way first: 6 km off it is taken before 20 km off it.
    expect(zoneAt(out, '2024-03-04', 37.42, 35.155)?.controller).toBe('opposition');
    expect(zoneAt(out, '2024-03-04', 37.42, 35.3)?.controller).toBe('government');
    // A larger count reaches further.
    expect(gained(told(villages(120)), '2024-03-04')).toBeGreaterThan(g);
  });

  it('show in the summary beside the places named and the area, with who said it', () => {
    const out = told(villages(50));
    const g = gained(out, '2024-03-04');
    const summary = out.find((f) => f.properties.layer === 'summary' && f.properties.date === '2024-03-04')!;
    const f = summary.properties.figures!.find((x) => x.what === 'villages')!;
    expect(f).toMatchObject({
      value: 50,
      unit: 'places',
      attribution: 'foreign media',
      km2PerPlace: KM2_PER_PLACE,
    });
    expect(Math.abs(f.mappedKm2! - g)).toBeLessThan(1);
    const named = (summary.properties.changes ?? []).filter((c) => c.to === 'opposition').length;
    expect(f.mapped).toBeGreaterThan(0);
    expect(f.mapped).toBeLessThanOrEqual(named + 1);
  });
});

describe('reach of a reported area', () => {
  const withArea = (value: number) =>
    run([
      launched,
      {
        ...taken,
        properties: { ...taken.properties, territory: [extent(value, '2024-03-02', '2024-03-04')] },
      },
    ]);

  it('reaches sideways beyond the narrow strip as far as a large area needs, never past the town', () => {
    const narrow = run([launched, taken]);
    const wide = withArea(1500);
    // 12 km north of the way from the line to the town: only a large reported area reaches it.
    expect(zoneAt(narrow, '2024-03-04', 37.42, 35.21)?.controller).toBe('government');
    expect(zoneAt(wide, '2024-03-04', 37.42, 35.21)).toMatchObject({
      controller: 'opposition',
      status: 'assessed',
    });
    // Beyond the town, seen from the line: not part of the advance; abreast of it, a little
    // ahead but further to the side, it is.
    expect(zoneAt(wide, '2024-03-04', 37.68, 35.1)?.controller).toBe('government');
    expect(zoneAt(wide, '2024-03-04', 37.54, 35.2)?.controller).toBe('opposition');
    expect(zoneAt(narrow, '2024-03-04', 37.54, 35.2)?.controller).toBe('government');
    // No wider to either side than the advance is long (about 20 km from the line to the town).
    expect(zoneAt(wide, '2024-03-04', 37.42, 35.38)?.controller).toBe('government');
    expect(gained(wide, '2024-03-04')).toBeLessThanOrEqual(1500 * 1.1);
  });
});

describe('parts of a city enclosed by parts a side took', () => {
  const took = ring.map(([n]) => incident(`took-${n}`, n, '2024-03-04'));

  it("assesses the other side's parts between them as the taker's, not a third side's nor those outside", () => {
    const baseline = withCity(37.43, ringCity);
    const out = buildControl({ incidents: took, places: ringParts, gazetteer, baseline });
    expect(zoneAt(out, '2024-03-04', 37.43, 35.1)).toMatchObject({
      controller: 'opposition',
      status: 'assessed',
    });
    expect(zoneAt(out, '2024-03-03', 37.43, 35.1)?.controller).toBe('government');
    expect(zoneAt(out, '2024-03-04', 37.432, 35.104)?.controller).toBe('sdf');
    expect(zoneAt(out, '2024-03-04', 37.43, 35.16)?.controller).toBe('government');
    const summary = out.find((f) => f.properties.layer === 'summary' && f.properties.date === '2024-03-04')!;
    expect(summary.properties.changes?.find((c) => c.name === 'Centre')).toMatchObject({
      to: 'opposition',
      status: 'assessed',
    });
  });
});

describe('a city its defenders left', () => {
  const cityBaseline = withCity(37.43, [...ringCity, rec('Outer2', 37.47, 35.14, 'government')]);
  const city = place('city', 'City', 37.43, 35.1, 't:city');
  const took = (names: string[]) => names.map((n) => incident(`took-${n}`, n, '2024-03-04'));
  // "Government troops withdrew from the city on Tuesday", told by one outlet.
  const withdrew = incident('withdrew', 'city', '2024-03-05', {
    type: 'withdrawal',
    actors: [
      { side: 'government', name: 'government troops' },
      { side: 'opposition', name: 'rebels' },
    ],
  });
  const run3 = (names: string[]) =>
    buildControl({
      incidents: [...took(names), withdrew],
      places: [city, ...ringParts],
      gazetteer,
      baseline: cityBaseline,
    });

  it('hands the parts the defenders still held to the side that holds most of the city, from that day', () => {
    const out = run3(['W', 'N', 'E', 'S']);
    expect(zoneAt(out, '2024-03-04', 37.43, 35.16)?.controller).toBe('government');
    expect(zoneAt(out, '2024-03-05', 37.43, 35.16)).toMatchObject({
      controller: 'opposition',
      status: 'assessed',
    });
    expect(zoneAt(out, '2024-03-05', 37.47, 35.14)?.controller).toBe('opposition');
    expect(zoneAt(out, '2024-03-05', 37.432, 35.104)?.controller).toBe('sdf');
    const summary = out.find((f) => f.properties.layer === 'summary' && f.properties.date === '2024-03-05')!;
    expect(summary.properties.changes?.find((c) => c.name === 'Outer')).toMatchObject({
      to: 'opposition',
      status: 'assessed',
    });
    expect(summary.properties.changes?.find((c) => c.name === 'Outer')?.incidents).toContain('withdrew');
  });

  it('leaves them when the attacker holds less than half of the city', () => {
    const out = run3(['W']);
    expect(zoneAt(out, '2024-03-05', 37.43, 35.16)?.controller).toBe('government');
  });
});
