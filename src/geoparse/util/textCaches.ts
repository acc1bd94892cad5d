// Caches keyed by words taken from the reports themselves (sentences, phrases, names, tokens),
// as opposed to what is built once per gazetteer. They make a second reading of the same words
// cheap, which is right for a corpus (names and stock phrases recur across reports) but flatters a
// benchmark that reads the same few texts again and again: clearTextCaches() empties them all,
// so `bench:geoparse` can time each report as if its words were new (the "cold per text" rate).
// Output never depends on them.

const clears = new Set<() => void>();

/**
 * A Map that clearTextCaches() empties.
 * @example const memo = textCache<string, string>(); memo.set('Aleppo', 'alipu');
 */
export function textCache<K, V>(): Map<K, V> {
  const m = new Map<K, V>();
  clears.add(() => m.clear());
  return m;
}

/**
 * Registers a cache owned by an object (a name index per gazetteer): held weakly, so the
 * registry never keeps the object alive.
 */
export function registerTextCache(cache: { clear(): void }): void {
  const ref = new WeakRef(cache);
  const clear = () => {
    const c = ref.deref();
    if (c) c.clear();
    else clears.delete(clear);
  };
  clears.add(clear);
}

/** Empties every text cache (for benchmarks: the next report reads as if none had been read). */
export function clearTextCaches(): void {
  for (const clear of [...clears]) clear();
}
