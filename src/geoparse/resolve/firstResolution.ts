// Pass two of the geoparser: a first reading of every name, before the report's places are known.
// The report's context comes from its own words: the countries it names (country names,
// demonyms, large places), its large towns as anchors, and the state its dateline names.
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameIndex } from '../index/NameIndex.ts';
import type { FoundNames } from '../find/NameSpan.ts';
import { resolveNames } from './resolveNames.ts';
import type { DocContext, Resolution } from './DocContext.ts';

/** The context the first resolution used, and what it resolved. */
export interface FirstResolution {
  context: DocContext;
  resolutions: Resolution[];
}

/**
 * Resolves the report's names in the context its votes and dateline give.
 *
 * @example firstResolution(found, index, []).resolutions.map((r) => r.entry.name) // ['Aleppo', 'Idlib']
 */
export function firstResolution(
  found: FoundNames,
  index: NameIndex,
  datelineAreas: GazetteerEntry[],
): FirstResolution {
  const context = withDatelineAreas(reportContext(found), datelineAreas);
  return { context, resolutions: resolveNames(found, index, context) };
}

/** The report's context from its names: focus country, countries it is about, and its large towns as anchors. */
export function reportContext(found: FoundNames): DocContext {
  const votes = [...found.votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = votes[0]?.[1] ?? 0;
  const focus = votes[0]?.[0] ?? '';
  const countries = new Set(votes.filter(([, v]) => v >= top / 3).map(([c]) => c));
  const anchors: GazetteerEntry[] = [];
  for (const s of found.spans) {
    if (s.fuzzy || s.road || s.want) continue;
    const big = s.hits.filter(
      (h) => h.entry.country === focus && h.entry.population >= 50_000 && h.entry.kind === 'settlement',
    );
    if (big.length === 1 && !anchors.includes(big[0].entry)) anchors.push(big[0].entry);
  }
  return { focus, countries, anchors };
}

/** The context with the state a dateline names ("EDMONTON, Ky."): its places are preferred, its country is the report's. */
function withDatelineAreas(context: DocContext, areas: GazetteerEntry[]): DocContext {
  if (!areas.length) return context;
  return {
    ...context,
    within: new Set(areas.map((a) => a.admin1)),
    countries: new Set([...context.countries, ...areas.map((a) => a.country)]),
  };
}
