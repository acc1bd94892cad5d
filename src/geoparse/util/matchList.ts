// Every match of a global expression, without String.prototype.matchAll. matchAll does not run
// the expression it is given: by the standard it builds a new RegExp from its source and flags
// (the species constructor) and runs that. V8 finds the compiled code of an equal expression in a
// compilation cache, but garbage collection empties that cache, and a report's reading collects
// garbage many times: every sentence then parsed and compiled our large rule families again (the
// incident triggers, dates, figures, reporting verbs: thousands of characters of alternatives)
// before matching them. Reading a report spent more on that than on matching. matchList runs
// `re` itself with exec, whose compiled code stays with it.

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
