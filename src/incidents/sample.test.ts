// Golden check of the incident stages on the sample reports in ../shared/articles (read at run
// time, never committed; skipped when absent): ../shared/eval/score.py must find every gold
// incident, and every incident must be well formed and written in our own words.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/runPipeline.ts';
import { loadGazetteer } from '../../scripts/lib/loadGazetteer.ts';
import { readArticles } from '../../scripts/lib/readArticles.ts';
import { writeOutputs } from '../../scripts/lib/writeOutputs.ts';
import type { ArticleInput, PipelineOutput } from '../types/model.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const articlesDir = path.resolve(repoRoot, '../shared/articles');
const scorer = path.resolve(repoRoot, '../shared/eval/score.py');
const gold = path.resolve(repoRoot, '../shared/eval/seed-gold.json');
const haveArticles = existsSync(articlesDir);

describe.skipIf(!haveArticles)('incidents on the sample reports', () => {
  let out: PipelineOutput;
  let articles: ArticleInput[];
  let dir: string;
  beforeAll(async () => {
    articles = readArticles(articlesDir).articles;
    out = runPipeline(articles, await loadGazetteer({ scope: 'world' }), { now: '2024-12-01T00:00:00Z' });
    dir = mkdtempSync(path.join(tmpdir(), 'incidents-'));
    writeOutputs(dir, out);
  }, 300_000);

  it('shows every gold incident (score.py)', () => {
    if (!existsSync(scorer)) return;
    const run = spawnSync('python3', [scorer, gold, dir], { encoding: 'utf8' });
    if (run.error) return;
    const summary = run.stdout.trim().split('\n').pop() ?? '';
    expect(run.stdout.split('\n').filter((l) => l.startsWith('incident not shown'))).toEqual([]);
    expect(summary).toMatch(/incidents (\d+)\/\1$/u);
  });

  it('writes well-formed incidents', () => {
    const placeIds = new Set(out.places.features.map((f) => f.properties.id));
    const length = new Map(articles.map((a) => [a.id, a.text.length]));
    const ids = out.incidents.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of out.incidents.features) {
      const p = f.properties;
      expect(f.geometry.type).toBe('Point');
      expect(placeIds.has(p.place)).toBe(true);
      expect(p.date === null || /^\d{4}-\d{2}-\d{2}$/u.test(p.date)).toBe(true);
      // Every current incident has a day, or a window ending on its day.
      if (!p.background) expect(p.date).not.toBeNull();
      if (p.dateRange) expect(p.dateRange[0] < p.dateRange[1] && p.dateRange[1] === p.date).toBe(true);
      expect(['reported', 'contested', 'denied', 'confirmed']).toContain(p.status);
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(length.get(s.article) ?? -1);
        expect(['claim', 'denial', 'counterclaim', 'confirmation', 'report']).toContain(s.stance);
      }
      for (const fig of p.figures) expect(Number.isFinite(fig.value)).toBe(true);
    }
  });

  it('never copies the reports: no six words in a row of any report in a summary or attribution', () => {
    const sixWords = new Set<string>();
    for (const a of articles) {
      const w = a.text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      for (let i = 0; i + 6 <= w.length; i++) sixWords.add(w.slice(i, i + 6).join(' '));
    }
    for (const f of out.incidents.features) {
      for (const text of [f.properties.summary, ...f.properties.sources.map((s) => s.attribution ?? '')]) {
        const w = text
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
        for (let i = 0; i + 6 <= w.length; i++) expect(sixWords.has(w.slice(i, i + 6).join(' '))).toBe(false);
      }
    }
  });

  it('keeps history off the current map and marks the rebel entry contested', () => {
    const bg = out.incidents.features.filter((f) => f.properties.background);
    expect(bg.length).toBeGreaterThan(0);
    expect(
      out.incidents.features.some(
        (f) => f.properties.status === 'contested' && f.properties.type === 'advance',
      ),
    ).toBe(true);
  });
});
