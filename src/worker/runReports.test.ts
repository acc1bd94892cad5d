import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { ArticleInput, PipelineOutput } from '../types/model.ts';
import { runReports } from './runReports.ts';

const gaz = {} as Gazetteer;
const fake = (articles: ArticleInput[]): PipelineOutput => {
  if (articles.some((a) => a.text.includes('BOOM'))) throw new Error('bad input');
  return { manifest: { days: articles.map((a) => a.id) } } as unknown as PipelineOutput;
};

describe('runReports', () => {
  it('names the file that fails and keeps the others', () => {
    const out = runReports(
      [
        { id: 'a', file: 'a.txt', text: 'fine' },
        { id: 'b', file: 'b.txt', text: 'BOOM' },
      ],
      gaz,
      fake,
    );
    expect(out.errors).toEqual(['b.txt: could not be processed (bad input)']);
    expect(out.output?.manifest.days).toEqual(['a']);
  });
});
