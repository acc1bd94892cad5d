// Pass three: what the first resolution says about the report. A report that names no country
// still has one (the country most of its places are in), and the places it resolved on the
// ground in that country become the anchors that the other names should lie near.
import type { GazetteerEntry } from '../../types/model.ts';
import type { DocContext, Resolution } from './DocContext.ts';

/**
 * The context for the passes after the first resolution: focus country (from the places when
 * the words name none) and anchors (points on the ground in the focus country, each with the
 * names it was resolved from, since a name is not its own evidence).
 *
 * @example focusAndAnchors(first.context, first.resolutions).anchors.map((e) => e.name) // ['Aleppo', 'Saraqib']
 */
export function focusAndAnchors(context: DocContext, resolutions: Resolution[]): DocContext {
  let { focus, countries } = context;
  if (!focus) {
    const byCountry = new Map<string, number>();
    for (const r of resolutions)
      if (r.entry.country && !r.span.fuzzy)
        byCountry.set(r.entry.country, (byCountry.get(r.entry.country) ?? 0) + 1);
    const top = [...byCountry].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (top && top[1] >= 2 && top[1] > (byCountry.get(focus) ?? 0)) {
      focus = top[0];
      countries = new Set([...countries, top[0]]);
    }
  }
  const anchorKeys = new Map<GazetteerEntry, Set<string>>();
  for (const r of resolutions) {
    const e = r.entry;
    // Anchors are points on the ground: a road's or an area's label point says little of where things are.
    const point = e.kind === 'settlement' || e.kind === 'neighbourhood' || e.kind === 'landmark';
    if (e.country !== focus || !point || r.span.fuzzy) continue;
    const keys = anchorKeys.get(e) ?? new Set<string>();
    keys.add(r.span.key);
    anchorKeys.set(e, keys);
  }
  return { ...context, focus, countries, anchors: [...anchorKeys.keys()], anchorKeys };
}
