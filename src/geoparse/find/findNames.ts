// Sentences → candidate place spans: names (exact or one edit away), with what the words around
// them say (a qualifier, a possessive, a direction, a road number), plus descriptions that name
// a place without its name ("a university campus", "the main highway linking A to B").
import type { SegmentedArticle } from '../../types/model.ts';
import type { NameIndex } from '../index/NameIndex.ts';
import { readSentences } from '../text/readSentences.ts'; // tokens and capitalised runs, read once
import { matchRuns } from './matchRuns.ts'; // runs → exact names, country votes, people's words
import { matchFuzzy } from './matchFuzzy.ts'; // runs left → one edit away, in the report's countries
import { findPatterns } from './findPatterns.ts'; // words around the names; descriptions
import type { FoundNames, SentenceTokens } from './NameSpan.ts';
import { outletSpans } from './outletSpans.ts'; // the report's own outlet name, written in it

/**
 * Finds candidate place spans in one segmented article. `lowerVocab` is the set of words the
 * report writes in lowercase (sentence-initial capitals found there are ordinary words).
 *
 * @example findNames(segment({ id: 'a', text: 'Jets struck Saraqeb.' }), index, vocab).spans[0].fuzzy // true
 */
export function findNames(doc: SegmentedArticle, index: NameIndex, lowerVocab: Set<string>): FoundNames {
  const text = doc.article.text;
  const sentences = withoutOutlet(readSentences(doc, lowerVocab), outletSpans(text, doc.article.outlet));
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

/** The sentences with no capitalised run inside the report's own outlet name ("Levant Live"). */
function withoutOutlet(
  sentences: SentenceTokens[],
  outlet: { start: number; end: number }[],
): SentenceTokens[] {
  if (!outlet.length) return sentences;
  const inOutlet = (r: { start: number; end: number }) =>
    outlet.some((o) => r.start < o.end && o.start < r.end);
  // Pushed onto literals, not made by map()/filter() (see readSentences).
  const out: SentenceTokens[] = [];
  for (const st of sentences) {
    if (!st.runs.some(inOutlet)) {
      out.push(st);
      continue;
    }
    const runs: SentenceTokens['runs'] = [];
    for (const r of st.runs) if (!inOutlet(r)) runs.push(r);
    out.push(Object.assign({}, st, { runs }));
  }
  return out;
}
