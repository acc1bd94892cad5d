// STUB (owned by the geoparser work): replace with the real implementation.
import type { PlaceFeature, ResolvedMention, SegmentedArticle } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';

/** Finds and resolves every place named in the articles: one feature per place, plus every mention. */
export function geoparse(
  _docs: SegmentedArticle[],
  _gazetteer: Gazetteer,
): { places: PlaceFeature[]; mentions: ResolvedMention[] } {
  return { places: [], mentions: [] };
}
