// Search: places by any of their names, in Latin or Arabic script, forgiving transliteration
// (the geoparser's own folding: "Hamdaniyah", "Hamdaniyeh" and "الحمدانية" are one name), and
// incidents by outlet, type or actor. Pure: the search box, the worker (gazetteer) and the tests
// use it alike.
import { boundedDistance, foldKey } from '../../geoparse/index/fold.ts';

/** Folded keys of a thing's names (empty and repeated ones dropped). */
export function searchKeys(names: readonly (string | null | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    const k = foldKey(n);
    if (k) keys.add(k);
  }
  return [...keys];
}

/**
 * How well a folded query matches a thing's keys, lower is better; null when it does not:
 * 0 the same name, 1 a name that starts with it, 2 a word of a name that starts with it,
 * 3–5 one or two letters off (longer queries allow two), 6 the start of a name one letter off
 * (fuzzy matches keep the first letter: a name is rarely misspelt there).
 *
 * @example
 * nameScore(searchKeys(['Hamdaniyeh', 'الحمدانية']), foldKey('Hamdaniyah')); // 0
 */
export function nameScore(keys: readonly string[], q: string): number | null {
  if (!q) return null;
  let best: number | null = null;
  const better = (s: number) => (best === null || s < best ? s : best);
  for (const k of keys) {
    if (k === q) return 0;
    if (k.startsWith(q)) best = better(1);
    else if (k.includes(` ${q}`)) best = better(2);
    else if (q.length >= 4 && k[0] === q[0]) {
      const max = q.length >= 7 ? 2 : 1;
      const d = boundedDistance(k, q, max);
      if (d <= max) best = better(3 + d);
      else if (k.length > q.length && boundedDistance(k.slice(0, q.length), q, 1) <= 1) best = better(6);
    }
  }
  return best;
}

/**
 * Whether every word of the query starts a word of `text` (case and accents aside): "sana
 * airstrike" finds an airstrike SANA reported.
 *
 * @example
 * wordsMatch('Airstrike Reported by SANA', 'sana air'); // true
 */
export function wordsMatch(text: string, query: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const words = norm(text);
  const q = norm(query);
  return q.length > 0 && q.every((w) => words.some((t) => t.startsWith(w)));
}
