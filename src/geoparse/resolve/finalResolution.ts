// Pass five: every name read again with the anchors, the loose matches in place of the spans
// they overlap, then the report's main town (the focus country's town it names most), and the
// descriptions that need it ("the city's western edge", roads, landmarks by their noun).
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameIndex } from '../index/NameIndex.ts';
import type { FoundNames, NameSpan } from '../find/NameSpan.ts';
import { resolveNames } from './resolveNames.ts';
import { resolveDescriptions } from './resolveDescriptions.ts';
import type { DocContext, Resolution } from './DocContext.ts';

/** The final context (with the main town) and every resolution of the report, in text order. */
export interface FinalResolution {
  context: DocContext;
  resolutions: Resolution[];
}

/**
 * Resolves `spans` (the names found, with loose matches) and the report's descriptions.
 *
 * @example finalResolution(found, spans, context, index).resolutions.map((r) => r.span.start) // sorted
 */
export function finalResolution(
  found: FoundNames,
  spans: NameSpan[],
  context: DocContext,
  index: NameIndex,
): FinalResolution {
  const names = resolveNames(Object.assign({}, found, { spans }), index, context);
  const focusCity = mainTown(names, context.focus, index);
  const ctx = focusCity ? Object.assign({}, context, { focusCity }) : context;
  const resolutions = [...names, ...resolveDescriptions(found, index, ctx)].sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end,
  );
  return { context: ctx, resolutions };
}

/** The focus country's town the report names most (the larger on a tie): what "the city" means. */
function mainTown(names: Resolution[], focus: string, index: NameIndex): GazetteerEntry | undefined {
  const counts = new Map<string, number>();
  for (const r of names)
    if (r.entry.kind === 'settlement' && r.entry.country === focus)
      counts.set(r.entry.id, (counts.get(r.entry.id) ?? 0) + 1);
  const city = [...counts].sort(
    (a, b) => b[1] - a[1] || index.byId(b[0])!.population - index.byId(a[0])!.population,
  )[0];
  return city ? index.byId(city[0]) : undefined;
}
