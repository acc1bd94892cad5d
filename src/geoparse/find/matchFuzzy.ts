// Runs no name matched exactly → one edit away, among the places of the countries the report is
// about (the fuzzy index is built per country): "Saraqeb" for Saraqib, "Kweiris air base" for the
// Kuweiris air base. What still matches nothing is handed on, for loose matching and the list of
// names left off the map.
import { reportCountries } from './reportCountries.ts';
import type { NameIndex } from '../index/NameIndex.ts';
import { foldKeyCached as foldKey } from '../index/fold.ts';
import type { NameSpan, UnmatchedRun } from './NameSpan.ts';
import { FEATURE_NOUNS } from '../../words/placeNouns.ts';

/**
 * A misspelt landmark name read with its noun ("Kweiris air base" for the Kuweiris air base): the
 * name with the lowercase words up to a landmark noun, one edit from a landmark's own name.
 */
function fuzzyLandmark(
  p: UnmatchedRun,
  index: NameIndex,
  countries: string[],
  text: string,
): NameSpan | undefined {
  const { tokens } = p.sentence;
  for (let k = Math.min(3, tokens.length - p.run.to - 1); k >= 1; k--) {
    const tail = tokens.slice(p.run.to + 1, p.run.to + 1 + k);
    const noun = tail[k - 1].lower;
    const airBase = k > 1 && tail[k - 2].lower === 'air' && /^(?:base|field|strip|port)$/.test(noun);
    if (!tail.every((t) => t.word && !t.cap && !t.caseless) || !(FEATURE_NOUNS[noun] || airBase)) continue;
    const name = text.slice(p.run.start, p.run.end);
    for (const form of [text.slice(p.run.start, tail[k - 1].end), `${name} ${tail[k - 1].text}`]) {
      const hits = index.fuzzy(foldKey(form), countries).filter((h) => h.entry.kind === 'landmark');
      if (hits.length) {
        const end = tail[k - 1].end;
        return Object.assign({}, p.span, {
          end,
          key: foldKey(form),
          hits,
          fuzzy: true,
          surface: text.slice(p.span.start, end),
        });
      }
    }
  }
  return undefined;
}

/**
 * One-edit matches of the runs the exact pass left (`pending`: long enough alone; `short`: only
 * as a landmark with its noun), among the places of the countries with at least a third of the
 * top vote. Spans found, in the order of the runs, and the runs still unmatched.
 *
 * @example matchFuzzy(exact.pending, exact.short, exact.votes, index, text).spans[0]?.fuzzy // true
 */
export function matchFuzzy(
  pending: UnmatchedRun[],
  short: UnmatchedRun[],
  votes: Map<string, number>,
  index: NameIndex,
  text: string,
  sole?: Map<string, Set<string>>,
): { spans: NameSpan[]; unmatched: UnmatchedRun[] } {
  const spans: NameSpan[] = [];
  const unmatched: UnmatchedRun[] = [];
  // Fuzzy matching only among places of the countries the report is about.
  const countries = [...reportCountries(votes, sole).countries].sort();
  for (const p of short) {
    const landmark = fuzzyLandmark(p, index, countries, text);
    if (landmark) spans.push(landmark);
    else unmatched.push(p);
  }
  for (const p of pending) {
    let hits = index.fuzzy(p.span.key, countries);
    // Egyptian and Sudanese English write the Arabic jim as "g" ("Gezira" for al-Jazirah).
    if (!hits.length && /(?:^| )k/.test(p.span.key))
      hits = index.fuzzy(p.span.key.replace(/(^| )k/g, '$1j'), countries);
    if (hits.length) spans.push(Object.assign({}, p.span, { hits, fuzzy: true }));
    else {
      const landmark = fuzzyLandmark(p, index, countries, text);
      if (landmark) spans.push(landmark);
      else unmatched.push(p);
    }
  }
  return { spans, unmatched };
}
