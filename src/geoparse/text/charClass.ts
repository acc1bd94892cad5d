// Unicode classes of one code point, answered from a table filled on first sight: the hot
// loops (tokenizer, lowercase vocabulary) test every character, and a regex per character
// costs far more than a byte lookup. The regexes below stay the definition of each class.

/** Letter (\p{L}). */
export const LETTER = 1;
/** Mark (\p{M}). */
export const MARK = 2;
/** Number (\p{N}). */
export const NUMBER = 4;
/** Uppercase letter (\p{Lu}). */
export const UPPER = 8;
/** Lowercase letter (\p{Ll}). */
export const LOWER = 16;
/** White space (\s). */
export const SPACE = 32;
/** Letter of a script without case (\p{Lo}). */
export const CASELESS = 64;
const KNOWN = 128;

const TESTS: [RegExp, number][] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{M}$/u, MARK],
  [/^\p{N}$/u, NUMBER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
  [/^\s$/u, SPACE],
  [/^\p{Lo}$/u, CASELESS],
];

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  let f = 0;
  for (const [re, bit] of TESTS) if (re.test(s)) f |= bit;
  return f;
}

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

/** The class bits of a code point (LETTER | UPPER …). */
export function charFlags(cp: number): number {
  if (cp < 0x10000) {
    const f = bmp[cp];
    if (f !== 0) return f & ~KNOWN;
    const g = classify(cp);
    bmp[cp] = g | KNOWN;
    return g;
  }
  let f = astral.get(cp);
  if (f === undefined) astral.set(cp, (f = classify(cp)));
  return f;
}

/**
 * The code point at `i` of `text`, reading no further than `end` (a surrogate pair cut by `end`
 * is a lone surrogate, as a regex over `text.slice(…, end)` sees it).
 */
export function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
