// The state or province a dateline names after its city ("EDMONTON, Ky. (Station) –"): the
// report's area, so "Edmonton" in the body is the Kentucky town, not the Alberta city.
import type { GazetteerEntry, SegmentedArticle } from '../types/model.ts';
import type { NameIndex } from './NameIndex.ts';
import { foldKey } from './fold.ts';

const AFTER_CITY = /,\s*(\p{Lu}[\p{L}.' ]{0,30}?)\.?\s*(?:\([^()\n]*\))?\s*[–—-]{1,2}\s*$/u;

/**
 * First-level areas named by the article's dateline after its city, e.g. Kentucky for
 * "COLUMBIA, Ky. (WBKO) -".
 * @example datelineAreas(segment({ id: 'a', text: 'EDMONTON, Ky. (WBKO) - ...' }), index) // [Kentucky]
 */
export function datelineAreas(doc: SegmentedArticle, index: NameIndex): GazetteerEntry[] {
  const line = doc.excluded.find((e) => e.reason === 'dateline');
  if (!line) return [];
  const m = AFTER_CITY.exec(doc.article.text.slice(line.start, line.end));
  if (!m) return [];
  const key = foldKey(m[1]);
  if (!key) return [];
  return index
    .exact(key)
    .map((h) => h.entry)
    .filter((e) => e.kind === 'admin1' && e.admin1);
}
