// A word list keyed by words of the text. A plain object literal inherits Object.prototype, so
// a report's "constructor" or "toString" would find a function in it; a table made here has no
// prototype and answers undefined for every word it does not list.

/** The entries as an object without a prototype: `table[word]` is only ever an entry's value. */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
