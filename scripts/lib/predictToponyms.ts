// Place mentions as a scorer reads them from the CLI's output: every mention of every feature of
// places.geojson, with the feature's geometry and, for a dateline, its role. predictToponyms does
// the same for one text in this process (the first half of the pipeline's geoparsing), for
// quick checks and timing.
import type { ArticleInput, PlaceFeature } from '../../src/types/model.ts';
import type { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import { segment } from '../../src/geoparse/text/segment.ts';
import { geoparseReport } from '../../src/geoparse/geoparse.ts';
import type { PredictedToponym } from './scoreToponyms.ts';

/**
 * Every place mention of an output, by article id, in text order: the mention's span, the
 * geometry of its place, the place's name and id, and the mention's role if it has one.
 *
 * @example toponymsByArticle(placesGeojson.features).get('a')?.[0].text // 'Aleppo'
 */
export function toponymsByArticle(places: PlaceFeature[]): Map<string, PredictedToponym[]> {
  const out = new Map<string, PredictedToponym[]>();
  for (const f of places) {
    const { name, id } = f.properties;
    for (const m of f.properties.mentions) {
      const list = out.get(m.article) ?? [];
      const role = (m as { role?: string }).role;
      list.push({
        start: m.start,
        end: m.end,
        text: m.text,
        geometry: f.geometry,
        resolvedName: `${name} (${id})`,
        ...(role ? { role } : {}),
      });
      out.set(m.article, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * Geoparses one article end to end in this process (segment → geoparseReport) and returns its
 * place mentions as `toponymsByArticle` reads them from the CLI's output.
 */
export function predictToponyms(article: ArticleInput, gazetteer: Gazetteer): PredictedToponym[] {
  const { places } = geoparseReport(segment(article), gazetteer);
  return toponymsByArticle(places).get(article.id) ?? [];
}
