// The words a report writes in lowercase somewhere ("insurgents"): written with a
// capital at a sentence start or in a headline, such a word is an ordinary word, not a name.
import type { SegmentedArticle } from '../../types/model.ts';
import { LETTER, LOWER, MARK, NUMBER, charFlags, codePointAt } from './charClass.ts';

/**
 * Every word of the report's sentences that starts with a lowercase letter not glued to a
 * letter, digit, apostrophe or hyphen before it (the regex
 * `(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*` over each sentence, scanned by hand: it runs over
 * every character of the report).
 * @example lowercaseWords(segment({ id: 'a', text: 'Insurgents said insurgents left.' })) // {'said', 'insurgents', 'left'}
 */
export function lowercaseWords(doc: SegmentedArticle): Set<string> {
  const vocab = new Set<string>();
  const text = doc.article.text;
  for (const s of doc.sentences) addWords(text, s.start, Math.min(s.end, text.length), vocab);
  return vocab;
}

/** Apostrophes and hyphens glue a word to what precedes it, as letters and digits do. */
const GLUE = 256;

function addWords(text: string, start: number, end: number, vocab: Set<string>): void {
  let glued = false;
  for (let i = start; i < end;) {
    const c = text.charCodeAt(i);
    let f: number;
    let width = 1;
    if (c < 128) {
      if (c >= 97 && c <= 122) f = LETTER | LOWER;
      else if (c >= 65 && c <= 90) f = LETTER;
      else if (c >= 48 && c <= 57) f = NUMBER;
      else f = c === 39 || c === 45 ? GLUE : 0;
    } else {
      const cp = codePointAt(text, i, end);
      if (cp > 0xffff) width = 2;
      f = cp === 0x2019 ? GLUE : charFlags(cp);
    }
    if (f & LOWER && !glued) {
      // What follows a word is neither a letter nor a mark, so it starts no word: no need to
      // know whether the word's last character glues.
      i = addWord(text, i, end, vocab);
      glued = true;
      continue;
    }
    glued = (f & (LETTER | NUMBER | GLUE)) !== 0;
    i += width;
  }
}

/** Adds the word starting at i (letters and marks) and returns where it ends. */
function addWord(text: string, i: number, end: number, vocab: Set<string>): number {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      j++;
      continue;
    }
    if (c < 128) break;
    const cp = codePointAt(text, j, end);
    if (!(charFlags(cp) & (LETTER | MARK))) break;
    j += cp > 0xffff ? 2 : 1;
  }
  vocab.add(text.slice(i, j));
  return j;
}
