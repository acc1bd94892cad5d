// The folding key: one spelling for the many ways a place name is transliterated.
// "Khan Assal", "Khan al-Asal" and "Khān al ‘Asal" all fold to "khan asal"; Saraqeb and
// Saraqib to "sarakib". Folding is lossy on purpose; fuzzy matching covers what it leaves.
import { SOMALI_EL } from '../../words/articles.ts';
import { textCache } from '../util/textCaches.ts';

/**
 * Arabic (and Latin transliteration) articles dropped as whole tokens, and Somali "Ceel" (a well),
 * which English spellings write "El" ("Ceel Buur" is El Bur).
 */
const ARTICLES = new Set([
  'al', 'el', 'ul', 'il', 'ash', 'esh', 'ech', 'ar', 'er', 'as', 'es', 'ad', 'ed', 'at', 'et',
  'az', 'ez', 'an', 'en', 'adh', 'ath', 'the', SOMALI_EL,
]); // prettier-ignore

/** "Abu al" glued into one word. */
const ABU_AL = new Set(['abul', 'abil', 'abol', 'aboul']);
const APOSTROPHES = /['`´ʹʻʼʽʾʿ‘’′]/g;
const HAS_APOSTROPHE = /['`´ʹʻʼʽʾʿ‘’′]/;
const GLUED_ARTICLE = /(?<![\p{L}\p{N}])([ae]l)['`´ʹʻʼʽʾʿ‘’′](?=\p{L})/gu;
const MARKS = /\p{M}/gu;
// Arabic letters with several written forms → one; tatweel removed.
const ARABIC_FORMS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
};
const ARABIC_FORM_RE = /[أإآٱةىؤئـ]/g;
const LETTER_DIGIT = /^[\p{L}\p{N}]+$/u;

/**
 * Folds one Latin token: nisba endings, vowel digraphs, q/k/g, doubled letters. Each rewrite runs
 * only when the letters it rewrites are there (a token is folded until it stops changing, so most
 * calls change nothing): the same result as running every rewrite, a fraction of the time.
 */
export function foldLatin(t: string): string {
  let s = t;
  let last = s[s.length - 1];
  // Nisba endings however written: -iyah, -iyyeh, -eyyeh, -ieh, -ia …
  if (s.length >= 5 && (last === 'a' || last === 'e' || last === 'h')) {
    s = s.replace(/(?:[ie]yy?[ae]h?|ieh|iah|ia|ie)$/, 'i');
    last = s[s.length - 1];
  }
  if (last === 'h') {
    // "Dalyeh" is "Daliyah": a consonant before -yeh/-yah is the same nisba ending.
    if (s.length >= 5) s = s.replace(/([^aeiouy])(?:yeh|yah)$/, '$1i');
    if (s.length >= 4) s = s.replace(/([aeiou])h$/, '$1');
    last = s[s.length - 1];
  }
  // Ta marbuta is written -a, -ah or -at ("Susah", "Susat"): one form.
  if (s.length >= 5 && last === 't') s = s.replace(/([^aeiou])at$/, '$1a');
  // A final w after a consonant is the vowel u ("Qabw" is "Qabu").
  if (s.length >= 3 && s.endsWith('w')) s = s.replace(/([^aeiouwy])w$/, '$1u');
  if (s.includes('dh')) s = s.replace(/dh/g, 'd');
  if (s.includes('ph')) s = s.replace(/ph/g, 'f');
  if (s.includes('q') || s.includes('g') || s.includes('k')) s = s.replace(/ck|[qgk]/g, 'k');
  if (s.includes('ay') || s.includes('ai') || s.includes('ei') || s.includes('ey'))
    s = s.replace(/(?:ay|ai|ei|ey)(?![aeiou])/g, 'i');
  if (s.includes('aw') || s.includes('au')) s = s.replace(/(?:aw|au)(?![aeiou])/g, 'u');
  if (s.includes('o')) s = s.replace(/ou|oo|o/g, 'u');
  if (s.includes('e')) s = s.replaceAll('e', 'i');
  if (hasDoubledLetter(s)) s = s.replace(/([a-z])\1+/g, '$1');
  return s;
}

/** Whether two equal letters a–z stand side by side. */
function hasDoubledLetter(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === s.charCodeAt(i - 1) && c >= 97 && c <= 122) return true;
  }
  return false;
}

function foldArabic(t: string): string {
  let s = t.replace(ARABIC_FORM_RE, (c) => ARABIC_FORMS[c] ?? '');
  if (s.length > 4 && s.startsWith('ال')) s = s.slice(2);
  return s;
}

const tokenCache = textCache<string, string>();
const COMPOUND_AIR = new Set(['basi', 'fild', 'strip', 'purt']);

/** One token folded until it stops changing (cached: place names share most of their tokens). */
function foldToken(t: string): string {
  const hit = tokenCache.get(t);
  if (hit !== undefined) return hit;
  const latin = /[a-z]/.test(t);
  let prev = t;
  let next = latin ? foldLatin(t) : foldArabic(t);
  for (let i = 0; i < 6 && next !== prev; i++) {
    prev = next;
    next = latin ? foldLatin(next) : foldArabic(next);
  }
  if (tokenCache.size > 500_000) tokenCache.clear();
  tokenCache.set(t, next);
  return next;
}

/**
 * The folding key of a name: lowercase, no diacritics or ayn/hamza marks, no al-/ash-/the
 * articles, one form for -iyah/-iyeh/-ieh, q/k/g as k, e as i, o/ou as u, no doubled letters.
 * Idempotent: `foldKey(foldKey(x)) === foldKey(x)`.
 *
 * @example foldKey('Khan al-Asal') === foldKey('Khan Assal'); // 'khan asal'
 */
export function foldKey(name: string): string {
  const lower = name.toLowerCase();
  const plain = /^[\x20-\x7e]*$/.test(lower)
    ? lower
    : lower.normalize('NFKD').replace(MARKS, '').toLowerCase();
  // "U.S." → "us": dotted abbreviations are one word.
  // "Al'Ulya", "El‘Ayn": an article glued to a name by the ayn mark is a word of its own.
  const marked = HAS_APOSTROPHE.test(plain)
    ? plain.replace(GLUED_ARTICLE, '$1 ').replace(APOSTROPHES, '')
    : plain;
  const base = marked.includes('.')
    ? marked.replace(/(?<![a-z])(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, '') + ' ')
    : marked;
  // Lists pushed onto literals, not made by map()/filter(): their elements kind then never
  // changes under optimised code (a 'wrong map' deoptimisation of foldKey otherwise).
  const raw: string[] = [];
  const words: string[] = [];
  for (const t of base.split(/[^\p{L}\p{N}]+/u))
    if (t && LETTER_DIGIT.test(t)) {
      raw.push(t);
      if (!ARTICLES.has(t)) words.push(t);
    }
  // "Abul", "Abil" are "Abu al" written as one word.
  for (let i = 0; i + 1 < words.length; i++) if (ABU_AL.has(words[i])) words[i] = 'abu';
  const folded: string[] = [];
  const kept: string[] = [];
  for (const w of words.length > 0 ? words : raw) {
    const t = foldToken(w);
    if (!t) continue;
    folded.push(t);
    if (!ARTICLES.has(t)) kept.push(t);
  }
  const tokens = kept.length > 0 ? kept : folded;
  // "M-5", "M 5" → "m5": road numbers are one token however they are written.
  const out: string[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.length === 1 && /^[a-z]$/.test(last) && /^\d{1,3}$/.test(t))
      out[out.length - 1] = last + t;
    // "air base", "air-base" and "airbase" are one word.
    else if (last === 'ir' && COMPOUND_AIR.has(t)) out[out.length - 1] = last + t;
    else out.push(t);
  }
  return out.join(' ');
}

const memo = textCache<string, string>();

/** `foldKey` with a memo: reports repeat their names, and the same names recur across reports. */
export function foldKeyCached(name: string): string {
  let k = memo.get(name);
  if (k === undefined) {
    if (memo.size > 50_000) memo.clear();
    k = foldKey(name);
    memo.set(name, k);
  }
  return k;
}

/** Levenshtein distance bounded by `max` (returns max + 1 when farther), with transpositions. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n], max + 1);
}
