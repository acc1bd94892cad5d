// The districts and subdistricts a town is the seat of: "Manbij district" is the area Manbij
// heads, reached through the town the name found, so the bare name stays the town.
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameHit, NameIndex } from '../index/NameIndex.ts';
import type { Want } from '../find/NameSpan.ts';

const cache = new WeakMap<NameIndex, Map<string, GazetteerEntry[]>>();

/** Areas (entries with a `seat`) by their seat's id, built once per index. */
function areasBySeat(index: NameIndex): Map<string, GazetteerEntry[]> {
  let m = cache.get(index);
  if (!m) {
    m = new Map();
    for (const e of index.withSeat()) {
      if (!e.seat) continue;
      const list = m.get(e.seat);
      if (list) list.push(e);
      else m.set(e.seat, [e]);
    }
    cache.set(index, m);
  }
  return m;
}

/** Whether a qualifier asks for an administrative area below the governorate ("district", "subdistrict"). */
export function wantsSeatArea(want: Want | undefined): boolean {
  return want === 'neighbourhood' || want === 'subdistrict';
}

/**
 * The hits plus the areas their settlements are seats of, as candidates beside the town (same
 * distance and primacy): the qualifier then decides between town and area. For "district"
 * (`want` 'neighbourhood') a town that heads no district offers its subdistrict instead, since
 * English reports call a nahiya a district too.
 * @example withSeatAreas(index.exact('manbij'), index) // Manbij, Manbij District, Manbij Subdistrict
 */
export function withSeatAreas(hits: NameHit[], index: NameIndex, want?: Want): NameHit[] {
  const bySeat = areasBySeat(index);
  if (bySeat.size === 0) return hits;
  const extra: NameHit[] = [];
  for (const h of hits) {
    if (h.entry.kind !== 'settlement') continue;
    let areas = bySeat.get(h.entry.id) ?? [];
    if (want === 'neighbourhood') {
      const districts = areas.filter((a) => a.adminLevel === 2);
      areas = districts.length ? districts : areas;
    }
    for (const a of areas)
      if (!hits.some((x) => x.entry === a) && !extra.some((x) => x.entry === a))
        extra.push({ entry: a, primary: h.primary, distance: h.distance });
  }
  return extra.length ? [...hits, ...extra] : hits;
}
