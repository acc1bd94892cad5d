// Text → sentences, excluded noise, dateline. Noise is found by the shape of a line (a credit
// line with "|" separators, a copyright notice, a teaser header, a trailing author biography),
// never by what one particular article says. Offsets index the text exactly as read: markup in
// HTML input is excluded as spans, not stripped, so offsets stay valid for the original file.
import type { ArticleInput, ExcludedSpan, SegmentedArticle, Sentence, Span } from '../../types/model.ts';
import { splitSentences } from './splitSentences.ts';
import { findMarkup } from './findMarkup.ts';
import { classifyLines, type Line } from './classifyLines.ts';

/** A sentence with an optional role: a headline is kept but flagged, a caption describes a photo. */
export interface SegmentedSentence extends Sentence {
  role?: 'headline' | 'caption';
}

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let contentEnd = end;
    if (contentEnd > start && text[contentEnd - 1] === '\r') contentEnd--;
    lines.push({ start, end: contentEnd });
    start = end + 1;
  }
  return lines;
}

/** Replaces excluded ranges by spaces: same length, so every offset still indexes the original text. */
export function maskText(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    parts.push(text.slice(at, from), ' '.repeat(s.end - from));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function mergeSpans(spans: ExcludedSpan[]): ExcludedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ExcludedSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}

/**
 * Splits an article into sentences, finds the noise to exclude and the reporter's dateline.
 * Never throws; linear in the length of the text.
 *
 * @example
 * const doc = segment({ id: 'a', text: 'HOMS (Agency) – Shelling hit Homs.\nCopyright 2024 Agency.' });
 * doc.datelinePlaces; // [{ start: 0, end: 4 }]
 * doc.excluded.map((e) => e.reason); // ['dateline', 'copyright']
 */
export function segment(article: ArticleInput): SegmentedArticle {
  const text = typeof article.text === 'string' ? article.text : '';
  const markup = findMarkup(text);
  const afterMarkup = maskText(text, markup);
  const lines = toLines(afterMarkup);
  const { excluded: lineNoise, datelinePlaces, roles } = classifyLines(afterMarkup, lines);
  const excluded = mergeSpans([...markup, ...lineNoise]);
  const masked = maskText(text, excluded);
  const sortedRoles = [...roles].sort((a, b) => a.start - b.start);
  let r = 0;
  // Pushed onto a literal, not made by map(): a list from map() changes its elements kind when
  // segment is optimised, and every pass that reads doc.sentences is then deoptimised.
  const sentences: SegmentedSentence[] = [];
  for (const s of splitSentences(masked)) {
    while (r < sortedRoles.length && sortedRoles[r].end < s.start) r++;
    const hit = sortedRoles[r];
    const role = hit && hit.start <= s.start && s.end <= hit.end ? hit.role : undefined;
    const index = sentences.length;
    sentences.push(role ? { index, ...s, role } : { index, ...s });
  }
  return { article, sentences, excluded, datelinePlaces };
}
