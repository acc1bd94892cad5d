// The second half of the pipeline: the readings of many reports → one map. Places merge by
// gazetteer id, incidents by the rules of mergeIncidents, control zones are built once, and
// the manifest sums it up. Deterministic for a given list of readings; linear in their size
// apart from the merge and control stages themselves. ReportCombiner takes the readings one at a
// time (the CLI's streaming path); combineReports is it over a list.
import type { Alternative, ManifestArticle, PipelineOutput, PlaceFeature } from '../types/model.ts';
import type { IncidentCandidate } from '../incidents/extractIncidents.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { ReportReading } from './readReport.ts';
import type { PipelineOptions } from './runPipeline.ts';
import { mergeIncidents } from '../incidents/merge/mergeIncidents.ts'; // candidates of all reports → incidents
import { buildControl } from '../control/buildControl.ts'; // baseline + incidents → daily zones, front lines
import { toManifest } from './toManifest.ts'; // facts about the run, no article text

/** Alternatives kept per place: the best few across every report that names it. */
const MAX_ALTERNATIVES = 5;

/**
 * What combining reads of a reading: everything but its mentions, which it only counts — so a
 * reading the CLI's cache gives back with its text need not have its mentions parsed
 * (`mentionCount` instead).
 */
export type CombinedReading = Pick<ReportReading, 'article' | 'places' | 'candidates'> &
  ({ mentions: readonly unknown[] } | { mentionCount: number });

/** Places of readings added one at a time: what collectPlaces returns, built as they come. */
export class PlaceCollector {
  private byId = new Map<string, { feature: PlaceFeature; alternatives: Map<string, Alternative> }>();

  /** Adds one reading's places (call in report order: mentions keep it). */
  add(reading: Pick<ReportReading, 'places'>): void {
    for (const p of reading.places) {
      const id = p.properties.id;
      const acc = this.byId.get(id);
      if (!acc) {
        this.byId.set(id, {
          feature: { ...p, properties: { ...p.properties, mentions: [...p.properties.mentions] } },
          alternatives: new Map(p.properties.alternatives.map((a) => [a.gazetteerId, a])),
        });
        continue;
      }
      const props = acc.feature.properties;
      // A place the gazetteer lacks, put by two reports: where the one that says most puts it
      // (the smaller uncertainty; the first on a tie), whatever order the reports come in.
      const anchor = p.properties.anchor;
      if (anchor && props.anchor && anchor.uncertaintyKm < props.anchor.uncertaintyKm) {
        acc.feature.geometry = p.geometry;
        props.anchor = anchor;
      }
      for (const m of p.properties.mentions) props.mentions.push(m);
      props.confidence = Math.max(props.confidence, p.properties.confidence);
      for (const a of p.properties.alternatives) {
        const prev = acc.alternatives.get(a.gazetteerId);
        if (!prev || a.score > prev.score) acc.alternatives.set(a.gazetteerId, a);
      }
    }
  }

  /** The places so far, sorted by id, each with its best alternatives. */
  places(): PlaceFeature[] {
    return [...this.byId.values()]
      .sort((a, b) => (a.feature.properties.id < b.feature.properties.id ? -1 : 1))
      .map(({ feature, alternatives }) => ({
        ...feature,
        properties: {
          ...feature.properties,
          mentions: [...feature.properties.mentions],
          alternatives: [...alternatives.values()]
            .sort((a, b) => b.score - a.score || (a.gazetteerId < b.gazetteerId ? -1 : 1))
            .slice(0, MAX_ALTERNATIVES),
        },
      }));
  }
}

/**
 * One feature per place named by any report: mentions in reading order, the highest
 * confidence, the best alternatives. Features sorted by id.
 *
 * @example
 * collectPlaces([readA, readB]).find((p) => p.id === 'geonames:170063')?.properties.mentions.length; // mentions in both
 */
export function collectPlaces(readings: ReportReading[]): PlaceFeature[] {
  const c = new PlaceCollector();
  for (const r of readings) c.add(r);
  return c.places();
}

/**
 * combineReports fed one reading at a time, in report order, keeping only what the map needs
 * (places with their mentions, incident candidates, manifest entries): a batch of any size is
 * combined without holding every reading at once. `finish` merges, builds control and the manifest.
 *
 * @example
 * const c = new ReportCombiner(gaz); for (const r of readings) c.add(r); const out = c.finish();
 */
export class ReportCombiner {
  private collector = new PlaceCollector();
  private candidates: IncidentCandidate[] = [];
  private articles: ManifestArticle[] = [];
  private mentionCount = 0;

  constructor(
    private gazetteer: Gazetteer,
    private options: PipelineOptions = {},
  ) {}

  add(reading: CombinedReading): void {
    this.collector.add(reading);
    for (const c of reading.candidates) this.candidates.push(c);
    this.articles.push(reading.article);
    this.mentionCount += 'mentionCount' in reading ? reading.mentionCount : reading.mentions.length;
  }

  /**
   * The layers and manifest of every reading added (no `readings`: the caller has them, or not).
   * `onStage` is called as each stage ends (places, merge, control, manifest), so a caller can
   * time them with whatever clock it has (the CLI: wall and CPU time).
   */
  finish(onStage?: (stage: string) => void): PipelineOutput {
    const { gazetteer, options } = this;
    const lap = (stage: string) => onStage?.(stage);
    const places = this.collector.places();
    lap('places');
    const incidents = mergeIncidents(this.candidates, places);
    lap('merge');
    const control = buildControl({
      incidents,
      places,
      gazetteer,
      overrides: options.controlOverrides,
      memo: options.controlMemo,
      datelines: new Map(this.articles.map((a) => [a.id, a.dateline])),
    });
    lap('control');
    const manifest = toManifest({
      articles: this.articles,
      gazetteer,
      places,
      mentionCount: this.mentionCount,
      incidents,
      control,
      now: options.now,
      warnings: options.warnings,
    });
    lap('manifest');
    return {
      manifest,
      places: { type: 'FeatureCollection', features: places },
      incidents: { type: 'FeatureCollection', features: incidents },
      control: { type: 'FeatureCollection', features: control },
    };
  }
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
  const c = new ReportCombiner(gazetteer, options);
  for (const r of readings) c.add(r);
  return { ...c.finish(), readings };
}
