// The state or province a dateline names after its city ("EDMONTON, Ky. (Station) –"): the
// report's area, so "Edmonton" in the body is the Kentucky town, not the Alberta city.
import type { GazetteerEntry, SegmentedArticle } from '../../types/model.ts';
import type { NameIndex } from '../index/NameIndex.ts';
import { foldKey } from '../index/fold.ts';
import { stateCode } from '../../words/stateAbbreviations.ts';

const AFTER_CITY = /,\s*(\p{Lu}[\p{L}.' ]{0,30}?)\.?\s*(?:\([^()\n]*\))?\s*[–—-]{1,2}\s*$/u;

/**
 * First-level areas named by the article's dateline after its city, e.g. Kentucky for
 * "COLUMBIA, Ky. (WBKO) -".
 * @example datelineAreas(segment({ id: 'a', text: 'EDMONTON, Ky. (WBKO) - ...' }), index) // [Kentucky]
 */
export function datelineAreas(doc: SegmentedArticle, index: NameIndex): GazetteerEntry[] {
  const m = datelineAreaSpan(doc);
  if (!m) return [];
  const code = stateCode(m.text);
  const state = code ? index.admin1ByCode(code) : undefined;
  if (state) return [state];
  const key = foldKey(m.text);
  if (!key) return [];
  return index
    .exact(key)
    .map((h) => h.entry)
    .filter((e) => e.kind === 'admin1' && e.admin1);
}

/** Where the dateline names its area after the city ("Ky." in "COLUMBIA, Ky. (WBKO) -"), if it does. */
export function datelineAreaSpan(
  doc: SegmentedArticle,
): { start: number; end: number; text: string } | undefined {
  const line = doc.excluded.find((e) => e.reason === 'dateline');
  if (!line) return undefined;
  const m = AFTER_CITY.exec(doc.article.text.slice(line.start, line.end));
  if (!m) return undefined;
  const start = line.start + m.index + m[0].indexOf(m[1]);
  const dot = doc.article.text[start + m[1].length] === '.' ? 1 : 0;
  return { start, end: start + m[1].length + dot, text: m[1] };
}
