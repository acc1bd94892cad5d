// What the sources panel quotes for one source: the sentence with the place marked.
import type { IncidentSource, PlaceProps } from '../../types/model.ts';
import { quoteParts, type QuoteParts } from './quoteParts.ts';

/**
 * The quote for `source` in `text`. When the source's span is a whole sentence, the place is the
 * first mention of it inside that span (or the span is shown unmarked); when the span is the
 * place's own words, the sentence around it is found.
 *
 * @example
 * sourceQuote(text, { article: 'a', start: 0, end: 40, … }, place); // { before, match, after, … }
 */
export function sourceQuote(
  text: string | undefined,
  source: Pick<IncidentSource, 'article' | 'start' | 'end'>,
  place: Pick<PlaceProps, 'mentions'> | undefined,
): QuoteParts | null {
  if (text === undefined) return null;
  const { start, end } = source;
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  const inside = place?.mentions.find(
    (m) => m.article === source.article && m.start >= start && m.end <= end,
  );
  if (inside && (inside.start > start || inside.end < end)) {
    return {
      before: text.slice(start, inside.start),
      match: text.slice(inside.start, inside.end),
      after: text.slice(inside.end, end),
      start,
      end,
    };
  }
  if (end - start > 80) return { before: text.slice(start, end), match: '', after: '', start, end };
  return quoteParts(text, start, end);
}
