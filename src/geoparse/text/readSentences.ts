// The sentences of one report as tokens, with the capitalised runs that may name a place. Read
// once: every later pass looks around a name in these tokens instead of tokenising again.
import type { SegmentedArticle } from '../../types/model.ts';
import type { SentenceTokens } from '../find/NameSpan.ts';
import { findRuns, tokenize } from './tokenize.ts';

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// At module level: Node bundlers rewrite a `\p{…}` literal into `new RegExp(…)` (compiled per call).
const LETTER = /\p{L}/u;

/**
 * Tokens and capitalised runs of every sentence of a report. `lowerVocab` holds the words the
 * report writes in lowercase somewhere (a capitalised one at a sentence start is then an ordinary
 * word); a sentence whose words are mostly capitalised is a headline, read the same way.
 *
 * @example readSentences(segment({ id: 'a', text: 'Rebels entered Aleppo.' }), new Set())[0].runs.length // 2
 */
export function readSentences(doc: SegmentedArticle, lowerVocab: Set<string>): SentenceTokens[] {
  const text = doc.article.text;
  // Pushed onto a literal, not made by map(): every later pass reads this list, and a list from
  // map() changes its elements kind once this function is optimised (each reader deoptimises).
  const out: SentenceTokens[] = [];
  for (const s of doc.sentences) {
    const tokens = tokenize(text, s.start, s.end);
    // Headline case: most words with a letter are capitalised.
    let words = 0;
    let caps = 0;
    for (const t of tokens) {
      if (!t.word || !(isAsciiLetter(t.text.charCodeAt(0)) || LETTER.test(t.text))) continue;
      words++;
      if (t.cap) caps++;
    }
    const titleCase = words >= 3 && caps / words > 0.7;
    out.push({ index: s.index, tokens, runs: findRuns(tokens, lowerVocab, titleCase), titleCase });
  }
  return out;
}
