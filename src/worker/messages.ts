// Messages between the app and the pipeline worker.
import type { ArticleInput, PipelineOutput } from '../types/model.ts';

export interface RunRequest {
  id: number;
  /** Absolute URL of gazetteer/pack.json, loaded once on the first run. */
  packUrl: string;
  articles: ArticleInput[];
}

export type RunResponse =
  | { id: number; ok: true; output: PipelineOutput | null; errors: string[] }
  | { id: number; ok: false; errors: string[] };
