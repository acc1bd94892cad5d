// The one place a name can be, when the gazetteer has no other place of that name: read by the
// report's context (its anchors), by focusAndAnchors and by resolveNames.
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameSpan } from '../find/NameSpan.ts';

/**
 * The one place on the ground a name can be, when the gazetteer has no other by that name
 * ("Kurakhove"): the report's other names should lie near it, whatever its country.
 */
export function onlyPlace(s: NameSpan): GazetteerEntry | undefined {
  if (s.actor || s.metonymy || s.fuzzy || s.loose) return undefined;
  // The entry of every exact hit, when there is one and only one.
  let e: GazetteerEntry | undefined;
  for (const h of s.hits) {
    if (h.distance !== 0) continue;
    if (e === undefined) e = h.entry;
    else if (h.entry !== e) return undefined;
  }
  if (!e) return undefined;
  return e.kind === 'settlement' || e.kind === 'neighbourhood' || e.kind === 'landmark' ? e : undefined;
}
