// Where a report writes the name of its own outlet ("Mon 21 Oct 2024 — Harbour Wire", "HOMS
// (Harbour Wire) —", "Harbour Wire reported"): those words name the outlet, never a place, even
// when part of the name is one ("Levant", "Kyiv"). The outlet comes with the report (index.json,
// the app's form), so this holds for any outlet, not a list of known ones.
import type { Span } from '../../types/model.ts';

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
  const pattern = name
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
  const out: Span[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
