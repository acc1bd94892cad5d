// How incident tiles carry what the type and date filters need, shared by the tiler (which
// writes it) and the incident layers (whose expressions read it), so filtering is a layer
// expression and never new data.
//
// A point feature carries `d`, the index in the manifest's days of the first day it is shown
// (its `dateRange[0]`, else its `date`; undated: 0, shown on every day). A cluster carries, for
// each incident type in it (and `*` for all types), the cumulative count of its incidents shown
// up to day index i, under the key `<type>@<i>`, written on every day the count changes and on
// every checkpoint day (a multiple of CHECKPOINT) between its first and its last change; the
// day of its last change as `<type>^` and its count from then on as `<type>$`. `<type>!<i>`,
// `<type>!^`, `<type>!$` count the contested ones the same way. The count as of day D is the
// final count from the last change on, else the first key found walking back from D to the
// checkpoint before it (none: 0): at most CHECKPOINT lookups per type, whatever the archive's
// length, and a small cluster carries only the days it changes.
import type { ExpressionSpecification } from 'maplibre-gl';

/** Days between two checkpoints of a cluster's cumulative counts. */
export const CHECKPOINT = 16;

/** Zoom above which incidents are never clustered (the tiles' point zoom is one more). */
export const CLUSTER_MAX_ZOOM = 11;

/** Lowest zoom the tiles are cut for (the app's map never goes below it). */
export const MIN_ZOOM = 4;
/** Highest zoom with tiles of their own: every incident is a point there, and deeper zooms reuse them. */
export const MAX_ZOOM = CLUSTER_MAX_ZOOM + 1;

/** Cluster radius in pixels (512-pixel tiles). */
export const CLUSTER_RADIUS = 36;

/** The vector tiles' layer holding incidents and clusters. */
export const INCIDENT_SOURCE_LAYER = 'incidents';

/** Key of a cluster's cumulative count of `type` up to day index `d` (contested ones with `!`). */
export function countKey(type: string, d: number, contested = false): string {
  return `${type}${contested ? '!' : '@'}${d}`;
}

/** Key of the day index of a cluster's last change of `type`. */
export function lastKey(type: string, contested = false): string {
  return `${type}${contested ? '!' : ''}^`;
}

/** Key of a cluster's count of `type` from its last change on. */
export function totalKey(type: string, contested = false): string {
  return `${type}${contested ? '!' : ''}$`;
}

/**
 * Index in `days` (ascending YYYY-MM-DD) of the first day on which an incident first shown on
 * `first` is on the map: the first day not before it; 0 when undated; `days.length` when after
 * the last day.
 *
 * @example
 * dayIndex(['2024-11-27', '2024-11-29'], '2024-11-28'); // 1
 */
export function dayIndex(days: readonly string[], first: string | null | undefined): number {
  if (!first) return 0;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < first) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The count as of day index `day` of one type in a cluster (0 when it has none yet); with `day`
 * null, its count after its last change (every incident in it, the latest day).
 */
function typeCountAsOf(type: string, day: number | null, contested: boolean): ExpressionSpecification {
  if (day === null) return ['coalesce', ['get', totalKey(type, contested)], 0] as ExpressionSpecification;
  const from = Math.floor(day / CHECKPOINT) * CHECKPOINT;
  const gets: ExpressionSpecification[] = [];
  for (let d = day; d >= from; d--) gets.push(['get', countKey(type, d, contested)]);
  return [
    'case',
    ['>=', day, ['to-number', ['coalesce', ['get', lastKey(type, contested)], 0]]],
    ['to-number', ['coalesce', ['get', totalKey(type, contested)], 0]],
    ['to-number', ['coalesce', ...gets, 0]],
  ] as ExpressionSpecification;
}

/**
 * A cluster's count of incidents of `types` (null: every type, read from the `*` keys) shown on
 * day index `day` (null: every incident, as on the last day of a manifest, whose days span every
 * incident's); `contested` counts the contested ones.
 *
 * @example
 * clusterCount(null, 40); // ['coalesce', ['get', '*@40'], …, ['get', '*@32'], 0]
 */
export function clusterCount(
  types: readonly string[] | null,
  day: number | null,
  contested = false,
): ExpressionSpecification {
  const list = types ?? [ALL_TYPES];
  if (list.length === 0) return ['to-number', 0] as ExpressionSpecification;
  if (list.length === 1) return ['to-number', typeCountAsOf(list[0]!, day, contested)];
  return [
    '+',
    ...list.map((t) => ['to-number', typeCountAsOf(t, day, contested)]),
  ] as ExpressionSpecification;
}

/** The pseudo-type under which a cluster counts every type together. */
export const ALL_TYPES = '*';
