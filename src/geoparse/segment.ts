// STUB (owned by the geoparser work): replace with the real implementation.
import type { ArticleInput, SegmentedArticle } from '../types/model.ts';

export function segment(article: ArticleInput): SegmentedArticle {
  return { article, sentences: [{ index: 0, start: 0, end: article.text.length }], excluded: [], datelinePlaces: [] };
}
