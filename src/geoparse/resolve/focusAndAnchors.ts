// Pass three: what the first resolution says about the report. Its places on the ground decide
// its country when the words' votes name none, or one where few of them lie; the dateline's
// country only when nothing else does. The places it resolved on the ground in that country
// become the anchors that the other names should lie near, with the places abroad that no
// other place shares a name with ("Sudzha" in a report on Ukraine's front).
import type { GazetteerEntry } from '../../types/model.ts';
import type { DocContext, Resolution } from './DocContext.ts';
import { onlyPlace } from './onlyPlace.ts';

/**
 * The context for the passes after the first resolution: focus country (from the places when
 * the words name none or few of them lie there) and anchors (points on the ground, each with the
 * names it was resolved from, since a name is not its own evidence).
 *
 * @example focusAndAnchors(first.context, first.resolutions).anchors.map((e) => e.name) // ['Aleppo', 'Saraqib']
 */
export function focusAndAnchors(
  context: DocContext,
  resolutions: Resolution[],
  datelineCountry?: string,
): DocContext {
  let { focus, countries } = context;
  // Places on the ground by country (not the countries themselves, nor a people's adjective).
  const byCountry = new Map<string, number>();
  for (const r of resolutions) {
    const e = r.entry;
    if (!e.country || r.span.fuzzy || r.span.demonym || !onGround(e)) continue;
    byCountry.set(e.country, (byCountry.get(e.country) ?? 0) + 1);
  }
  const top = [...byCountry].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  // The report's own places decide: two or more in one country, and the votes' focus has fewer
  // than half as many ("Israeli strikes" on towns of Lebanon).
  if (top && top[1] >= 2 && (byCountry.get(focus) ?? 0) * 2 < top[1]) {
    focus = top[0];
    countries = new Set([...countries, top[0]]);
  }
  // The dateline's country only where nothing else says ("MOSCOW —" over a report that names
  // no country and too few places to tell).
  if (!focus && datelineCountry) {
    focus = datelineCountry;
    countries = new Set([...countries, datelineCountry]);
  }
  // Nor where the words name a country none of the report's places lie in ("ALEPPO, Syria —
  // Turkish drones struck Manbij"): the dateline's country is one the report is about too.
  if (
    datelineCountry &&
    !countries.has(datelineCountry) &&
    !resolutions.some((r) => onGround(r.entry) && !r.span.fuzzy && countries.has(r.entry.country))
  )
    countries = new Set([...countries, datelineCountry]);
  const anchorKeys = new Map<GazetteerEntry, Set<string>>();
  for (const r of resolutions) {
    const e = r.entry;
    // Anchors are points on the ground: a road's or an area's label point says little of where things are.
    if (!onGround(e) || r.span.fuzzy) continue;
    if (e.country !== focus && !(countries.has(e.country) && onlyPlace(r.span) === e)) continue;
    const keys = anchorKeys.get(e) ?? new Set<string>();
    keys.add(r.span.key);
    anchorKeys.set(e, keys);
  }
  return Object.assign({}, context, { focus, countries, anchors: [...anchorKeys.keys()], anchorKeys });
}

function onGround(e: GazetteerEntry): boolean {
  return e.kind === 'settlement' || e.kind === 'neighbourhood' || e.kind === 'landmark';
}
