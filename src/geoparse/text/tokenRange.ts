// The tokens a character span covers, found by binary search (tokens are in text order and do not
// overlap).
import { lowerBound } from '../../gazetteer/lowerBound.ts';
import type { Token } from './tokenize.ts';

/**
 * The first and last token of a span that starts on a token's start; undefined when no token
 * starts there. The last is the furthest token ending within the span.
 *
 * @example
 * // tokens of "in Idlib city": [in 0-2] [Idlib 3-8] [city 9-13]
 * tokenRange(tokens, 3, 13); // { from: 1, to: 2 }
 */
export function tokenRange(
  tokens: Token[],
  start: number,
  end: number,
): { from: number; to: number } | undefined {
  const from = lowerBound(tokens, (t) => t.start < start);
  if (from >= tokens.length || tokens[from].start !== start) return undefined;
  let to = from;
  while (to + 1 < tokens.length && tokens[to + 1].end <= end) to++;
  return { from, to };
}
