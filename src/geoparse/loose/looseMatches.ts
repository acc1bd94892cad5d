// Pass four: names the index does not know in the report's country get a second chance, now
// that the focus country and anchors are known (see looseSpans.ts). The loose spans replace the
// spans they overlap.
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import type { NameIndex } from '../index/NameIndex.ts';
import type { FoundNames, NameSpan } from '../find/NameSpan.ts';
import type { DocContext, Resolution } from '../resolve/DocContext.ts';
import { Overlaps } from '../util/Overlaps.ts';
import { looseSpans } from './looseSpans.ts';

/**
 * The spans to resolve in the final pass: the names found, with loose matches in place of the
 * spans they overlap (the same list when there are none).
 *
 * @example looseMatches(found, first.resolutions, context, gaz, index).some((s) => s.loose) // "near Tasyaa" → Tisya
 */
export function looseMatches(
  found: FoundNames,
  firstResolutions: Resolution[],
  context: DocContext,
  gazetteer: Gazetteer,
  index: NameIndex,
): NameSpan[] {
  const resolved = new Set(firstResolutions.map((r) => r.span));
  const loose = looseSpans(found, resolved, gazetteer, index, context);
  if (!loose.length) return found.spans;
  const looseAt = new Overlaps(loose);
  return [...found.spans.filter((s) => !looseAt.hits(s)), ...loose];
}
