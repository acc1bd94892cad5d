// Binary search in a sorted list: the one copy for control's day lists and named-place index and
// the incident merge's list of dates.

/**
 * The first index of a sorted list whose item is not `below` (the list holds every item for which
 * `below` is true before every item for which it is false); `list.length` if there is none.
 *
 * @example
 * lowerBound([1, 3, 3, 7], (x) => x < 3); // 1
 * lowerBound(['2024-11-27', '2024-11-29'], (d) => d < '2024-11-30'); // 2
 */
export function lowerBound<T>(list: readonly T[], below: (item: T) => boolean): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
