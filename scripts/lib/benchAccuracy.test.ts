import { expect, it } from 'vitest';
import { accuracyTables, runFigures, type CorpusRun } from './benchAccuracy.ts';
import { scoreArticle } from './scoreToponyms.ts';

it('prints detection and resolution beside the published figures', () => {
  const gold = [{ name: 'Homs', start: 0, end: 4, lat: 34.73, lon: 36.72, isPlace: true }];
  const s = scoreArticle(gold, [{ start: 0, end: 4, text: 'Homs', lat: 34.7, lon: 36.7 }], 'exact');
  const run: CorpusRun = {
    name: 'TR-News',
    inputs: [{ id: 'a', text: 'Homs is quiet.' }],
    exact: s,
    overlap: s,
    time: { label: 't', articles: 1, bytes: 14, ms: 1, cpuMs: 1 },
    errors: [],
    realigned: 0,
    dropped: 0,
  };
  const out = accuracyTables([run]);
  expect(out).toMatch(/TR-News \|\s+1 \|\s+1 \|\s+1\.00/);
  expect(out).toContain('87.3 %');
  expect(out).toContain('60.7 %');
  expect(runFigures(run).overlap.accEndToEnd).toBe(1);
});
