import { expect, it } from 'vitest';
import { accuracyTables, runFigures, type CorpusRun } from './benchAccuracy.ts';
import { scoreArticle } from './scoreToponyms.ts';

it('prints detection and resolution beside the published figures', () => {
  const gold = [{ name: 'Homs', start: 0, end: 4, lat: 34.73, lon: 36.72, isPlace: true }];
  const s = scoreArticle(
    gold,
    [{ start: 0, end: 4, text: 'Homs', geometry: { type: 'Point', coordinates: [36.7, 34.7] } }],
    'exact',
  );
  const run: CorpusRun = {
    name: 'TR-News',
    inputs: [{ id: 'a', text: 'Homs is quiet.' }],
    sets: [{ label: 'TR-News', set: 'places', exact: s, overlap: s }],
    ms: 1,
    errors: [],
    realigned: 0,
    dropped: 0,
  };
  const out = accuracyTables([run]);
  expect(out).toMatch(/TR-News\s+\|\s+1 \|\s+1 \|\s+1\.00/);
  expect(out).toContain('87.3 %');
  expect(out).toContain('60.7 %');
  expect(runFigures(run).sets[0].overlap.accEndToEnd).toBe(1);
});
