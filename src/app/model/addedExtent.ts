// Where reports just added put things on the map, so the app can show them: a report about
// another region would otherwise change nothing in view (the map stays where it was, and the
// incident list shows only what is in view). Pure.
import type { FeatureCollection, Geometry } from 'geojson';
import { representativePoint } from './representativePoint.ts';

/** What `addedExtent` reads: incidents with the reports that told them, places with their mentions. */
export interface AddedData {
  incidents: FeatureCollection<
    Geometry | null,
    { articles: string[]; date?: string | null; background?: boolean }
  >;
  places: FeatureCollection<Geometry | null, { mentions: { article: string }[] }>;
}

export interface AddedExtent {
  /** [west, south, east, north] of the points drawn for the reports. */
  bounds: [number, number, number, number];
  /** Dates of the incidents the reports tell (not history), earliest first. */
  days: string[];
}

/**
 * The box of the incidents the reports `ids` tell (the point each is drawn at; history left
 * out), or, when they tell none, of the points of the places they name (towns, not the
 * outline of a country they mention); null when they put nothing on the map.
 *
 * @example
 * addedExtent(new Set(['pasted-report']), state.data()); // { bounds: [36.6, 35.9, 37.2, 36.3], days: ['2024-11-29'] }
 */
export function addedExtent(ids: ReadonlySet<string>, data: AddedData): AddedExtent | null {
  const told = data.incidents.features.filter(
    (f) => !f.properties.background && f.properties.articles.some((a) => ids.has(a)),
  );
  const points = told.map((f) => representativePoint(f.geometry)).filter((p) => p !== null);
  if (!points.length)
    for (const f of data.places.features)
      if (f.geometry?.type === 'Point' && f.properties.mentions.some((m) => ids.has(m.article)))
        points.push(f.geometry.coordinates as [number, number]);
  if (!points.length) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const days = [...new Set(told.map((f) => f.properties.date).filter((d): d is string => !!d))].sort();
  return { bounds: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], days };
}

/** True when the box `inner` lies wholly inside `outer` (both [west, south, east, north]). */
export function boxInside(
  inner: readonly [number, number, number, number],
  outer: readonly [number, number, number, number],
): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/**
 * The day to show when none of the added incidents (dated `added`, earliest first) is drawn on
 * the day shown (all are later): the first day of the map on which all of them are, else its
 * last day; null when one is drawn already (the day stays as the user chose it).
 *
 * @example
 * dayToShow(['2025-03-02'], '2024-11-30', ['2024-11-30', '2025-03-02', '2025-03-05']); // '2025-03-02'
 */
export function dayToShow(
  added: readonly string[],
  shown: string | null,
  days: readonly string[],
): string | null {
  if (!added.length || !shown || added.some((d) => d <= shown)) return null;
  const last = added[added.length - 1]!;
  return days.find((d) => d >= last) ?? days[days.length - 1] ?? null;
}
