// Messages between the app and the pipeline worker. Every request names the gazetteer pack,
// which the worker loads once, on the first request that needs it.
import type {
  ArticleInput,
  ControlFeature,
  GazetteerEntry,
  IncidentFeature,
  PipelineOutput,
  PlaceFeature,
} from '../types/model.ts';

interface Base {
  id: number;
  /** Absolute URL of gazetteer/pack.json. */
  packUrl: string;
}

/** Run the pipeline on every report the user added so far. */
export interface RunRequest extends Base {
  kind: 'run';
  articles: ArticleInput[];
}

/** Gazetteer entries by id (a place the user switches to another entry). */
export interface EntriesRequest extends Base {
  kind: 'entries';
  ids: string[];
}

/** Control zones for these incidents and places (loaded data and the user's reports together). */
export interface ControlRequest extends Base {
  kind: 'control';
  incidents: IncidentFeature[];
  places: PlaceFeature[];
}

export type WorkerRequest = RunRequest | EntriesRequest | ControlRequest;

export interface WorkerResults {
  output?: PipelineOutput | null;
  /** Entries found, in the order asked; ids the pack lacks are left out. */
  entries?: GazetteerEntry[];
  control?: ControlFeature[];
}

export type WorkerResponse =
  ({ id: number; ok: true; errors: string[] } & WorkerResults) | { id: number; ok: false; errors: string[] };
