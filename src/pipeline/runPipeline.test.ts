// Golden test: the sample reports in ../shared/articles (never committed) regenerate the
// committed public/data/* files. On a mismatch it prints a per-feature diff and writes
// `*-changed.*` beside the golden file (git-ignored); UPDATE=1 rewrites the golden files.
// Also scores the output with ../shared/eval/score.py.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from './runPipeline.ts';
import { loadGazetteer } from '../../scripts/lib/loadGazetteer.ts';
import { readArticles } from '../../scripts/lib/readArticles.ts';
import { outputFiles, toJson, writeOutputs } from '../../scripts/lib/writeOutputs.ts';
import { goldenDiff } from '../../scripts/lib/goldenDiff.ts';
import type { PipelineOutput } from '../types/model.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const articlesDir = path.resolve(repoRoot, '../shared/articles');
const scorer = path.resolve(repoRoot, '../shared/eval/score.py');
const gold = path.resolve(repoRoot, '../shared/eval/seed-gold.json');
const dataDir = path.join(repoRoot, 'public/data');
const haveArticles = existsSync(articlesDir);
if (!haveArticles) console.warn(`golden test skipped: ${articlesDir} is absent`);

describe.skipIf(!haveArticles)('pipeline on the sample reports (golden)', () => {
  let out: PipelineOutput;
  let tmp: string;
  beforeAll(async () => {
    const { articles, warnings } = readArticles(articlesDir);
    const gazetteer = await loadGazetteer({ scope: 'world' });
    out = runPipeline(articles, gazetteer, { warnings, now: new Date().toISOString() });
    tmp = mkdtempSync(path.join(tmpdir(), 'golden-'));
    writeOutputs(tmp, out);
  }, 300_000); // loading the world gazetteer and building its name index takes seconds on a busy machine

  it('matches the committed public/data files (UPDATE=1 rewrites them)', () => {
    if (process.env.UPDATE === '1') {
      writeOutputs(dataDir, out);
      console.log(`golden files rewritten in ${dataDir}`);
      return;
    }
    const problems: string[] = [];
    for (const [name, data] of Object.entries(outputFiles(out))) {
      const file = path.join(dataDir, name);
      if (!existsSync(file)) {
        problems.push(`${name}: no golden file (run with UPDATE=1)`);
        continue;
      }
      const fresh = JSON.parse(toJson(data)) as unknown;
      const lines = goldenDiff(JSON.parse(readFileSync(file, 'utf8')), fresh);
      if (lines.length === 0) continue;
      const changed = file.replace(/(\.[a-z]+)$/, '-changed$1');
      writeFileSync(changed, toJson(data));
      problems.push(
        `${name} differs (fresh output in ${path.basename(changed)}):`,
        ...lines.map((l) => `  ${l}`),
      );
    }
    if (problems.length) console.log(problems.join('\n'));
    expect(problems).toEqual([]);
  });

  it('passes ../shared/eval/score.py', () => {
    if (!existsSync(scorer)) {
      console.warn(`score check skipped: ${scorer} is absent`);
      return;
    }
    const run = spawnSync('python3', [scorer, gold, tmp, '--min-incidents=0'], { encoding: 'utf8' });
    if (run.error) {
      console.warn(`score check skipped: python3 not runnable (${run.error.message})`);
      return;
    }
    console.log(run.stdout.trim());
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });
});
