// Where a report writes the name of its own outlet ("Mon 21 Oct 2024 — Harbour Wire", "HOMS
// (Harbour Wire) —", "Harbour Wire reported"): those words name the outlet, never a place, even
// when part of the name is one ("Levant", "Kyiv"). The outlet comes with the report (index.json,
// the app's form), so this holds for any outlet, not a list of known ones.
import type { Span } from '../../types/model.ts';
import { textCache } from '../util/textCaches.ts';

/** Shorter outlet names (initials such as "AP") are left to the word rules. */
const MIN_OUTLET_CHARS = 3;

/**
 * Every occurrence of `outlet` in `text`, as written (case kept, any run of spaces for a space),
 * between word boundaries.
 *
 * @example outletSpans('Mon 21 Oct — Harbour Wire', 'Harbour Wire') // [{ start: 13, end: 25 }]
 */
export function outletSpans(text: string, outlet: string | null | undefined): Span[] {
  const name = outlet?.trim();
  if (!name || name.length < MIN_OUTLET_CHARS) return [];
  const { first, re } = outletPattern(name);
  // Every occurrence starts with the name's first word as written: the expression is tried only
  // where that word stands (run over the whole text, its leading lookbehind was tried at every
  // character), from the end of the last occurrence on, as a global search would.
  const out: Span[] = [];
  for (let at = text.indexOf(first); at >= 0;) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) out.push({ start: at, end: at + m[0].length });
    at = text.indexOf(first, m ? at + m[0].length : at + 1);
  }
  return out;
}

// Compiled once per outlet name (reports of one outlet share it).
const PATTERNS = textCache<string, { first: string; re: RegExp }>();

function outletPattern(name: string): { first: string; re: RegExp } {
  let known = PATTERNS.get(name);
  if (!known) {
    const words = name.split(/\s+/);
    const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    // Sticky: tried at one offset at a time (outletSpans).
    known = { first: words[0], re: new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'uy') };
    PATTERNS.set(name, known);
  }
  return known;
}
