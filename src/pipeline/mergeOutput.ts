// Reports added to a map that exists: the browser's "Add reports" and `npm run ingest -- --add`
// both come here. The existing map is kept as what each of its reports said (its readings, as
// `readings.json`); the new readings join them and everything is combined once more by
// combineReports — places by gazetteer id, incidents by mergeIncidents' rules, control built
// once — so an added report that tells a loaded event becomes a second source of that incident.
import type { Geometry } from 'geojson';
import type { ManifestArticle, PipelineOutput, PlaceFeature } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { ReportReading } from './readReport.ts';
import type { PipelineOptions } from './runPipeline.ts';
import { combineReports } from './combineReports.ts';
export { importedControl } from './importedControl.ts';

export interface MergeResult {
  output: PipelineOutput;
  /** The added readings that joined the map (ids made unique). */
  added: ReportReading[];
  /** Added reports whose text is already on the map, with the report they repeat. */
  skipped: { article: ManifestArticle; sameAs: ManifestArticle }[];
}

/**
 * `reading` under another article id: its manifest entry, mentions, place mentions and
 * incident candidates all point at the new id.
 *
 * @example
 * renameReading(r, 'report-2').article.id; // 'report-2'
 */
export function renameReading(reading: ReportReading, id: string): ReportReading {
  const old = reading.article.id;
  const fix = <T extends { article: string }>(x: T): T => (x.article === old ? { ...x, article: id } : x);
  return {
    article: { ...reading.article, id },
    mentions: reading.mentions.map(fix),
    candidates: reading.candidates.map(fix),
    places: reading.places.map((p) => ({
      ...p,
      properties: { ...p.properties, mentions: p.properties.mentions.map(fix) },
    })),
  };
}

/**
 * Merges `added` report readings into the map made of `base` readings. A report whose text is
 * already there (same `article.hash`, in `base` or earlier in `added`) is skipped and named;
 * an id already taken gets a `-2`, `-3` … suffix. With nothing new, the output is still
 * combineReports over `base`, the same map.
 *
 * @example
 * const { output, skipped } = mergeOutput(loaded, [readReport(pasted, gaz)], gaz);
 */
export function mergeOutput(
  base: ReportReading[],
  added: ReportReading[],
  gazetteer: Gazetteer,
  options: PipelineOptions = {},
): MergeResult {
  const byHash = new Map<string, ManifestArticle>();
  const ids = new Set<string>();
  for (const r of base) {
    if (r.article.hash) byHash.set(r.article.hash, r.article);
    ids.add(r.article.id);
  }
  const kept: ReportReading[] = [];
  const skipped: MergeResult['skipped'] = [];
  for (let r of added) {
    const same = r.article.hash ? byHash.get(r.article.hash) : undefined;
    if (same) {
      skipped.push({ article: r.article, sameAs: same });
      continue;
    }
    if (ids.has(r.article.id)) {
      let n = 2;
      while (ids.has(`${r.article.id}-${n}`)) n++;
      r = renameReading(r, `${r.article.id}-${n}`);
    }
    ids.add(r.article.id);
    if (r.article.hash) byHash.set(r.article.hash, r.article);
    kept.push(r);
  }
  return { output: combineReports([...base, ...kept], gazetteer, options), added: kept, skipped };
}

/**
 * Readings as written to readings.json: place geometry left out (places.geojson holds it, and a
 * region's polygon would be repeated by every report naming it), but for places the gazetteer
 * lacks: each report puts those where its own words say (a point), and places.geojson holds only
 * the one the reports agreed on.
 *
 * @example
 * slimReadings(out.readings!)[0].places[0].geometry; // null
 */
export function slimReadings(readings: ReportReading[]): ReportReading[] {
  return readings.map((r) => ({
    ...r,
    places: r.places.map((p) =>
      p.properties.precision === 'approximate' ? p : { ...p, geometry: null as unknown as Geometry },
    ),
  }));
}

/**
 * Readings read back from readings.json with each place's geometry from places.geojson.
 * Throws, naming them, when places are missing (the two files are from different runs).
 *
 * @example
 * restoreReadings(JSON.parse(readingsJson), places.features);
 */
export function restoreReadings(readings: ReportReading[], places: PlaceFeature[]): ReportReading[] {
  const geometry = new Map(places.map((p) => [p.properties.id, p.geometry]));
  const missing = new Set<string>();
  const out = readings.map((r) => ({
    ...r,
    places: r.places.map((p) => {
      const g = p.geometry ?? geometry.get(p.properties.id);
      if (!g) missing.add(p.properties.id);
      return { ...p, geometry: g! };
    }),
  }));
  if (missing.size)
    throw new Error(
      `readings.json names places that places.geojson lacks (${[...missing].slice(0, 5).join(', ')}${missing.size > 5 ? ' …' : ''}); the two files come from different runs`,
    );
  return out;
}
