// Every match of a global expression, without String.prototype.matchAll. matchAll does not run
// the expression it is given: by the standard it builds a new RegExp from its source and flags
// (the species constructor) and runs that. V8 finds the compiled code of an equal expression in a
// compilation cache, but garbage collection empties that cache, and a report's reading collects
// garbage many times: every sentence then parsed and compiled our large rule families again (the
// incident triggers, dates, figures, reporting verbs: thousands of characters of alternatives)
// before matching them. Reading a report spent more on that than on matching. matchList runs
// `re` itself with exec, whose compiled code stays with it.
//
// primeMatches runs expressions over many texts at once (a report's sentences, before they are
// read one by one), and matchList then answers for those texts from what it found. The same
// matches, found in another order: each expression over all the texts in a row. A large
// expression compiles to a large piece of machine code; reading a sentence runs dozens of them and
// much else, so sentence after sentence each one's code was fetched from memory again (the
// incident rules ran about twice as fast over a report's sentences in a row).
import { textCache } from './textCaches.ts'; // emptied by benchmarks that time unseen text

/**
 * The matches `text.matchAll(re)` gives, in order, found with `re.exec` (see above). `re` must be
 * global, as for matchAll, which starts at `re.lastIndex` and leaves it as it was: so does this.
 * The list is complete before it is returned, so code that reads it may use `re` again.
 *
 * @example
 * matchList(/\d+/g, 'On 27 and 29 November').map((m) => m[0]); // ['27', '29']
 */
export function matchList(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchList: ${re} is not global`);
  if (re.lastIndex === 0) {
    const primed = PRIMED.get(re)?.get(text);
    if (primed) return primed.slice();
  }
  return execAll(re, text);
}

/** What primeMatches found: by expression, by text. The last texts primed only. */
const PRIMED = textCache<RegExp, Map<string, readonly RegExpExecArray[]>>();

/**
 * Finds every match of each expression in each text, expression by expression, so that
 * matchList(re, text) for them is a lookup (see above). Replaces what was primed before.
 *
 * @example
 * const DAY = /\d+/g;
 * primeMatches([DAY], ['On 27 November', 'On 29 November']);
 * matchList(DAY, 'On 29 November')[0][0]; // '29', found by primeMatches (the same object only)
 */
export function primeMatches(patterns: readonly RegExp[], texts: readonly string[]): void {
  PRIMED.clear();
  const distinct = [...new Set(texts)];
  for (const re of patterns) {
    if (!re.global) throw new TypeError(`primeMatches: ${re} is not global`);
    if (PRIMED.has(re)) continue;
    const from = re.lastIndex;
    re.lastIndex = 0;
    PRIMED.set(re, new Map(distinct.map((text) => [text, execAll(re, text)])));
    re.lastIndex = from;
  }
}

/** matchList without the primed matches. */
function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const unicode = re.unicode || re.flags.includes('v');
  const out: RegExpExecArray[] = [];
  // matchAll starts where `re` stands and leaves it there.
  const from = re.lastIndex;
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      out.push(m);
      // An empty match moves on by one character (a whole code point under the u or v flag).
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return at + 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
