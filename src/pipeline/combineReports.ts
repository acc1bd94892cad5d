// The second half of the pipeline: the readings of many reports → one map. Places merge by
// gazetteer id, incidents by the rules of mergeIncidents, control zones are built once, and
// the manifest sums it up. Deterministic for a given list of readings; linear in their size
// apart from the merge and control stages themselves.
import type { Alternative, PipelineOutput, PlaceFeature } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { ReportReading } from './readReport.ts';
import type { PipelineOptions } from './runPipeline.ts';
import { mergeIncidents } from '../incidents/mergeIncidents.ts'; // candidates of all reports → incidents
import { buildControl } from '../control/buildControl.ts'; // baseline + incidents → daily zones, front lines
import { toManifest } from './toManifest.ts'; // facts about the run, no article text

/** Alternatives kept per place: the best few across every report that names it. */
const MAX_ALTERNATIVES = 5;

/**
 * One feature per place named by any report: mentions in reading order, the highest
 * confidence, the best alternatives. Features sorted by id.
 *
 * @example
 * collectPlaces([readA, readB]).find((p) => p.id === 'geonames:170063')?.properties.mentions.length; // mentions in both
 */
export function collectPlaces(readings: ReportReading[]): PlaceFeature[] {
  const byId = new Map<string, { feature: PlaceFeature; alternatives: Map<string, Alternative> }>();
  for (const r of readings)
    for (const p of r.places) {
      const id = p.properties.id;
      const acc = byId.get(id);
      if (!acc) {
        byId.set(id, {
          feature: { ...p, properties: { ...p.properties, mentions: [...p.properties.mentions] } },
          alternatives: new Map(p.properties.alternatives.map((a) => [a.gazetteerId, a])),
        });
        continue;
      }
      const props = acc.feature.properties;
      props.mentions.push(...p.properties.mentions);
      props.confidence = Math.max(props.confidence, p.properties.confidence);
      for (const a of p.properties.alternatives) {
        const prev = acc.alternatives.get(a.gazetteerId);
        if (!prev || a.score > prev.score) acc.alternatives.set(a.gazetteerId, a);
      }
    }
  return [...byId.values()]
    .sort((a, b) => (a.feature.properties.id < b.feature.properties.id ? -1 : 1))
    .map(({ feature, alternatives }) => {
      feature.properties.alternatives = [...alternatives.values()]
        .sort((a, b) => b.score - a.score || (a.gazetteerId < b.gazetteerId ? -1 : 1))
        .slice(0, MAX_ALTERNATIVES);
      return feature;
    });
}

/**
 * Combines report readings into the app's layers and manifest.
 *
 * @example
 * const out = combineReports(articles.map((a) => readReport(a, gaz)), gaz);
 * out.incidents.features.length; // incidents told by any of the reports, merged
 */
export function combineReports(
  readings: ReportReading[],
  gazetteer: Gazetteer,
  options: PipelineOptions = {},
): PipelineOutput {
  const places = collectPlaces(readings);
  const mentions = readings.flatMap((r) => r.mentions);
  const incidents = mergeIncidents(
    readings.flatMap((r) => r.candidates),
    places,
  );
  const control = buildControl({ incidents, places, gazetteer, overrides: options.controlOverrides });
  const manifest = toManifest({
    articles: readings.map((r) => r.article),
    gazetteer,
    places,
    mentions,
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
    readings,
  };
}
