// Sentence boundaries in masked text (noise already blanked to spaces). A line break ends a
// sentence unless the line stops mid-sentence and the next starts in lowercase (hard-wrapped text).
import type { Span } from '../../types/model.ts';
import { LETTER, SPACE, charFlags, codePointAt } from './charClass.ts';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'brig', 'adm', 'gov', 'sen', 'rep',
  'st', 'mt', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'al',
]); // prettier-ignore

const BREAK = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;
// At module level: Node bundlers rewrite a `\p{…}` literal into `new RegExp(…)` (compiled per call).
const LOWERCASE = /\p{Ll}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/** `/\s/.test(text[i])` without a regex per character. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c < 128 ? c >= 9 && c <= 13 : (charFlags(c) & SPACE) !== 0);
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, Math.min(end, start + 2000)))
    ? { start, end }
    : null;
}

/**
 * The letters before the full stops that end text[from, to) ("Mr" of "… Mr."), '' when no letter
 * stands right before them: what `/(\p{L}+)\.*$/u` captures in `text.slice(from, to)`, without
 * a slice and a regex per stop.
 */
export function wordBeforeStops(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && text.charCodeAt(end - 1) === 46) end--;
  let k = end;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      k--;
      continue;
    }
    if (c < 128) break;
    // A letter outside the BMP is a surrogate pair, both halves inside the slice.
    if (c >= 0xdc00 && c <= 0xdfff && k - 2 >= from) {
      const cp = codePointAt(text, k - 2, k);
      if (cp > 0xffff) {
        if (!(charFlags(cp) & LETTER)) break;
        k -= 2;
        continue;
      }
    }
    if (!(charFlags(c) & LETTER)) break;
    k--;
  }
  return text.slice(k, end);
}

/** Splits masked text into sentence spans (offsets into the text); linear in its length. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // The run of spaces after the last break: [runFrom, after), its last line break at lastNewline.
  // Each line break inside a run reuses it, so a run of blank lines is scanned once, not per line.
  let after = -1;
  let lastNewline = -1;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    const end = m.index + m[0].length;
    if (end > after) {
      after = end;
      while (after < text.length && isSpace(text, after)) {
        if (text.charCodeAt(after) === 10) lastNewline = after;
        after++;
      }
    }
    const nextChar = text[after] ?? '';
    let isBreak: boolean;
    if (m[0] === '\n') {
      // A line ending without punctuation continues when the next line starts in lowercase.
      const before = text.slice(Math.max(start, m.index - 3), m.index).trimEnd();
      const blankBetween = lastNewline > m.index || after - m.index > 40;
      isBreak = blankBetween || before === '' || !LOWERCASE.test(nextChar);
    } else {
      let abbrev = false;
      if (m[0].startsWith('.')) {
        const word = wordBeforeStops(text, Math.max(start, m.index - 12), m.index + 1);
        abbrev = ABBREVIATIONS.has(word.toLowerCase()) || ONE_CAPITAL.test(word);
      }
      isBreak = !abbrev && (nextChar === '' || /["“‘'([\p{Lu}\p{N}\p{Lo}]/u.test(nextChar));
    }
    if (!isBreak) continue;
    const span = trimSpan(text, start, end);
    if (span) out.push(span);
    start = end;
  }
  const last = trimSpan(text, start, text.length);
  if (last) out.push(last);
  return out;
}
