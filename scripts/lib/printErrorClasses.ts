// Prints the most frequent errors of a scored corpus, grouped so the geoparser and gazetteer
// work can see what to fix first: missed names, spurious names, wrong resolutions.
import type { ToponymScore } from './scoreToponyms.ts';

/** Counts items by key and returns the `n` most frequent as "key ×count". */
export function topCounts<T>(items: T[], key: (x: T) => string, n: number): string[] {
  const counts = new Map<string, number>();
  for (const x of items) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, c]) => (c > 1 ? `${k} ×${c}` : k));
}

/** Rough class of a missed gold name, by its form. */
export function missClass(name: string): string {
  if (/^[A-Z][a-z]+(ans?|ians?|ese|ish|i|ic|ean)$/.test(name) && !/^(Italy|Iran)$/.test(name))
    return 'demonym-like';
  if (/^[A-Z.\s]+$/.test(name) && name.length > 1) return 'upper case / abbreviation';
  if (/\s/.test(name)) return 'multi-word';
  return 'single word';
}

/** Prints the error classes of one corpus to stdout. */
export function printErrorClasses(corpus: string, s: ToponymScore, n: number): void {
  const classes = topCounts(s.misses, (m) => missClass(m.name), 5);
  console.log(`  ${corpus} misses (${s.misses.length}) by form: ${classes.join(', ')}`);
  console.log(`    most missed: ${topCounts(s.misses, (m) => m.name, n).join('; ')}`);
  console.log(
    `  ${corpus} false positives (${s.falsePositives.length}): ${topCounts(s.falsePositives, (p) => p.text, n).join('; ')}`,
  );
  const far = s.wrong.filter((w) => Number.isFinite(w.km));
  const unresolved = s.wrong.length - far.length;
  console.log(`  ${corpus} resolved > 161 km (${far.length}; ${unresolved} detected but unresolved):`);
  console.log(
    `    ${topCounts(far, (w) => `${w.gold.name} → ${w.predicted.resolvedName ?? '?'} (${Math.round(w.km)} km)`, n).join('; ')}`,
  );
}
