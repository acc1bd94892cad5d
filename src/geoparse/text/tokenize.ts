// Words and punctuation of one sentence with their offsets, and the capitalised runs that may
// name a place ("Khan al-Asal", "University of Aleppo", "Hayat Tahrir al-Sham").
import { demonymCountry } from '../../words/demonyms.ts';
import { PERSON_AFTER, SIDE_PREFIXES, TITLES } from '../../words/titles.ts';
import { STOPWORDS } from '../../words/stopwords.ts';
import { MONTHS } from '../../words/months.ts';
import {
  ARABIC_ARTICLE,
  NAME_ARTICLES,
  NAME_CONNECTORS,
  NAME_LINK_WORDS,
  SPACED_ARTICLES,
} from '../../words/articles.ts';
import { CASELESS, LETTER, MARK, NUMBER, SPACE, UPPER, charFlags, codePointAt } from './charClass.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** Followed by a possessive 's (removed from text/end). */
  poss: boolean;
  /** Two or more letters, all uppercase ("UK", "HTS"). */
  acronym: boolean;
  /** Script without case (Arabic …): every word may be a name. */
  caseless: boolean;
}

export interface Run {
  /** Indices into the sentence's tokens, first and last (inclusive). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Preceded by a title or role ("President", "spokesman"): a person. */
  person: boolean;
}

const WORDISH = LETTER | MARK | NUMBER;

// Unicode-property patterns live at module level: the Node bundlers (esbuild for Node targets)
// rewrite a `\p{…}` literal into `new RegExp(…)`, which inside a function compiles on every call.
const BRAND_CAPITALS = /^\p{Lu}(?:\p{Ll}+\p{Lu}|\p{Lu}\p{Ll})/u;
const NAME_PREFIX_CAPITAL = /^(?:Mc|Mac|De|Di|La|Le|Al|El)\p{Lu}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/** Ends in 's, ’s, 'S, ’S or ʼs. */
function isPossessive(t: string): boolean {
  const s = t.charCodeAt(t.length - 1);
  const q = t.charCodeAt(t.length - 2);
  if (s === 115) return q === 39 || q === 0x2019 || q === 0x2bc;
  return s === 83 && (q === 39 || q === 0x2019);
}

/** UTF-16 units of a code point. */
function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Whether the code point at i is an apostrophe that glues two word parts ("Nu'man"). */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc;

/**
 * End of the token starting at i (a non-space code point of flags f): dotted capitals ("U.S.")
 * not followed by a letter, else a word with glued apostrophes, else the one character. A hand
 * scan of what `TOKEN_RULE` in tokenize.test.ts says as a regex, several times faster.
 */
function tokenEnd(text: string, i: number, end: number, f: number): number {
  if (f & UPPER) {
    let k = i;
    let pairs = 0;
    for (;;) {
      if (k >= end) break;
      const cp = codePointAt(text, k, end);
      const w = width(cp);
      if (!(charFlags(cp) & UPPER) || k + w >= end || text.charCodeAt(k + w) !== 46) break;
      k += w + 1;
      pairs++;
    }
    if (pairs >= 2 && (k >= end || !(charFlags(codePointAt(text, k, end)) & LETTER))) return k;
  }
  if (!(f & WORDISH)) return i + width(codePointAt(text, i, end));
  let j = i;
  let mask = WORDISH;
  for (;;) {
    while (j < end) {
      const c = text.charCodeAt(j);
      // ASCII letters and digits without the table.
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (mask === WORDISH && c >= 48 && c <= 57)) {
        j++;
        continue;
      }
      if (c < 128) break;
      const cp = codePointAt(text, j, end);
      if (!(charFlags(cp) & mask)) break;
      j += width(cp);
    }
    // An apostrophe glues letters (not digits) after it: "Ma'arrat", "Nu’man".
    if (j + 1 < end && isApostrophe(text.charCodeAt(j))) {
      const cp = codePointAt(text, j + 1, end);
      if (charFlags(cp) & (LETTER | MARK)) {
        j++;
        mask = LETTER | MARK;
        continue;
      }
    }
    return j;
  }
}

/** `caseBits`: an ASCII capital or a character outside ASCII (toLowerCase may change the word). */
const NOT_LOWER = 1;
/** `caseBits`: an ASCII lowercase letter (toUpperCase changes the word). */
const ASCII_LOWER = 2;

/** Which letters a token holds, in one pass over its UTF-16 units (see NOT_LOWER, ASCII_LOWER). */
function caseBits(t: string): number {
  let bits = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 97 && c <= 122) bits |= ASCII_LOWER;
    else if ((c >= 65 && c <= 90) || c > 127) bits |= NOT_LOWER;
  }
  return bits;
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  end = Math.min(end, text.length);
  for (let i = Math.max(0, start); i < end;) {
    const c0 = text.charCodeAt(i);
    if (c0 === 32 || c0 === 10 || c0 === 9 || c0 === 13) {
      i++;
      continue;
    }
    const cp = codePointAt(text, i, end);
    const f = charFlags(cp);
    if (f & SPACE) {
      i += width(cp);
      continue;
    }
    const tokenEndsAt = tokenEnd(text, i, end, f);
    let t = text.slice(i, tokenEndsAt);
    const s = i;
    i = tokenEndsAt;
    const c = t.charCodeAt(0);
    // ASCII fast paths; other scripts ask the Unicode tables (of the first UTF-16 unit, so a
    // letter outside the BMP is not a word start, as before).
    const asciiLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const fc = c > 127 ? charFlags(c) : 0;
    const word = asciiLetter || (c >= 48 && c <= 57) || (fc & (LETTER | NUMBER)) !== 0;
    let poss = false;
    if (word && t.length > 2 && isPossessive(t)) {
      t = t.slice(0, -2);
      poss = true;
    }
    const caseless = word && (fc & CASELESS) !== 0;
    const cap = asciiLetter ? c <= 90 : word && (fc & UPPER) !== 0;
    const cases = caseBits(t);
    // Most tokens are lowercase ASCII words, already their own lowercase: no new string.
    const lower = cases & NOT_LOWER ? t.toLowerCase() : t;
    out.push({
      start: s,
      end: s + t.length,
      text: t,
      lower,
      cap,
      word,
      poss,
      // A lowercase ASCII letter rules out "all uppercase" before any string is made.
      acronym:
        cap &&
        t.length >= 2 &&
        (cases & ASCII_LOWER) === 0 &&
        t === t.toUpperCase() &&
        lower !== t &&
        !/\d/.test(t),
      caseless,
    });
  }
  return out;
}

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * `BRAND_CAPITALS.test(w)` (a capital, then lowercase letters and a capital, or two capitals and
 * a lowercase letter), read by hand while the letters that decide are ASCII: it is asked of
 * every capitalised word.
 */
export function brandCapitals(w: string): boolean {
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if (c0 > 127 || c1 > 127) return BRAND_CAPITALS.test(w);
  if (!isAsciiUpper(c0)) return false;
  if (isAsciiUpper(c1)) {
    const c2 = w.charCodeAt(2);
    return c2 > 127 ? BRAND_CAPITALS.test(w) : isAsciiLower(c2);
  }
  if (!isAsciiLower(c1)) return false;
  for (let k = 2; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (isAsciiLower(c)) continue;
    return c > 127 ? BRAND_CAPITALS.test(w) : isAsciiUpper(c);
  }
  return false;
}

/** Whether token i may be part of a name: capitalised (or caseless), not a stopword or title, not a brand. */
function isNameAt(tokens: Token[], i: number, lowerVocab: Set<string>, titleCase: boolean): boolean {
  const t = tokens[i];
  if (!t || !t.word) return false;
  if (t.caseless) return true;
  if (!t.cap || ((STOPWORDS.has(t.lower) || TITLES.has(t.lower)) && !t.acronym)) return false;
  if (t.text.length === 1) return false;
  if (/['’](?:ve|ll|re|d|m|t)$/i.test(t.text)) return false; // "I've", "Don't"
  if (isDateWord(tokens, i)) return false;
  // Brand-like capitals inside a word ("YouTube", "UConn", "MoD"), but not "McAllen" or "DeKalb".
  if (brandCapitals(t.text) && !NAME_PREFIX_CAPITAL.test(t.text)) return false;
  if (
    (i === 0 || titleCase || (!tokens[i - 1].word && /["“‘(]/.test(tokens[i - 1].text))) &&
    lowerVocab.has(t.lower) &&
    !demonymCountry(t.lower)
  )
    return false;
  return true;
}

const QUOTES = /^["“”‘’']$/;

/** A quoted name between a first name and a surname is a nickname: Joaquín "El Chapo" Guzmán. */
function nicknameAt(tokens: Token[], from: number, to: number): boolean {
  const open = tokens[from - 1];
  const first = tokens[from - 2];
  const close = tokens[to + 1];
  const last = tokens[to + 2];
  return (
    !!open && QUOTES.test(open.text) && !!close && QUOTES.test(close.text) && !!first?.cap && !!last?.cap
  );
}

/** The keys of MONTHS as a set: a lookup by a token's string, not an object's by a string it must intern first. */
const MONTH_WORDS = new Set(Object.keys(MONTHS));

const isDigits = (t: Token | undefined): boolean => !!t && t.word && /^\d/.test(t.text);

/**
 * A month's name or news abbreviation written as part of a date ("Aug. 6", "Sept 12", "5 Jan",
 * "in Aug. 2023"): a date, not a place, whatever a gazetteer files under "Aug" or "Jan".
 */
function isDateWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!MONTH_WORDS.has(t.lower)) return false;
  const next = tokens[i + 1]?.text === '.' ? tokens[i + 2] : tokens[i + 1];
  return tokens[i + 1]?.text === '.' || isDigits(next) || isDigits(tokens[i - 1]);
}

/**
 * Tokens to skip from an Arabic article to the word it glues to ("al-Asal", "al Asal",
 * "an-Nu'man"), 0 when token i is no such article. `names` says which tokens may be names.
 */
function articleLinkAt(tokens: Token[], names: Uint8Array, i: number, inside: boolean): number {
  const t = tokens[i];
  if (!t) return 0;
  // (The hyphen first: asked of every token, and most are followed by none.)
  if (tokens[i + 1]?.text === '-' && NAME_ARTICLES.has(t.lower)) {
    // Inside a run a title after the article is part of the name ("Taybat al-Imam"), not a person's.
    const w = tokens[i + 2];
    if (names[i + 2] === 1 || (inside && !!w?.cap && TITLES.has(w.lower))) return 2;
  }
  // Without a hyphen only inside a run ("Khan al Asal"), and not English look-alikes ("as", "at", "an").
  if (
    inside &&
    (SPACED_ARTICLES.has(t.lower) || NAME_CONNECTORS.has(t.lower)) &&
    tokens[i + 1]?.start === t.end + 1 &&
    names[i + 1] === 1 &&
    !t.cap
  )
    return 1;
  return 0;
}

/**
 * Index of the name after token i when a capitalised article joins it by a hyphen ("Ras
 * Al-Ain", "Deir Ez-Zor", "Taybat Al-Imam", and in some styles "Tall Ed-dahab") or hyphens glue
 * the article on both sides ("Deir-al-Zor"); else 0.
 */
function hyphenedArticleEnd(tokens: Token[], names: Uint8Array, i: number): number {
  let n = i + 1;
  const t = tokens[n];
  if (!t) return 0;
  if (t.text === '-' && t.start === tokens[i].end) n++;
  else if (!t.cap) return 0; // a lowercase article is read by articleLinkAt
  const a = tokens[n];
  const dash = tokens[n + 1];
  const w = tokens[n + 2];
  if (!a || !NAME_ARTICLES.has(a.lower) || dash?.text !== '-' || dash.start !== a.end) return 0;
  if (!w || w.start !== dash.end) return 0;
  const word =
    names[n + 2] === 1 || (w.word && (TITLES.has(w.lower) || (a.cap && !w.cap && w.text.length >= 3)));
  return word && !STOPWORDS.has(w.lower) ? n + 2 : 0;
}

/** Lowercase particles that hyphens glue inside a place's name ("Croix-des-Bouquets", "Aix-en-Provence", "Stratford-upon-Avon"). */
const HYPHENED_PARTICLES = new Set(
  'de des du di da do dos das del della la le les l à au aux en sur sous lès upon on'.split(' '),
);
/** An elided article before a capital, glued on by a hyphen ("Saut-d'Eau", "-de-l'Artibonite"). */
const ELIDED = /^[dl]['’]\p{Lu}/u;

/**
 * Index of the last token of a name that hyphens and lowercase particles go on from token i
 * ("Croix-des-Bouquets", "Saut-d'Eau", "Petite-Rivière-de-l'Artibonite"); else 0. Only written
 * solid, hyphen against word: "Aleppo - de facto" stays apart.
 */
function hyphenedParticleEnd(tokens: Token[], names: Uint8Array, i: number): number {
  let n = i;
  for (;;) {
    const dash = tokens[n + 1];
    const p = tokens[n + 2];
    if (dash?.text !== '-' || dash.start !== tokens[n].end || !p || p.start !== dash.end) break;
    if (ELIDED.test(p.text)) n += 2;
    else {
      const dash2 = tokens[n + 3];
      const w = tokens[n + 4];
      if (!HYPHENED_PARTICLES.has(p.text) || dash2?.text !== '-' || dash2.start !== p.end) break;
      if (!w || w.start !== dash2.end || (names[n + 4] !== 1 && !ELIDED.test(w.text))) break;
      n += 4;
    }
  }
  return n > i ? n : 0;
}

/**
 * Capitalised runs of a sentence. `lowerVocab` holds words seen in lowercase in the reports:
 * a sentence-initial or headline word found there ("Insurgents") is an ordinary word.
 */
export function findRuns(tokens: Token[], lowerVocab: Set<string>, titleCase: boolean): Run[] {
  const runs: Run[] = [];
  // Whether each token may be part of a name, asked once per token (out of range reads 0).
  const names = new Uint8Array(tokens.length + 3);
  for (let k = 0; k < tokens.length; k++) names[k] = isNameAt(tokens, k, lowerVocab, titleCase) ? 1 : 0;
  let i = 0;
  while (i < tokens.length) {
    const link = articleLinkAt(tokens, names, i, false);
    if (names[i] !== 1 && !link) {
      i++;
      continue;
    }
    const from = i;
    i += link;
    let to = i;
    // Caseless scripts give no capitals to group by: every word is its own candidate.
    while (!tokens[to].poss && !tokens[to].caseless) {
      const n = to + 1;
      const hyphened = hyphenedArticleEnd(tokens, names, to) || hyphenedParticleEnd(tokens, names, to);
      if (hyphened) to = hyphened;
      else if (
        names[n] === 1 &&
        !tokens[n].acronym &&
        !tokens[to].acronym &&
        tokens[n].caseless === tokens[to].caseless
      )
        to = n;
      else if (articleLinkAt(tokens, names, n, true)) to = n + articleLinkAt(tokens, names, n, true);
      else if (
        tokens[n] &&
        NAME_LINK_WORDS.has(tokens[n].lower) &&
        names[n + 1] === 1 &&
        !tokens[n + 1].acronym
      )
        to = n + 1;
      // A middle initial ("George W. Bush") keeps a person's name in one run.
      else if (ONE_CAPITAL.test(tokens[n]?.text ?? '') && tokens[n + 1]?.text === '.' && names[n + 2] === 1)
        to = n + 2;
      else break;
    }
    const prev = tokens[from - 1];
    const prev2 = tokens[from - 2];
    const next = tokens[to + 1]?.text === '-' ? tokens[to + 2] : tokens[to + 1];
    const person =
      (!!prev && (TITLES.has(prev.lower) || (!!prev2 && TITLES.has(prev2.lower) && prev.cap))) ||
      // A side named after its leader: "pro-Assad", "the Assad regime", "Assad-loyal".
      (prev?.text === '-' && !!prev2 && SIDE_PREFIXES.has(prev2.lower)) ||
      (!!next && PERSON_AFTER.has(next.lower)) ||
      nicknameAt(tokens, from, to);
    runs.push({ from, to, start: tokens[from].start, end: tokens[to].end, person });
    i = to + 1;
  }
  return runs;
}

/**
 * Index of the token before a list of names that ends at token `i` ("captured A, B and C": the
 * index of "captured"), skipping capitalised words, list glue, hyphens and Arabic articles, at
 * most a dozen tokens back; -1 when the sentence starts with the list. `onName` sees each
 * capitalised word passed.
 *
 * @example tokens[tokenBeforeList(tokens, indexOfC - 1)].lower // 'captured'
 */
export function tokenBeforeList(tokens: Token[], i: number, onName?: (t: Token) => void): number {
  for (let n = 0; i >= 0 && n < 12; i--, n++) {
    const t = tokens[i];
    const name = t.cap && !STOPWORDS.has(t.lower);
    if (!(
      name ||
      t.text === ',' ||
      t.lower === 'and' ||
      t.lower === 'or' ||
      t.text === '-' ||
      ARABIC_ARTICLE.test(t.lower)
    ))
      return i;
    if (name) onName?.(t);
  }
  return -1;
}
