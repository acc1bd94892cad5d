// Which lines of a report are not the report: byline, photo credit, copyright, "Source:" line,
// teaser section (and everything after it), trailing author biography, bare section heading,
// repeated headline; plus the dateline ("HOMS/BEIRUT (Agency) –") and line roles.
import type { ExcludedSpan, Span } from '../../types/model.ts';
import { SPACE, charFlags } from './charClass.ts';
import { NEWS_AGENCIES } from '../../words/organisations.ts';

export type Line = Span;

export interface LineClasses {
  excluded: ExcludedSpan[];
  datelinePlaces: Span[];
  roles: (Span & { role: 'headline' | 'caption' })[];
}

/** Characters that end a sentence or a quotation (the regex `/[.!?:;"”’)\]…]$/`), by UTF-16 unit. */
const TERMINAL_UNITS = new Set(Array.from('.!?:;"”’)]…', (c) => c.charCodeAt(0)));

/**
 * Whether a line ends on one of `TERMINAL_UNITS`, read by its last character: an end-anchored
 * regex is still tried at every position of the line, and this is asked of every paragraph.
 */
export function endsTerminal(t: string): boolean {
  return t.length > 0 && TERMINAL_UNITS.has(t.charCodeAt(t.length - 1));
}
/** `/[.!?]$/.test(t)`, by the last character. */
const endsSentence = (t: string): boolean => {
  const c = t.charCodeAt(t.length - 1);
  return c === 46 || c === 33 || c === 63;
};

// A line that ends on a closing quote with no stop inside it: "… to \"protect civilians\"".
const QUOTED_END = /[\p{L}\p{N}]["”]$/u;
const TEASER =
  /^(?:latest (?:stories|news|articles)|read (?:more|also|next)|related(?: articles| stories| news| coverage)?|more (?:from|stories|news)|recommended(?: for you)?|you (?:may|might) also like|most (?:read|popular)|also read|see also|trending(?: now)?|top stories)\b/i;
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s*\d)|all rights reserved/i;
const SOURCE = /^(?:source|sources|via|credit|credits|photo|image|picture)s?\s*:/i;
const CREDIT = /\b(?:getty images|shutterstock|photo(?:graph)? by|via reuters|ap photo|afp photo|epa-efe)\b/i;
/**
 * A caption's credit in brackets after its last stop: "(Agency/File)", "(AP Photo/Jane Doe)",
 * "(Handout)". Only the brackets are noise; the caption before them is read as a caption.
 */
const TRAILING_CREDIT =
  /(?<=[.!?"”’]\s{0,3})\((?:\p{L}[^()\n/]{0,40}\/\s*\p{L}[^()\n/]{0,40}(?:\/[^()\n/]{1,40})?|(?:[Ff]ile|[Hh]andout|[Pp]ool|[Cc]ourtesy)(?: (?:[Pp]hoto|[Ii]mage|[Pp]icture))?)\)$/u;
const BYLINE = /^(?:by|By|BY)\s+\p{Lu}/u;
// At module level: Node bundlers rewrite a `\p{…}` literal into `new RegExp(…)` (compiled per call).
const UPPERCASE = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;
const THREE_CAPITALS = /\p{Lu}{3}/u;
const BIO_HEAD =
  /^(?:[Aa]bout the authors?\b|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:is|was|has been)\s+(?:a|an|the)\b)/u;
/** "Jane Doe covers the Middle East from Beirut.": a reporter's beat, told in the present tense. */
const BIO_BEAT =
  /^(?:[Aa]bout the authors?\s*[:.—–-]\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:covers|reports on|writes (?:about|on)|is based in)\b/u;
const BIO_ROLE =
  /\b(?:writer|reporter|journalist|correspondent|editor|reviewer|author|contributor|columnist|blogger|producer|critic|freelancer|photographer)\b/i;
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:\s*\/\s*\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}){0,4})(?:,\s*\p{Lu}[\p{L}. ]{0,30}?)?(?:,?\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?(?:\s+\d{4})?))?\s*(?:\([^()\n]{1,60}\))?\s*[–—-]{1,2}\s+/u;

/** A date, in the forms news datelines write it ("December 3, 2024", "3 December 2024", "Dec. 3"). */
const DATE = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?(?:\s+\d{4})?)`;

/** "December 3, 2024 (BAGHDAD) —": the date first, the city in capitals in brackets. */
const DATE_FIRST_DATELINE = new RegExp(
  String.raw`^${DATE}\s*\((\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:\s*\/\s*\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}){0,4})\)\s*[–—-]{1,2}\s+`,
  'u',
);

/** Lines from the top where a dateline may still open the body (after a headline, a standfirst, a byline). */
const DATELINE_LINES = 6;

/**
 * "GAZA CITY (Agency) —" further down: a live page's entry opens with one under its time and
 * heading. Only the capitals-and-outlet form, which no sentence has, is taken there (the first).
 */
const BRACKETED_DATELINE = /^\p{Lu}[\p{Lu}\p{M}.'’ -]{2,40}\s*\([^()\n]{1,60}\)\s*[–—-]{1,2}\s+\p{Lu}/u;

/**
 * "Qamishli, Syria — Thousands left": a city in title case is a dateline only with its state or
 * country after a comma and a dash (a sentence seldom opens "Town, Country —").
 */
const MIXED_DATELINE =
  /^(\p{Lu}\p{Ll}+(?:[ -](?:\p{Ll}{1,3}-)?\p{Lu}\p{Ll}+){0,2}),\s*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\.?(?:,?\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?(?:\s+\d{4})?))?\s*(?:\([^()\n]{1,60}\))?\s*(?:[–—]|--)\s+/u;

/** More words than any rule below counts up to: `words` stops there. */
const MANY_WORDS = 15;

/**
 * Number of words (runs of non-space characters), without building them, up to `MANY_WORDS`: a
 * paragraph's words are not counted to the end when no rule asks beyond 14.
 */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c < 128 ? c >= 9 && c <= 13 : (charFlags(c) & SPACE) !== 0);
    if (!space && !inWord && ++n === MANY_WORDS) break;
    inWord = !space;
  }
  return n;
}

/**
 * Whitespace other than single spaces (what `/[^\S ]| {2}/` finds, scanned by hand: it is asked
 * of every line): only then has `norm` anything to collapse.
 */
export function irregularSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i + 1) === 32) return true;
    } else if (c < 128 ? c >= 9 && c <= 13 : (charFlags(c) & SPACE) !== 0) return true;
  }
  return false;
}

/** A line's lowercase (`lower`) with its runs of whitespace made one space, trimmed. */
function norm(lower: string): string {
  return (irregularSpace(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
}

/** What COPYRIGHT's unanchored half looks for. */
const RESERVED = 'all rights reserved';

/**
 * Whether `COPYRIGHT` matches: the regex only where the line opens with "c", "©" or "(" (where
 * its anchored half may match), else "all rights reserved" in the lowercased line (`lower`, when
 * the caller has it): the /i flag without /u folds ASCII letters only, and no other character
 * lowercases to a letter of the phrase alone ("İ" gives "i" and a combining dot). Not a
 * case-folding regex tried at every character of every short line.
 */
export function copyrightLine(t: string): boolean {
  return copyrightLower(t, t.toLowerCase());
}

/** `copyrightLine(t)` given `t.toLowerCase()`. */
export function copyrightLower(t: string, lower: string): boolean {
  const c0 = t.charCodeAt(0);
  if (c0 === 99 || c0 === 67 || c0 === 0xa9 || c0 === 40) return COPYRIGHT.test(t);
  return lower.includes(RESERVED);
}

/**
 * Classifies the lines of a text (already cut into lines) into noise and content. Decisions use
 * only the shape of each line and its position, so they carry over to reports never seen.
 */
export function classifyLines(text: string, lines: Line[]): LineClasses {
  const excluded: ExcludedSpan[] = [];
  const datelinePlaces: Span[] = [];
  const roles: LineClasses['roles'] = [];
  // Pushed onto a literal, not made by map().filter() (see matchRuns: one array map for the JIT).
  const content: { start: number; end: number; t: string }[] = [];
  for (const l of lines) {
    const raw = text.slice(l.start, l.end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t.length > 0) content.push({ start: l.start + lead, end: l.start + lead + t.length, t });
  }
  const excludedStarts = new Set<number>();
  const exclude = (l: Span, reason: string): void => {
    excluded.push({ start: l.start, end: l.end, reason });
    excludedStarts.add(l.start);
  };
  const seen = new Set<string>();
  let headline: string | null = null;
  let first = true;
  let stopAt = content.length;
  for (let i = 0; i < content.length; i++) {
    const l = content[i];
    const t = l.t;
    const short = t.length < 200;
    const wordCount = words(t);
    if (short && TEASER.test(t) && t.length < 80) {
      stopAt = i;
      break;
    }
    const lower = t.toLowerCase();
    if (short && copyrightLower(t, lower)) {
      exclude(l, 'copyright');
      continue;
    }
    if (short && SOURCE.test(t)) {
      exclude(l, 'source line');
      continue;
    }
    if (
      short &&
      ((t.includes(' | ') && wordCount <= 14 && !endsSentence(t)) || (wordCount <= 14 && CREDIT.test(t)))
    ) {
      exclude(l, 'photo credit');
      const prev = content[i - 1];
      if (prev && !excludedStarts.has(prev.start))
        roles.push({ start: prev.start, end: prev.end, role: 'caption' });
      continue;
    }
    // (It ends on a bracket: the regex, with a lookbehind tried at every position, only then.)
    const credit = short && t.charCodeAt(t.length - 1) === 41 ? TRAILING_CREDIT.exec(t) : null;
    if (credit) {
      exclude({ start: l.start + credit.index, end: l.end }, 'photo credit');
      roles.push({ start: l.start, end: l.start + credit.index, role: 'caption' });
      continue;
    }
    if (first && short && BYLINE.test(t) && !endsSentence(t)) {
      exclude(l, 'byline');
      continue;
    }
    const key = norm(lower);
    if (seen.has(key) && (key === headline || wordCount >= 8)) {
      exclude(l, 'repeated text');
      continue;
    }
    seen.add(key);
    const nextLine = content[i + 1];
    // (A headline may close on a quotation: 'Army says it pulled back to "protect civilians"'.)
    if (first && short && (!endsTerminal(t) || QUOTED_END.test(t)) && nextLine && wordCount >= 3) {
      roles.push({ start: l.start, end: l.end, role: 'headline' });
      headline = key;
      first = false;
      continue;
    }
    const caps = UPPERCASE.test(t) && !LOWERCASE.test(t);
    const prev = content[i - 1];
    const bare =
      !first && wordCount <= 6 && t.length < 60 && !endsTerminal(t) && prev && endsTerminal(prev.t);
    if (caps && wordCount <= 8 && !endsTerminal(t)) {
      exclude(l, 'section heading');
      continue;
    }
    if (bare && nextLine && /^["“‘(]?[\p{Lu}\p{N}]/u.test(nextLine.t)) {
      exclude(l, 'section heading');
      continue;
    }
    if (
      i >= content.length - 3 &&
      ((BIO_HEAD.test(t) && BIO_ROLE.test(t.slice(0, 200))) || (short && BIO_BEAT.test(t)))
    ) {
      stopAt = i;
      excluded.push({ start: l.start, end: text.length, reason: 'author biography' });
      break;
    }
    if ((first || i < DATELINE_LINES || BRACKETED_DATELINE.test(t)) && !datelinePlaces.length) {
      let m = DATELINE.exec(t);
      const mixed = m && THREE_CAPITALS.test(m[1]) ? null : MIXED_DATELINE.exec(t);
      if (mixed) m = mixed;
      const dated = m || mixed ? null : DATE_FIRST_DATELINE.exec(t);
      if (dated && !NEWS_AGENCIES.has(dated[1].toLowerCase())) m = dated;
      if (m && (mixed || THREE_CAPITALS.test(m[1]))) {
        exclude({ start: l.start, end: l.start + m[0].length }, 'dateline');
        // The places' group opens the line, or follows the date ("December 3, 2024 (BAGHDAD)").
        const from = l.start + m[0].indexOf(m[1]);
        let at = 0;
        for (const part of m[1].split('/')) {
          const p = part.trim();
          const off = m[1].indexOf(p, at);
          if (p) datelinePlaces.push({ start: from + off, end: from + off + p.length });
          at = off + p.length;
        }
      }
    }
    first = false;
  }
  if (stopAt < content.length) {
    const from = content[stopAt].start;
    if (!excluded.some((e) => e.reason === 'author biography' && e.start === from)) {
      excluded.push({ start: from, end: text.length, reason: 'teasers' });
    }
  }
  return { excluded, datelinePlaces, roles };
}
