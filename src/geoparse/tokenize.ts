// Words and punctuation of one sentence with their offsets, and the capitalised runs that may
// name a place ("Khan al-Asal", "University of Aleppo", "Hayat Tahrir al-Sham").
import { demonymCountry } from './demonyms.ts';
import { STOPWORDS, TITLES } from './words.ts';

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

const TOKEN = /(?:\p{Lu}\.){2,}(?!\p{L})|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const LINK_ARTICLES = new Set([
  'al',
  'el',
  'ash',
  'esh',
  'an',
  'ad',
  'ar',
  'as',
  'at',
  'az',
  'ez',
  'es',
  'ed',
  'et',
  'ul',
  'ech',
  'ben',
  'bin',
  'ibn',
  'bint',
  'abu',
  'bani',
  'de',
  'du',
  'la',
  'der',
]);
const LINK_WORDS = new Set(['of', 'for']);
const WORD_START = /[\p{L}\p{N}]/u;
const CASELESS = /\p{Lo}/u;
const UPPER = /\p{Lu}/u;
const SPACED_ARTICLES = new Set([
  'al',
  'el',
  'ash',
  'esh',
  'ad',
  'az',
  'ar',
  'bin',
  'ibn',
  'abu',
  'bani',
  'de',
  'du',
  'la',
]);

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    const s = start + m.index;
    const c = t.charCodeAt(0);
    // ASCII fast paths; other scripts ask the Unicode tables.
    const asciiLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const word = asciiLetter || (c >= 48 && c <= 57) || (c > 127 && WORD_START.test(t[0]));
    let poss = false;
    if (
      word &&
      t.length > 2 &&
      (t.endsWith("'s") || t.endsWith('’s') || t.endsWith("'S") || t.endsWith('’S') || t.endsWith('ʼs'))
    ) {
      t = t.slice(0, -2);
      poss = true;
    }
    const caseless = word && c > 127 && CASELESS.test(t[0]);
    const cap = asciiLetter ? c <= 90 : word && c > 127 && UPPER.test(t[0]);
    const lower = t.toLowerCase();
    out.push({
      start: s,
      end: s + t.length,
      text: t,
      lower,
      cap,
      word,
      poss,
      acronym: cap && t.length >= 2 && t === t.toUpperCase() && lower !== t && !/\d/.test(t),
      caseless,
    });
  }
  return out;
}

/**
 * Capitalised runs of a sentence. `lowerVocab` holds words seen in lowercase in the reports:
 * a sentence-initial or headline word found there ("Insurgents") is an ordinary word.
 */
export function findRuns(tokens: Token[], lowerVocab: Set<string>, titleCase: boolean): Run[] {
  const runs: Run[] = [];
  const isName = (i: number): boolean => {
    const t = tokens[i];
    if (!t || !t.word) return false;
    if (t.caseless) return true;
    if (!t.cap || ((STOPWORDS.has(t.lower) || TITLES.has(t.lower)) && !t.acronym)) return false;
    if (t.text.length === 1) return false;
    if (/['’](?:ve|ll|re|d|m|t)$/i.test(t.text)) return false; // "I've", "Don't"
    // Brand-like capitals inside a word ("YouTube", "UConn", "MoD"), but not "McAllen" or "DeKalb".
    if (
      /^\p{Lu}(?:\p{Ll}+\p{Lu}|\p{Lu}\p{Ll})/u.test(t.text) &&
      !/^(?:Mc|Mac|De|Di|La|Le|Al|El)\p{Lu}/u.test(t.text)
    )
      return false;
    if (
      (i === 0 || titleCase || (!tokens[i - 1].word && /["“‘(]/.test(tokens[i - 1].text))) &&
      lowerVocab.has(t.lower) &&
      !demonymCountry(t.lower)
    )
      return false;
    return true;
  };
  const articleLink = (i: number, inside = false): number => {
    // "al-Asal", "al Asal", "an-Nu'man": article (+ hyphen) + capitalised word → tokens to skip to the word
    const t = tokens[i];
    if (!t || !LINK_ARTICLES.has(t.lower)) return 0;
    // Inside a run a title after the article is part of the name ("Taybat al-Imam"), not a person's.
    const titled = (j: number) => inside && !!tokens[j]?.cap && TITLES.has(tokens[j].lower);
    if (tokens[i + 1]?.text === '-' && (isName(i + 2) || titled(i + 2))) return 2;
    // Without a hyphen only inside a run ("Khan al Asal"), and not English look-alikes ("as", "at", "an").
    if (
      inside &&
      SPACED_ARTICLES.has(t.lower) &&
      tokens[i + 1]?.start === t.end + 1 &&
      isName(i + 1) &&
      !t.cap
    )
      return 1;
    return 0;
  };
  let i = 0;
  while (i < tokens.length) {
    const link = articleLink(i);
    if (!isName(i) && !link) {
      i++;
      continue;
    }
    const from = i;
    i += link;
    let to = i;
    // Caseless scripts give no capitals to group by: every word is its own candidate.
    while (!tokens[to].poss && !tokens[to].caseless) {
      const n = to + 1;
      if (
        isName(n) &&
        !tokens[n].acronym &&
        !tokens[to].acronym &&
        tokens[n].caseless === tokens[to].caseless
      )
        to = n;
      else if (articleLink(n, true)) to = n + articleLink(n, true);
      else if (tokens[n] && LINK_WORDS.has(tokens[n].lower) && isName(n + 1) && !tokens[n + 1].acronym)
        to = n + 1;
      // A middle initial ("George W. Bush") keeps a person's name in one run.
      else if (/^\p{Lu}$/u.test(tokens[n]?.text ?? '') && tokens[n + 1]?.text === '.' && isName(n + 2))
        to = n + 2;
      else break;
    }
    const prev = tokens[from - 1];
    const prev2 = tokens[from - 2];
    const person = !!prev && (TITLES.has(prev.lower) || (!!prev2 && TITLES.has(prev2.lower) && prev.cap));
    runs.push({ from, to, start: tokens[from].start, end: tokens[to].end, person });
    i = to + 1;
  }
  return runs;
}
