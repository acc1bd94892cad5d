// Sentences split into clauses, so that a date, a place or a denial is tied to the event it
// belongs to ("… closed the airport on Saturday, as rebels said they had reached the city").
import type { Span } from '../../types/model.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

export interface Clause extends Span {
  /** The word that opened the clause (lower case), '' for the first clause. */
  opener: string;
}

// "that" or a reporting verb: where a speaker's words, and a new part of a clause, begin ("rebels
// who took A said they had taken B").
export const THAT_OR_SAID = /\b(?:that|said|says|say|told|reported|denied|confirmed|claimed)\b/gi;

// Breaks: semicolons, colons, dashes, and a comma (or a bare space for the strong words) before a
// conjunction, relative pronoun or reporting participle. Bounded alternatives: linear time.
const BREAK_RE = new RegExp(
  [
    ';',
    ':(?=\\s)',
    '\\s[—–]\\s',
    '\\s--\\s',
    ',\\s*(?=(?:and|but|while|as|when|after|before|with|which|who|whom|where|whereas|although|though|adding|saying|telling|according|amid|despite|since|until)\\b)',
    '\\s(?=(?:when|while|whereas|although|but|after|before|and (?:said|says|added|told|denied|confirmed|warned|claimed))\\b)',
    '\\s(?=as (?:the|a|an|president|rebels?|troops|government|opposition|insurgents|fighters|they|he|she|it)\\b)',
  ].join('|'),
  'gi',
);

/**
 * Replaces typographic quotes and apostrophes by ASCII ones. One UTF-16 unit in, one out, so
 * offsets are unchanged.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u0060\u00B4\u02BC]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/gu, '"');
}

/**
 * Splits a sentence into clauses. Offsets index the given text; clauses cover it without gaps
 * except for the separators.
 *
 * @example
 * splitClauses('They shelled the town; two died.').length; // 2
 */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let opener = '';
  BREAK_RE.lastIndex = 0;
  for (const m of matchList(BREAK_RE, text)) {
    const at = m.index ?? 0;
    if (at > start) out.push({ start, end: at, opener });
    start = at + m[0].length;
    opener = (/^\s*([a-z]+)/i.exec(text.slice(start, start + 20))?.[1] ?? '').toLowerCase();
  }
  if (text.length > start || out.length === 0) out.push({ start, end: text.length, opener });
  return out;
}

/** Index of the clause holding offset `at` (the last clause starting at or before it). */
export function clauseAt(clauses: Clause[], at: number): number {
  let i = 0;
  while (i + 1 < clauses.length && clauses[i + 1].start <= at) i++;
  return i;
}
