import { describe, expect, it } from 'vitest';
import { bboxPolygon, booleanPointInPolygon } from '@turf/turf';
import type { IncidentFeature, PlaceFeature } from '../../types/model.ts';
import { placeFeature } from '../../types/placeFeature.ts';
import { baselineUnits } from '../ground/baseline.ts';
import { applyClaims, isDate, lastDay, nextDay } from './applyClaims.ts';
import { incident, place, syriaOutline, testGazetteer } from '../testFixtures.ts';

const syria = syriaOutline();
const gazetteer = testGazetteer();
const places = [
  place('saraqib', 'Saraqib', 36.806, 35.864, 'geonames:164816'),
  place('khan', 'Khan al-Asal', 37.039, 36.167, 'sm:place:khan-al-asal'),
  place('hama', 'Hama', 36.758, 35.132, 'geonames:170017'),
];
function run(incidents: IncidentFeature[], extra: PlaceFeature[] = []) {
  return applyClaims({
    units: baselineUnits(gazetteer),
    incidents,
    places: [...places, ...extra],
    gazetteer,
    baselineDate: '2024-11-26',
    inside: (lon, lat) => booleanPointInPolygon([lon, lat], syria),
  });
}
function stateOn(r: ReturnType<typeof run>, date: string, name: string) {
  const i = r.units.findIndex((u) => u.name === name);
  return r.days.find((d) => d.date === date)!.states[i];
}

describe('applyClaims', () => {
  it('has one day per date from the baseline to the last dated incident', () => {
    expect(nextDay('2024-11-30')).toBe('2024-12-01');
    const r = run([incident('i1', 'khan', '2024-11-29')]);
    expect(r.days.map((d) => d.date)).toEqual(['2024-11-26', '2024-11-27', '2024-11-28', '2024-11-29']);
    expect(run([]).days.map((d) => d.date)).toEqual(['2024-11-26']);
  });

  it('changes a place from the date of its capture and keeps the change', () => {
    const r = run([incident('i1', 'khan', '2024-11-28'), incident('i2', 'hama', '2024-11-30')]);
    expect(stateOn(r, '2024-11-27', 'Khan al-Asal').controller).toBe('government');
    expect(stateOn(r, '2024-11-28', 'Khan al-Asal')).toMatchObject({
      controller: 'opposition',
      status: 'claimed',
      basis: ['i1'],
    });
    expect(stateOn(r, '2024-11-30', 'Khan al-Asal')).toMatchObject({
      controller: 'opposition',
      since: '2024-11-28',
    });
    const day = r.days.find((d) => d.date === '2024-11-28')!;
    expect(day.changes).toEqual([
      expect.objectContaining({
        name: 'Khan al-Asal',
        from: 'government',
        to: 'opposition',
        incidents: ['i1'],
        placeIds: ['khan'],
      }),
    ]);
  });

  it('makes a denied capture contested, not captured', () => {
    const r = run([incident('i1', 'saraqib', '2024-11-29', { status: 'denied' })]);
    expect(stateOn(r, '2024-11-29', 'Saraqib')).toMatchObject({
      controller: 'contested',
      status: 'contested',
    });
  });

  it('draws no geometry for a count of villages over an area, and makes no objective of it', () => {
    const gov = place('gov', 'Aleppo Governorate', 37.2, 36.2, 'sm:adm1:SY02', 'admin1');
    const west = placeFeature(
      { id: 'w', name: 'west of Aleppo', kind: 'region', gazetteerId: 'rel:west-of:geonames:170063' },
      bboxPolygon([36.9, 36.1, 37.1, 36.3]).geometry,
    );
    const counted = { figures: [{ what: 'villages', value: 50, qualifier: 'more than', article: 'a' }] };
    const r = run(
      [incident('i1', 'gov', '2024-11-28', counted), incident('i2', 'w', '2024-11-28', counted)],
      [gov, west],
    );
    expect(r.days.every((d) => d.changes.length === 0)).toBe(true);
    expect(r.objectives).toEqual([]);
  });

  it('lists objectives: places taken, reached and approached, once per side', () => {
    const r = run([
      incident('take', 'khan', '2024-11-28'),
      incident('reach', 'saraqib', '2024-11-28', { progress: 'reached' }),
      incident('again', 'saraqib', '2024-11-29'),
      incident('near', 'hama', '2024-11-29', { progress: 'approached' }),
    ]);
    const names = r.objectives.map((o) => [r.units[o.unit].name, o.date, o.reach, o.side]);
    expect(names).toEqual([
      ['Khan al-Asal', '2024-11-28', 'taken', 'opposition'],
      ['Saraqib', '2024-11-28', 'reached', 'opposition'],
      ['Hama', '2024-11-29', 'approached', 'opposition'],
    ]);
    // Taken after it was reached: the state moves on, the objective is not listed twice.
    expect(stateOn(r, '2024-11-29', 'Saraqib')).toMatchObject({
      controller: 'opposition',
      status: 'claimed',
    });
    expect(stateOn(r, '2024-11-29', 'Hama')).toMatchObject({ controller: 'government', status: 'held' });
  });

  it('ignores background incidents, and undated ones with no dated report', () => {
    const r = run([
      incident('old', 'khan', '2016-12-22', { background: true }),
      incident('nodate', 'khan', null as unknown as string),
    ]);
    expect(r.days.every((d) => d.changes.length === 0)).toBe(true);
  });

  it('gives districts named in a denied entry into a city to the attacker, and contests the centre', () => {
    const city = place('city', 'Aleppo', 37.161, 36.201, 'geonames:170063');
    const district = place('d', 'Hamdaniyeh', 37.113, 36.181, 'sm:nbhd:aleppo-hamdaniyeh', 'neighbourhood');
    city.properties.mentions.push({ article: 'a', start: 5, end: 11, text: 'Aleppo' });
    district.properties.mentions.push({ article: 'a', start: 40, end: 50, text: 'Hamdaniyeh' });
    const entry = incident('i1', 'city', '2024-11-29', {
      status: 'contested',
      sources: [
        { article: 'a', outlet: null, attribution: null, stance: 'claim', start: 30, end: 60 },
        { article: 'b', outlet: null, attribution: 'state media', stance: 'denial', start: 0, end: 20 },
      ],
    });
    const r = run([entry], [city, district]);
    expect(stateOn(r, '2024-11-29', 'Hamdaniyeh')).toMatchObject({
      controller: 'opposition',
      status: 'claimed',
      basis: ['i1'],
    });
    expect(stateOn(r, '2024-11-29', 'Old City')).toMatchObject({ controller: 'contested' });
    expect(stateOn(r, '2024-11-29', 'New Aleppo').controller).toBe('government');
  });

  it('dates an undated incident by the latest dated incident of its reports', () => {
    const dated = incident('d1', 'hama', '2024-11-29', { type: 'airstrike' });
    const undated = incident('u1', 'khan', null as unknown as string);
    const r = run([dated, undated]);
    expect(stateOn(r, '2024-11-28', 'Khan al-Asal').controller).toBe('government');
    expect(stateOn(r, '2024-11-29', 'Khan al-Asal').controller).toBe('opposition');
  });

  it('does not contest a whole area for a clash with no sides named', () => {
    const west = placeFeature(
      { id: 'w', name: 'west of Aleppo', kind: 'region', gazetteerId: 'rel:west-of:geonames:170063' },
      bboxPolygon([36.9, 36.1, 37.1, 36.3]).geometry,
    );
    const r = run([incident('c1', 'w', '2024-11-29', { type: 'armed-clash', actors: [] })], [west]);
    expect(r.days.every((d) => d.changes.length === 0)).toBe(true);
  });

  it('survives malformed dates and incidents pointing at unknown places', () => {
    const r = run([
      incident('bad1', 'khan', 'zzz'),
      incident('bad2', 'khan', '2024-13-45'),
      incident('bad3', 'khan', '2024-02-30'),
      incident('far', 'khan', '2031-01-01'),
      incident('ghost', 'no-such-place', '2024-11-28'),
    ]);
    expect(r.days.map((d) => d.date)).toEqual(['2024-11-26', '2024-11-27', '2024-11-28']);
    expect(r.days.every((d) => d.changes.length === 0)).toBe(true);
  });
});

describe('isDate', () => {
  it('holds for calendar dates written YYYY-MM-DD only, asked once or many times', () => {
    // Answers are kept by text: the second asking must answer as the first.
    for (let round = 0; round < 2; round++) {
      expect(isDate('2024-02-29')).toBe(true);
      expect(isDate('2023-02-29')).toBe(false); // no leap day that year
      expect(isDate('2024-11-31')).toBe(false);
      expect(isDate('2024-1-05')).toBe(false);
      expect(isDate('05/11/2024')).toBe(false);
      expect(isDate(' 2024-11-05')).toBe(false);
      expect(isDate(20241105)).toBe(false);
      expect(isDate(null)).toBe(false);
    }
  });
});

describe('lastDay', () => {
  const days = ['2024-11-26', '2024-11-27', '2024-11-29'].map((date) => ({ date, states: [], changes: [] }));
  it('finds the last day before a date, or on it when asked', () => {
    expect(lastDay(days, '2024-11-28')?.date).toBe('2024-11-27');
    expect(lastDay(days, '2024-11-29')?.date).toBe('2024-11-27');
    expect(lastDay(days, '2024-11-29', true)?.date).toBe('2024-11-29');
    expect(lastDay(days, '2025-01-01')?.date).toBe('2024-11-29');
  });
  it('finds none before the first day', () => {
    expect(lastDay(days, '2024-11-26')).toBeUndefined();
    expect(lastDay(days, '2024-11-26', true)?.date).toBe('2024-11-26');
    expect(lastDay([], '2024-11-26', true)).toBeUndefined();
  });
});
