import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import type { GoldToponym } from './corpora.ts';
import { addScores, greatCircleKm, scoreArticle, summarise } from './scoreToponyms.ts';

const pt = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });

const gold: GoldToponym[] = [
  { name: 'Aleppo', start: 10, end: 16, lat: 36.2, lon: 37.16, isPlace: true },
  { name: 'Idlib', start: 30, end: 35, lat: 35.93, lon: 36.63, isPlace: true },
  { name: 'Hama', start: 50, end: 54, isPlace: true },
  { name: 'Syrian', start: 60, end: 66, isPlace: false },
];

describe('greatCircleKm', () => {
  it('measures about 111 km per degree of latitude and 0 for the same point', () => {
    expect(greatCircleKm(0, 0, 0, 1)).toBeCloseTo(111.2, 0);
    expect(greatCircleKm(37.16, 36.2, 37.16, 36.2)).toBe(0);
  });
});

describe('scoreArticle', () => {
  it('counts hits, misses, false positives and neutral hits', () => {
    const s = scoreArticle(
      gold,
      [
        { start: 10, end: 16, text: 'Aleppo', geometry: pt(37.15, 36.21) },
        { start: 30, end: 35, text: 'Idlib', geometry: pt(36.63, 40) },
        { start: 60, end: 66, text: 'Syrian' },
        { start: 70, end: 75, text: 'Dummy' },
      ],
      'exact',
    );
    expect([s.tp, s.fp, s.fn, s.neutral]).toEqual([2, 1, 1, 1]);
    expect([s.goldWithCoords, s.detectedWithCoords, s.within]).toEqual([2, 2, 1]);
    expect(s.wrong[0].gold.name).toBe('Idlib');
    const sum = summarise(s);
    expect(sum.precision).toBeCloseTo(2 / 3);
    expect(sum.recall).toBeCloseTo(2 / 3);
    expect(sum.accDetected).toBe(0.5);
    expect(sum.accEndToEnd).toBe(0.5);
  });

  it('counts a second mention of a matched span, and one only overlapping a non-place, as false positives in exact mode', () => {
    const s = scoreArticle(
      gold,
      [
        { start: 10, end: 16, text: 'Aleppo', geometry: pt(37.16, 36.2) },
        { start: 10, end: 16, text: 'Aleppo', geometry: pt(37.16, 36.2) },
        { start: 60, end: 70, text: 'Syrian Sea' },
      ],
      'exact',
    );
    expect([s.tp, s.fp, s.neutral]).toEqual([1, 2, 0]);
    expect(scoreArticle(gold, [{ start: 60, end: 70, text: 'Syrian Sea' }], 'overlap').neutral).toBe(1);
  });

  it('scores every toponym with coordinates, whatever its type, in the withCoords set', () => {
    const typed = [...gold.slice(0, 3), { ...gold[3], lat: 35, lon: 38 }];
    const s = scoreArticle(
      typed,
      [{ start: 60, end: 66, text: 'Syrian', geometry: pt(38, 35) }],
      'exact',
      'withCoords',
    );
    // Aleppo, Idlib and Syrian are the set; Hama (no coordinates) is neutral.
    expect([s.tp, s.fn, s.goldWithCoords, s.within]).toEqual([1, 2, 3, 1]);
    expect(scoreArticle(typed, [{ start: 50, end: 54, text: 'Hama' }], 'exact', 'withCoords').neutral).toBe(
      1,
    );
  });

  it('matches overlapping spans only in overlap mode', () => {
    const p = [{ start: 10, end: 21, text: 'Aleppo city', geometry: pt(37.16, 36.2) }];
    expect(scoreArticle(gold, p, 'exact').tp).toBe(0);
    expect(scoreArticle(gold, p, 'overlap').tp).toBe(1);
  });

  it('counts an unresolved detection as detected but wrong', () => {
    const s = scoreArticle(gold, [{ start: 10, end: 16, text: 'Aleppo' }], 'exact');
    expect([s.detectedWithCoords, s.within]).toEqual([1, 0]);
    expect(s.errorsKm).toEqual([Infinity]);
  });

  it('adds scores', () => {
    const a = scoreArticle(gold, [], 'exact');
    const sum = addScores(a, a);
    expect([sum.fn, sum.goldWithCoords]).toEqual([6, 4]);
    expect(summarise(sum).f1).toBe(0);
  });
});

describe('areas', () => {
  const square = bboxPolygon([30, 30, 40, 40]).geometry;

  it('counts a gold point inside the mapped area as correct (geometry rule), but not by point distance', () => {
    const s = scoreArticle(
      [{ name: 'Syria', start: 0, end: 5, lat: 31, lon: 31, isPlace: true }],
      [{ start: 0, end: 5, text: 'Syria', geometry: square }],
      'exact',
    );
    expect([s.within, s.withinPoint]).toEqual([1, 0]);
  });
});
