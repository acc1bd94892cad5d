// Runs the pipeline on the reports a user added and, when it fails, finds which report made it
// fail so the message can name the file and the other reports still reach the map.
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { runPipeline } from '../pipeline/runPipeline.ts';
import type { ArticleInput, PipelineOutput } from '../types/model.ts';

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Pipeline output for every report that can be processed, and one error per report that cannot.
 *
 * @example
 * runReports([{ id: 'a', file: 'a.txt', text: '…' }], gazetteer, runPipeline); // { output, errors: [] }
 */
export function runReports(
  articles: ArticleInput[],
  gazetteer: Gazetteer,
  run: typeof runPipeline,
): { output: PipelineOutput | null; errors: string[] } {
  try {
    return { output: run(articles, gazetteer), errors: [] };
  } catch (whole) {
    const good: ArticleInput[] = [];
    const errors: string[] = [];
    for (const a of articles) {
      try {
        run([a], gazetteer);
        good.push(a);
      } catch (e) {
        errors.push(`${a.file ?? a.id}: could not be processed (${reason(e)})`);
      }
    }
    if (!good.length)
      return {
        output: null,
        errors: errors.length ? errors : [`the reports could not be processed (${reason(whole)})`],
      };
    try {
      return { output: run(good, gazetteer), errors };
    } catch (e) {
      return {
        output: null,
        errors: [...errors, `the reports could not be processed together (${reason(e)})`],
      };
    }
  }
}
