// From reports to map layers, in order. Pure: no DOM, no fs, no network; the Node CLI
// (scripts/ingest.ts) and the browser worker (src/worker/pipeline.worker.ts) both call this.
import type { ArticleInput, ControlFeature, PipelineOutput } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts'; // the places we know, loaded by the caller
import { segment } from '../geoparse/segment.ts'; // text → sentences, excluded noise, dateline
import { geoparse } from '../geoparse/geoparse.ts'; // sentences → mentions → resolved places
import { extractIncidents } from '../incidents/extractIncidents.ts'; // sentences + places → incident candidates
import { mergeIncidents } from '../incidents/mergeIncidents.ts'; // candidates of all reports → incidents
import { buildControl } from '../control/buildControl.ts'; // baseline + incidents → daily zones, front lines
import { toManifest } from './toManifest.ts'; // facts about the run, no article text

export interface PipelineOptions {
  /** ISO timestamp written into the manifest; fixed in golden tests. */
  now?: string;
  /** Per-file problems met by the caller while reading input. */
  warnings?: { file: string; message: string }[];
  /** An analyst's control polygons (src/control/importControl.ts) that win on their dates. */
  controlOverrides?: ControlFeature[];
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
  const docs = articles.map(segment);
  const { places, mentions, reportedFrom, unplaced } = geoparse(docs, gazetteer);
  const candidates = docs.flatMap((doc) =>
    extractIncidents(
      doc,
      mentions.filter((m) => m.article === doc.article.id),
      places,
    ),
  );
  const incidents = mergeIncidents(candidates, places);
  const control = buildControl({ incidents, places, gazetteer, overrides: options.controlOverrides });
  const manifest = toManifest({
    docs,
    gazetteer,
    places,
    mentions,
    reportedFrom,
    unplaced,
    incidents,
    control,
    now: options.now,
    warnings: options.warnings,
  });
  return {
    manifest,
    places: { type: 'FeatureCollection', features: places },
    incidents: { type: 'FeatureCollection', features: incidents },
    control: { type: 'FeatureCollection', features: control },
  };
}
