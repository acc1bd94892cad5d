// Which details file of a published site holds an incident's full record: a 32-bit FNV-1a hash
// of its id, modulo the number of shards. Shared by `npm run publish` (which writes the shards)
// and the app (which fetches the one it needs).

/**
 * The shard of `id` among `shards` files.
 *
 * @example
 * shardOf('inc-airstrike-2024-11-28-aleppo', 400); // 0 … 399
 */
export function shardOf(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % Math.max(1, shards);
}
