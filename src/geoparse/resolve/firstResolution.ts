// Pass two of the geoparser: a first reading of every name, before the report's places are known.
// The report's context comes from its own words: the countries it names (country names,
// demonyms, large places), its large towns as anchors, and the state its dateline names.
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameHit, NameIndex } from '../index/NameIndex.ts';
import type { FoundNames } from '../find/NameSpan.ts';
import { reportCountries } from '../find/reportCountries.ts';
import { resolveNames } from './resolveNames.ts';
import { onlyPlace } from './onlyPlace.ts';
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
  const { focus, countries } = reportCountries(found.votes, found.sole);
  const anchors: GazetteerEntry[] = [];
  // A name's mentions share its hit list: the one large town of the focus country it may be, looked up once per list.
  const bigByHits = new Map<NameHit[], GazetteerEntry | undefined>();
  for (const s of found.spans) {
    if (s.fuzzy || s.road || s.want || s.demonym) continue;
    let big = bigByHits.get(s.hits);
    if (big === undefined && !bigByHits.has(s.hits))
      bigByHits.set(s.hits, (big = soleBigTown(s.hits, focus)));
    const only = onlyPlace(s);
    const one = big ?? (only && countries.has(only.country) ? only : undefined);
    if (one && !anchors.includes(one)) anchors.push(one);
  }
  return { focus, countries, anchors };
}

/** The one settlement of 50,000 or more in the focus country among a name's hits, if exactly one hit is such. */
function soleBigTown(hits: NameHit[], focus: string): GazetteerEntry | undefined {
  let found: GazetteerEntry | undefined;
  let n = 0;
  for (const h of hits)
    if (h.entry.country === focus && h.entry.population >= 50_000 && h.entry.kind === 'settlement') {
      found = h.entry;
      n++;
    }
  return n === 1 ? found : undefined;
}

/** The context with the state a dateline names ("EDMONTON, Ky."): its places are preferred, its country is the report's. */
function withDatelineAreas(context: DocContext, areas: GazetteerEntry[]): DocContext {
  if (!areas.length) return context;
  return Object.assign({}, context, {
    within: new Set(areas.map((a) => a.admin1)),
    countries: new Set([...context.countries, ...areas.map((a) => a.country)]),
  });
}
