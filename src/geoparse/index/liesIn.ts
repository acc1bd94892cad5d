// Whether a place lies in a state or a country, by the codes the gazetteer gives it.
import type { GazetteerEntry } from '../../types/model.ts';

/** Whether `e` lies in the state or country `area` (by admin-1 code or country code). */
export function liesIn(e: GazetteerEntry, area: GazetteerEntry): boolean {
  if (e === area || !e.country || e.country !== area.country) return false;
  return area.kind === 'country' || (area.kind === 'admin1' && !!area.admin1 && e.admin1 === area.admin1);
}
