import { describe, expect, it } from 'vitest';
import { mergeIncidents } from './mergeIncidents.ts';
import type { IncidentCandidate } from '../extractIncidents.ts';
import { place, point, WORLD } from '../testPlaces.ts';

let n = 0;
function cand(over: Partial<IncidentCandidate>): IncidentCandidate {
  n += 100;
  return {
    article: 'a',
    outlet: 'A Wire',
    type: 'shelling',
    place: 'p:Midcity',
    context: [],
    date: '2024-11-29',
    dateFrom: null,
    dateWeak: false,
    background: false,
    actors: [{ side: 'opposition', name: 'rebels' }],
    agent: 'opposition',
    figures: [],
    territory: [],
    attribution: null,
    speakerSide: null,
    stance: 'claim',
    start: n,
    end: n + 50,
    scope: { start: n, end: n + 50 },
    trigger: { start: n, end: n + 5 },
    ...over,
  };
}

describe('mergeIncidents', () => {
  it("dates an event by a day its sentences give before the day of reports' claims", () => {
    const out = mergeIncidents(
      [
        cand({ article: 'a', date: '2024-11-29', dateWeak: true, dateFromReport: true }),
        cand({ article: 'b', date: '2024-11-29', dateWeak: true, dateFromReport: true }),
        cand({ article: 'c', date: '2024-11-28', dateWeak: true }),
      ],
      WORLD,
    );
    expect(out.map((f) => f.properties.date)).toEqual(['2024-11-28']);
  });
  it('merges one event told by several reports, at the most specific well-supported place', () => {
    const out = mergeIncidents(
      [
        cand({
          article: 'a',
          place: 'p:Midcity University',
          figures: [{ what: 'killed', value: 4, qualifier: '', article: 'a' }],
        }),
        cand({
          article: 'b',
          place: 'p:Midcity University',
          date: null,
          figures: [{ what: 'killed', value: 5, qualifier: 'at least', article: 'b' }],
        }),
        cand({ article: 'c', place: 'p:Midcity' }),
      ],
      WORLD,
    );
    expect(out).toHaveLength(1);
    const p = out[0].properties;
    expect(p.place).toBe('p:Midcity University');
    expect(p.date).toBe('2024-11-29');
    expect(p.sources.map((s) => s.article)).toEqual(['a', 'b', 'c']);
    expect(p.figures.map((f) => `${f.value}@${f.article}`)).toEqual(['4@a', '5@b']);
    expect(out[0].geometry).toEqual({ type: 'Point', coordinates: [36.98, 36.02] });
    expect(p.summary).not.toBe('');
  });
  it("marks claim and denial (or the other side's version) of the same event contested", () => {
    const out = mergeIncidents(
      [
        cand({ type: 'advance', article: 'a' }),
        cand({ type: 'armed-clash', article: 'b' }),
        cand({ type: 'advance', article: 'c', stance: 'denial', attribution: 'state media' }),
        cand({ type: 'armed-clash', article: 'd', stance: 'counterclaim', attribution: 'the army' }),
      ],
      WORLD,
    );
    expect(out).toHaveLength(1);
    expect(out[0].properties).toMatchObject({ type: 'advance', status: 'contested', place: 'p:Midcity' });
    expect(out[0].properties.sources.find((s) => s.article === 'c')).toMatchObject({
      stance: 'denial',
      attribution: 'state media',
    });
    expect(out[0].properties.summary).toContain('disputed by state media, the army');
  });
  it('keeps events at one city apart: entering it, taking a quarter, taking unnamed parts, closing its airport', () => {
    const out = mergeIncidents(
      [
        cand({ type: 'advance', article: 'a' }),
        cand({ type: 'advance', article: 'b', place: 'p:Old Quarter' }),
        cand({ type: 'advance', article: 'c', part: true }),
        cand({ type: 'closure', article: 'd', place: 'p:Midcity Airport' }),
        cand({ type: 'advance', article: 'e' }),
      ],
      WORLD,
    );
    expect(
      out
        .map(
          (f) =>
            `${f.properties.type}@${f.properties.place}${f.properties.part ? ' parts' : ''}:${f.properties.sources.length}`,
        )
        .sort(),
    ).toEqual([
      'advance@p:Midcity parts:1',
      'advance@p:Midcity:2',
      'advance@p:Old Quarter:1',
      'closure@p:Midcity Airport:1',
    ]);
  });
  it('keeps reports of one city a week apart apart, and merges windows that overlap', () => {
    const week1 = cand({
      type: 'armed-clash',
      article: 'a',
      date: '2024-11-22',
      dateFrom: '2024-11-20',
      dateFromReport: true,
    });
    const week2 = cand({
      type: 'armed-clash',
      article: 'b',
      date: '2024-11-29',
      dateFrom: '2024-11-27',
      dateFromReport: true,
    });
    const day = cand({ type: 'armed-clash', article: 'c', date: '2024-11-28' });
    const out = mergeIncidents([week1, week2, day], WORLD);
    expect(
      out.map((f) => [f.properties.date, f.properties.dateRange ?? null, f.properties.sources.length]),
    ).toEqual([
      ['2024-11-22', ['2024-11-20', '2024-11-22'], 1],
      ['2024-11-28', null, 2],
    ]);
  });
  it('gives one row and one stance per sentence; two speakers of one sentence keep their own parts', () => {
    const one = { article: 'a', start: 0, end: 100 };
    const [f] = mergeIncidents(
      [
        cand({
          ...one,
          type: 'advance',
          attribution: 'an official',
          stance: 'confirmation',
          scope: { start: 0, end: 100 },
        }),
        cand({
          ...one,
          type: 'armed-clash',
          attribution: 'an official',
          stance: 'denial',
          scope: { start: 0, end: 100 },
        }),
      ],
      WORLD,
    );
    expect(f.properties.sources.map((s) => `${s.start}-${s.end}:${s.stance}`)).toEqual(['0-100:denial']);
    const [g] = mergeIncidents(
      [
        cand({
          ...one,
          type: 'advance',
          attribution: 'rebels',
          speakerSide: 'opposition',
          scope: { start: 0, end: 40 },
        }),
        cand({
          ...one,
          type: 'advance',
          attribution: 'state media',
          stance: 'denial',
          scope: { start: 42, end: 100 },
        }),
      ],
      WORLD,
    );
    expect(g.properties.sources.map((s) => `${s.start}-${s.end}:${s.stance}:${s.attribution}`)).toEqual([
      '0-40:claim:rebels',
      '42-100:denial:state media',
    ]);
    expect(g.properties.status).toBe('contested');
  });
  it('confirms an event told by a party and a third party, or conceded by the other side', () => {
    const told = cand({ type: 'advance', article: 'a', attribution: 'rebels', speakerSide: 'opposition' });
    const monitor = cand({ type: 'advance', article: 'b', attribution: 'a monitor', stance: 'confirmation' });
    expect(mergeIncidents([told, monitor], WORLD)[0].properties.status).toBe('confirmed');
    expect(mergeIncidents([monitor], WORLD)[0].properties.status).toBe('reported');
    const conceded = cand({
      type: 'advance',
      attribution: 'the army',
      speakerSide: 'government',
      stance: 'confirmation',
    });
    expect(mergeIncidents([conceded], WORLD)[0].properties.status).toBe('confirmed');
  });
  it('keeps apart different types, places, days, sides and history', () => {
    const out = mergeIncidents(
      [
        cand({}),
        cand({ type: 'closure' }),
        cand({ place: 'p:Fartown' }),
        cand({ date: '2024-11-27' }),
        cand({ type: 'advance', agent: 'government' }),
        cand({ type: 'advance', agent: 'opposition' }),
        cand({ background: true }),
        cand({ place: 'p:North Province' }),
        cand({ place: 'p:Nearby' }),
      ],
      WORLD,
    );
    expect(out).toHaveLength(9);
    expect(new Set(out.map((f) => f.properties.id)).size).toBe(9);
    expect(out[out.length - 1].properties.background).toBe(true);
  });
  it('merges an edge of a city with the city, and a quarter with its city, but not two towns', () => {
    const out = mergeIncidents(
      [
        cand({ type: 'explosion', place: 'p:west edge', article: 'a' }),
        cand({ type: 'explosion', article: 'b' }),
      ],
      WORLD,
    );
    expect(out).toHaveLength(1);
    expect(out[0].properties.place).toBe('p:west edge');
  });
  it('puts a road incident on the road next to the place named with it', () => {
    const [f] = mergeIncidents([cand({ type: 'closure', place: 'p:R1', context: ['p:Fartown'] })], WORLD);
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [36.6, 35.7] });
  });
  it('gives the same ids for the same input, and skips unknown places', () => {
    const input = [cand({}), cand({ type: 'airstrike', place: 'p:Fartown' }), cand({ place: 'nowhere' })];
    expect(mergeIncidents(input, WORLD).map((f) => f.properties.id)).toEqual(
      mergeIncidents(input, WORLD).map((f) => f.properties.id),
    );
    expect(mergeIncidents(input, WORLD)).toHaveLength(2);
    expect(mergeIncidents([], [])).toEqual([]);
  });
  it('keeps the furthest progress an advance was claimed to make', () => {
    const [f] = mergeIncidents(
      [
        cand({ type: 'advance', article: 'a', progress: 'encircled' }),
        cand({ type: 'advance', article: 'b', progress: 'entered' }),
        cand({ type: 'advance', article: 'c', progress: 'captured', stance: 'denial' }),
      ],
      WORLD,
    );
    expect(f.properties.progress).toBe('entered');
    expect(mergeIncidents([cand({})], WORLD)[0].properties.progress).toBeUndefined();
  });
  it('finds near places across the lookup grid: a cell edge, far north, and not far away', () => {
    // 0.25° cells: a neighbourhood and its town on either side of 36.0° N (about 2 km apart).
    const world = [
      place('p:Edge Town', 'settlement', point(37.0, 36.01)),
      place('p:Edge Quarter', 'neighbourhood', point(37.0, 35.995)),
      // At 70° N a 0.25° column is 9.5 km wide: a quarter 11 km east of its town is two columns off.
      place('p:North Town', 'settlement', point(24.99, 70.0)),
      place('p:North Quarter', 'neighbourhood', point(25.29, 70.0)),
      place('p:Far Town', 'settlement', point(38.0, 36.0)),
    ];
    const out = mergeIncidents(
      [
        cand({ article: 'a', place: 'p:Edge Town' }),
        cand({ article: 'b', place: 'p:Edge Quarter' }),
        cand({ article: 'c', place: 'p:North Town' }),
        cand({ article: 'd', place: 'p:North Quarter' }),
        cand({ article: 'e', place: 'p:Far Town' }),
      ],
      world,
    );
    expect(out.map((f) => f.properties.sources.map((s) => s.article).join('+')).sort()).toEqual([
      'a+b',
      'c+d',
      'e',
    ]);
  });
});

describe('mergeIncidents over many days', () => {
  it('merges a dated report into an event told over a span of days that began long before', () => {
    // The first report tells shelling "since 20 November" on the 28th; a report of the 21st is
    // part of it. Clusters are looked up by their first report's date, so the span must count.
    const out = mergeIncidents(
      [
        cand({ article: 'a', date: '2024-11-28', dateFrom: '2024-11-20' }),
        cand({ article: 'b', date: '2024-11-21' }),
        cand({ article: 'c', date: '2024-11-30' }),
      ],
      WORLD,
    );
    expect(out.map((f) => f.properties.sources.map((x) => x.article).sort())).toEqual([['a', 'b'], ['c']]);
  });

  it("gives a weak date a day's slack either way, also against a later cluster's first report", () => {
    const out = mergeIncidents(
      [
        cand({ article: 'a', date: '2024-11-28' }),
        cand({ article: 'b', date: '2024-11-29', dateWeak: true }),
      ],
      WORLD,
    );
    expect(out).toHaveLength(1);
  });

  it('keeps a year of daily shelling at one town as one event a day, each with its reports', () => {
    const days = Array.from({ length: 365 }, (_, i) =>
      new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
    );
    // Two reports a day, told in an order that is not the days' order.
    const out = mergeIncidents(
      days.flatMap((d, i) => [
        cand({ article: `a${i}`, date: days[(i * 7) % 365] }),
        cand({ article: `b${i}`, date: d }),
      ]),
      WORLD,
    );
    expect(out).toHaveLength(365);
    expect(out.every((f) => f.properties.sources.length === 2)).toBe(true);
  });

  it("counts a weak date's day of slack across month and year ends, leap days included", () => {
    const merged = (a: Partial<IncidentCandidate>, b: Partial<IncidentCandidate>) =>
      mergeIncidents([cand({ article: 'a', ...a }), cand({ article: 'b', ...b })], WORLD).length === 1;
    expect(merged({ date: '2024-12-31' }, { date: '2025-01-01', dateWeak: true })).toBe(true);
    expect(merged({ date: '2024-02-29' }, { date: '2024-03-01', dateWeak: true })).toBe(true);
    // 28 February to 1 March is two days in a leap year, one in another.
    expect(merged({ date: '2024-02-28' }, { date: '2024-03-01', dateWeak: true })).toBe(false);
    expect(merged({ date: '2023-02-28' }, { date: '2023-03-01', dateWeak: true })).toBe(true);
    // A span to 30 December takes a weakly dated report of the 31st, not one of 1 January.
    expect(
      merged({ date: '2024-12-30', dateFrom: '2024-12-20' }, { date: '2024-12-31', dateWeak: true }),
    ).toBe(true);
    expect(
      merged({ date: '2024-12-30', dateFrom: '2024-12-20' }, { date: '2025-01-01', dateWeak: true }),
    ).toBe(false);
  });
});
