// The committed test sets (data/testsets) are sound: every expected name and quote occurs in its
// report, and the set still covers what issues 9 and 10 ask of it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from './readArticles.ts';
import { readExpected, validate } from './testsetsExpected.ts';
import { TESTSETS } from './testsetsRun.ts';

const { articles, warnings } = readArticles(TESTSETS.reports);
const expected = readExpected(TESTSETS.expected);
const byId = new Map(articles.map((a) => [a.id, a]));

describe('data/testsets', () => {
  it('reads every report without warnings, one expected file per report', () => {
    expect(warnings).toEqual([]);
    expect(expected.map((e) => e.id).sort()).toEqual(articles.map((a) => a.id).sort());
  });

  it('has expected answers that fit their reports', () => {
    const problems = expected.flatMap((e) => validate(e, byId.get(e.id)!.text, byId.get(e.id)!.dateline));
    expect(problems).toEqual([]);
  });

  it('covers what issue 9 asks: 20+ reports, 6+ countries, every error class', () => {
    expect(expected.length).toBeGreaterThanOrEqual(20);
    expect(new Set(expected.map((e) => e.country)).size).toBeGreaterThanOrEqual(6);
    const tags = new Set(expected.flatMap((e) => [...e.places, ...e.nonPlaces].flatMap((p) => p.tags ?? [])));
    for (const t of [
      'admin1',
      'dateline-caps',
      'namesake',
      'one-edit',
      'month',
      'trailer',
      'article-prefix',
      'translit',
    ])
      expect(tags, t).toContain(t);
    for (const a of articles) {
      const words = a.text.split(/\s+/).filter(Boolean).length;
      expect(words, a.id).toBeGreaterThanOrEqual(100);
      expect(words, a.id).toBeLessThanOrEqual(900);
    }
  });

  it('covers what issue 10 asks: 15+ reports with a dateline, a denial, a strike and a capture', () => {
    const full = expected.filter((e) => {
      const inc = e.incidents;
      const stances = inc.flatMap((i) => i.sources.map((s) => s.stance));
      return (
        e.places.some((p) => p.role === 'dateline') &&
        stances.includes('denial') &&
        inc.some((i) => ['airstrike', 'shelling'].includes(i.type)) &&
        inc.some((i) => i.type === 'advance') &&
        /\b(?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|overnight|yesterday|since \w+day)\b/.test(
          byId.get(e.id)!.text,
        )
      );
    });
    expect(full.length).toBeGreaterThanOrEqual(15);
  });

  // Our reports are our own words: no run of ten words shared with the sample reports.
  const shared = path.join(TESTSETS.reports, '../../../../shared/articles');
  it.skipIf(!existsSync(shared))('copies no sentence from ../shared/articles', () => {
    const grams = (t: string) => {
      const w = t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const out = new Set<string>();
      for (let i = 0; i + 10 <= w.length; i++) out.add(w.slice(i, i + 10).join(' '));
      return out;
    };
    const theirs = new Set<string>();
    for (const f of readdirSync(shared).filter((n) => n.endsWith('.txt')))
      for (const g of grams(readFileSync(path.join(shared, f), 'utf8'))) theirs.add(g);
    const common = articles.flatMap((a) =>
      [...grams(a.text)].filter((g) => theirs.has(g)).map((g) => `${a.id}: ${g}`),
    );
    expect(common).toEqual([]);
  });
});
