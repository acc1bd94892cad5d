// A count with its noun: "1 source", "3 sources". English only, like the rest of the interface.

/** `n` followed by `one` when n is 1, else by `many`. @example plural(1, 'mention', 'mentions') === '1 mention' */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
