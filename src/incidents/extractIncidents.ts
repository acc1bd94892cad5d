// STUB (owned by the incidents work): replace with the real implementation.
import type { PlaceFeature, ResolvedMention, SegmentedArticle } from '../types/model.ts';

/** An incident as told by one sentence of one report, before merging. Shape owned by src/incidents. */
export interface IncidentCandidate {
  article: string;
}

export function extractIncidents(
  _doc: SegmentedArticle,
  _mentions: ResolvedMention[],
  _places: PlaceFeature[],
): IncidentCandidate[] {
  return [];
}
