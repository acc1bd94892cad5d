// Hand-made places and mentions for the incident tests (invented names, rough coordinates).
import { bboxPolygon } from '@turf/turf';
import type { Geometry } from 'geojson';
import type {
  ArticleInput,
  PlaceFeature,
  PlaceKind,
  PlaceProps,
  ResolvedMention,
  SegmentedArticle,
} from '../types/model.ts';
import { placeFeature } from '../types/placeFeature.ts';
import { matchList } from '../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

/**
 * A place feature with only what the incident stages read: named by its id without the "p:",
 * its gazetteer id "test:" and the id; `more` for what a test is about (alternatives, precision …).
 */
export function place(
  id: string,
  kind: PlaceKind,
  geometry: Geometry,
  more: Partial<PlaceProps> = {},
): PlaceFeature {
  return placeFeature(
    { id, name: id.replace(/^\w+:/u, ''), kind, gazetteerId: `test:${id}`, names: { en: id }, ...more },
    geometry,
  );
}

export const point = (lon: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lon, lat] });
export const square = (lon: number, lat: number, d: number): Geometry =>
  bboxPolygon([lon - d, lat - d, lon + d, lat + d]).geometry;

/** A small invented world: a city with a quarter, a campus and an edge; a town; a road; a province. */
export const WORLD: PlaceFeature[] = [
  place('p:Midcity', 'settlement', point(37.0, 36.0)),
  place('p:Old Quarter', 'neighbourhood', point(37.02, 36.01)),
  place('p:Midcity University', 'landmark', point(36.98, 36.02)),
  place('p:Midcity Airport', 'landmark', point(37.06, 35.99)),
  place('p:west edge', 'region', square(36.95, 36.0, 0.02), {
    relativeTo: { placeId: 'p:Midcity', relation: 'edge' },
  }),
  place('p:Fartown', 'settlement', point(36.6, 35.7)),
  place('p:Nearby', 'settlement', point(36.9, 36.0)),
  place('p:R1', 'road', {
    type: 'LineString',
    coordinates: [
      [37.0, 36.0],
      [36.6, 35.7],
      [36.3, 35.0],
    ],
  }),
  place('p:North Province', 'admin1', square(37.0, 36.2, 0.8)),
  place('p:Landia', 'country', square(37.0, 35.0, 3)),
];

/**
 * Mentions of every place name (the part after "p:") found in `text`, as a geoparser would give
 * them; `aliases` maps extra phrases ("the campus") to place ids.
 */
export function mentionsIn(
  article: string,
  text: string,
  sentences: { start: number; end: number }[],
  aliases: Record<string, string> = {},
): ResolvedMention[] {
  const names: [string, string][] = [
    ...Object.entries(aliases),
    ...WORLD.map((p) => [p.properties.name, p.properties.id] as [string, string]),
  ].sort((a, b) => b[0].length - a[0].length);
  const out: ResolvedMention[] = [];
  for (const [name, placeId] of names) {
    let at = text.indexOf(name);
    while (at >= 0) {
      const end = at + name.length;
      if (!out.some((m) => m.start < end && at < m.end)) {
        const sentence = sentences.findIndex((s) => s.start <= at && end <= s.end);
        out.push({ article, start: at, end, text: name, sentence, placeId, confidence: 1, alternatives: [] });
      }
      at = text.indexOf(name, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Splits text at full stops into sentences with offsets (the incident tests need no better). */
export function sentencesOf(text: string): { index: number; start: number; end: number }[] {
  const out: { index: number; start: number; end: number }[] = [];
  const re = /[^.]+\.?/gu;
  for (const m of matchList(re, text)) {
    const lead = m[0].length - m[0].trimStart().length;
    if (m[0].trim())
      out.push({ index: out.length, start: (m.index ?? 0) + lead, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/**
 * A report of `article` as the incident stage gets it: its text split at full stops (sentencesOf),
 * nothing excluded, no dateline places; `more` for what a test is about.
 */
export function reportOf(article: ArticleInput, more: Partial<SegmentedArticle> = {}): SegmentedArticle {
  return { article, sentences: sentencesOf(article.text), excluded: [], datelinePlaces: [], ...more };
}
