// Sentences → candidate place spans: names (exact or one edit away), with what the words around
// them say (a qualifier, a possessive, a direction, a road number), plus descriptions that name
// a place without its name ("a university campus", "the main highway linking A to B").
import type { SegmentedArticle } from '../../types/model.ts';
import type { NameIndex } from '../index/NameIndex.ts';
import { readSentences } from '../text/readSentences.ts'; // tokens and capitalised runs, read once
import { matchRuns } from './matchRuns.ts'; // runs → exact names, country votes, people's words
import { matchFuzzy } from './matchFuzzy.ts'; // runs left → one edit away, in the report's countries
import { findPatterns } from './findPatterns.ts'; // words around the names; descriptions
import type { FoundNames } from './NameSpan.ts';

/**
 * Finds candidate place spans in one segmented article. `lowerVocab` is the set of words the
 * report writes in lowercase (sentence-initial capitals found there are ordinary words).
 *
 * @example findNames(segment({ id: 'a', text: 'Jets struck Saraqeb.' }), index, vocab).spans[0].fuzzy // true
 */
export function findNames(doc: SegmentedArticle, index: NameIndex, lowerVocab: Set<string>): FoundNames {
  const text = doc.article.text;
  const sentences = readSentences(doc, lowerVocab);
  const exact = matchRuns(sentences, text, index);
  const fuzzy = matchFuzzy(exact.pending, exact.short, exact.votes, index, text, exact.sole);
  const spans = findPatterns(sentences, [...exact.spans, ...fuzzy.spans], index, text);
  return {
    spans,
    nonPlace: exact.nonPlace,
    votes: exact.votes,
    sole: exact.sole,
    unmatched: fuzzy.unmatched,
    sentences,
  };
}
