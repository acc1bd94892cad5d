// From reports to map layers: each report read on its own (readReport), then all combined
// (combineReports). Pure: no DOM, no fs, no network; the Node CLI
// (scripts/ingest.ts) and the browser worker (src/worker/pipeline.worker.ts) both call this.
import type { ArticleInput, ControlFeature, PipelineOutput } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { ControlMemo } from '../control/controlMemo.ts'; // the places we know, loaded by the caller
import { readReport } from './readReport.ts'; // one report: segment → geoparse → incident candidates
import { combineReports } from './combineReports.ts'; // all readings: places, merge, control, manifest

export interface PipelineOptions {
  /** ISO timestamp written into the manifest; fixed in golden tests. */
  now?: string;
  /** Per-file problems met by the caller while reading input. */
  warnings?: { file: string; message: string }[];
  /** An analyst's control polygons (src/control/reference/importControl.ts) that win on their dates. */
  controlOverrides?: ControlFeature[];
  /** Control's costliest answers kept from an earlier run (the CLI's cache): same output, less work. */
  controlMemo?: ControlMemo;
}

/**
 * Runs every stage on a set of articles and returns the GeoJSON layers and manifest.
 *
 * @example
 * const out = runPipeline([{ id: 'a', text: 'Rebels entered Aleppo on Friday.', dateline: '2024-11-29' }], gaz);
 * out.places.features.map((f) => f.properties.name); // ['Aleppo']
 */
export function runPipeline(
  articles: ArticleInput[],
  gazetteer: Gazetteer,
  options: PipelineOptions = {},
): PipelineOutput {
  return combineReports(
    articles.map((a) => readReport(a, gazetteer)),
    gazetteer,
    options,
  );
}
