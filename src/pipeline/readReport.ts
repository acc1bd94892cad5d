// The first half of the pipeline: one report on its own. Pure and self-contained (it reads no
// other report), so its result can be cached by the report's text, computed in any worker and
// in any order. combineReports.ts is the second half.
import type { ArticleInput, ManifestArticle, PlaceFeature, ResolvedMention } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts'; // the places we know, loaded by the caller
import { reportTextHash } from './reportHash.ts'; // the report's identity: same words, same hash
import { segment } from '../geoparse/text/segment.ts'; // text → sentences, excluded noise, dateline
import { geoparseReport } from '../geoparse/geoparse.ts'; // one report's sentences → its places, mentions, dateline, names left off the map
import { extractIncidents, type IncidentCandidate } from '../incidents/extractIncidents.ts'; // sentences + places → incident candidates

/**
 * What one report says, as plain JSON-safe data: no article text (offsets index it), no
 * references into the gazetteer. Everything combineReports needs, nothing it must recompute.
 */
export interface ReportReading {
  /** The report's manifest entry: metadata, length, excluded spans, filed-from, unplaced names. */
  article: ManifestArticle;
  /** This report's places, each with only this report's mentions; sorted by id. */
  places: PlaceFeature[];
  /** This report's resolved mentions, in text order. */
  mentions: ResolvedMention[];
  /** Incidents as this report's sentences tell them, before merging with other reports. */
  candidates: IncidentCandidate[];
}

/**
 * The article as the pipeline reads it, whoever built it (a worker message, an index file): a
 * text that is not a string reads as an empty report, an outlet, dateline, URL or file that is
 * not a string as absent, an id that is not a string as its string form.
 */
function asArticle(a: ArticleInput): ArticleInput {
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const file = str(a.file);
  return {
    ...a,
    id: typeof a.id === 'string' ? a.id : String(a.id ?? ''),
    text: str(a.text) ?? '',
    outlet: str(a.outlet),
    dateline: str(a.dateline),
    url: str(a.url),
    ...(file === null ? { file: undefined } : { file }),
  };
}

/**
 * Reads one report: segment → geoparse → incident candidates.
 *
 * @example
 * const r = readReport({ id: 'a', text: 'Rebels entered Aleppo on Friday.', dateline: '2024-11-29' }, gaz);
 * r.places.map((p) => p.properties.name); // ['Aleppo']
 */
export function readReport(input: ArticleInput, gazetteer: Gazetteer): ReportReading {
  const article = asArticle(input);
  const doc = segment(article);
  const { places, mentions, reportedFrom, unplaced } = geoparseReport(doc, gazetteer);
  // The state the report was filed from, for a report that names none ("TRIPOLI — The
  // government said its forces …").
  const filed = places.find((p) =>
    (p.properties.mentions ?? []).some((m) => m.role === 'dateline' && m.article === article.id),
  );
  const filedCountry = filed ? (gazetteer.get(filed.properties.gazetteerId)?.country ?? '') : '';
  // Capitals, which may stand for their state ("which Amman closed", "Islamabad said").
  const capitals = new Map<string, string>();
  for (const p of places) {
    const e = gazetteer.get(p.properties.gazetteerId);
    if (e?.featureCode === 'PPLC' && e.country) capitals.set(p.properties.id, e.country);
  }
  const candidates = extractIncidents(doc, mentions, places, filedCountry, capitals);
  const text = article.text;
  return {
    article: reportEntry(article, {
      hash: reportTextHash(text),
      length: text.length,
      excluded: doc.excluded,
      reportedFrom,
      unplaced,
    }),
    places,
    mentions,
    candidates,
  };
}

/** What reading a report found that its manifest entry keeps. */
export type ReportFindings = Pick<
  ManifestArticle,
  'hash' | 'length' | 'excluded' | 'reportedFrom' | 'unplaced'
>;

/**
 * A report's manifest entry: its metadata and what reading it found, always in this order (so a
 * cached reading given another file name or url is written exactly as a fresh one).
 *
 * @example reportEntry({ id: 'b', file: 'b.txt' }, cached.article).file; // 'b.txt'
 */
export function reportEntry(article: Omit<ArticleInput, 'text'>, found: ReportFindings): ManifestArticle {
  return {
    id: article.id,
    hash: found.hash,
    ...(article.file ? { file: article.file } : {}),
    outlet: article.outlet ?? null,
    dateline: article.dateline ?? null,
    url: article.url ?? null,
    length: found.length,
    excluded: found.excluded,
    ...(found.reportedFrom?.length ? { reportedFrom: found.reportedFrom } : {}),
    ...(found.unplaced?.length ? { unplaced: found.unplaced } : {}),
  };
}
