// Messages between the app and the pipeline worker. Every request names the gazetteer pack,
// which the worker loads once, on the first request that needs it.
import type {
  ArticleInput,
  ControlFeature,
  GazetteerEntry,
  ManifestArticle,
  PipelineOutput,
} from '../types/model.ts';
import type { ReportReading } from '../pipeline/readReport.ts';

interface Base {
  id: number;
  /** Absolute URL of gazetteer/pack.json. */
  packUrl: string;
}

/**
 * Read `articles` (new reports) and merge them, with the user's reports read before
 * (`readings`), into the loaded map (its `readings.json`), by the pipeline's own merge.
 * With no articles, it rebuilds the map from the loaded readings and `readings` (a report
 * removed, or put back).
 */
export interface MergeRequest extends Base {
  kind: 'merge';
  articles: ArticleInput[];
  readings: ReportReading[];
  /** Absolute URLs of the loaded map's readings.json and places.geojson (its geometry). */
  baseUrls: { readings: string; places: string };
  /** How many reports the loaded map has (its readings.json must hold them all). */
  baseArticles: number;
  /** The manifest's digest of readings.json: a file of another run is refused, not merged. */
  baseDigest?: string;
  /** The loaded map's imported control polygons, which keep winning on their dates. */
  controlOverrides: ControlFeature[];
}

/** Gazetteer entries by id (a place the user switches to another entry). */
export interface EntriesRequest extends Base {
  kind: 'entries';
  ids: string[];
}

/** Gazetteer entries whose names match a search (src/app/model/search.ts), best first. */
export interface SearchRequest extends Base {
  kind: 'search';
  query: string;
  limit: number;
}

export type WorkerRequest = MergeRequest | EntriesRequest | SearchRequest;

export interface MergeResults {
  /** The whole map: loaded and added reports together (readings left out: see `added`). */
  output: PipelineOutput;
  /** The readings of the new reports that joined the map, ids made unique. */
  added: ReportReading[];
  /** New reports whose text is already on the map, with the report they repeat. */
  skipped: { article: ManifestArticle; sameAs: ManifestArticle }[];
}

export interface WorkerResults {
  merge?: MergeResults;
  /** Entries found, in the order asked (search: best first); ids the pack lacks are left out. */
  entries?: GazetteerEntry[];
}

export type WorkerResponse =
  | ({ id: number; ok: true; errors: string[] } & WorkerResults)
  | {
      id: number;
      ok: false;
      errors: string[];
      /** Stopped by the user (Cancel): nothing changed. */ cancelled?: true;
    };

/** How far a merge has got: `done` of `total` reports read, then the merge itself (`step`). */
export interface MergeProgress {
  done: number;
  total: number;
  /** What the worker is doing now, in words ("Reading report 2 of 5: a.txt"). */
  step: string;
}

/** Sent while a merge runs, before its answer, with the request's id. */
export interface ProgressMessage {
  id: number;
  progress: MergeProgress;
}

/** Everything the worker posts: progress while it works, then one answer per request. */
export type WorkerMessage = WorkerResponse | ProgressMessage;
