// The Latin keys of a gazetteer grouped by country ('*' for countries, regions and the largest
// cities), with lookup of keys one edit away or with the same consonant skeleton among the
// countries a report is about. The lookup tables are flat typed arrays (hash → postings), built
// once for every country together: cheap to build, and stored as they are in the world cache
// (NameTables.ts), so a process starts without building anything.
import { boundedDistance } from './fold.ts';

/** Fuzzy matching needs keys this long; shorter keys are too easy to hit by accident. */
export const FUZZY_MIN_LENGTH = 6;
/**
 * Nor longer than this: a place's name is never this long, and probing every one-letter
 * deletion of a key costs its length squared (one 48,000-letter "word" took seconds).
 */
const FUZZY_MAX_LENGTH = 64;
const LATIN_KEY = /^[a-z0-9 ]+$/;

/** Words around a name that say which of two namesakes it is, or that it is a subdistrict. */
const SKELETON_DROP = /^(?:nahi|markaz|fukani|tahtani|sharki|kharbi|shamali|janubi)$/;

/**
 * The consonants of a folded key, with a glued article dropped ("Elmashayekh" → "mshkh"):
 * Arabic names written in Latin letters differ mostly in their vowels. Letters English
 * writers swap for one Arabic letter share a class (th/dh/z/d for ذ ظ ض, kh/k for خ ك ق غ);
 * a construct -at/-et ("Qaryet", "Qaryat"), "Nahiyat"/"Markaz" and Upper/Lower-style qualifiers
 * are dropped.
 */
export function skeleton(key: string): string {
  const tokens = key
    .split(' ')
    .map((t) => (t.length >= 6 && /^(?:al|il)[^aiu]/.test(t) ? t.slice(2) : t))
    .map((t) => (t.length >= 5 ? t.replace(/([aiu])t$/, '$1') : t));
  const consonants = (ts: string[]): string =>
    ts
      .join('')
      .replace(/th|dh|z/g, 'd')
      .replace(/kh/g, 'k')
      .replace(/[aeiouyw]/g, '')
      .replace(/(.)\1+/g, '$1');
  // The qualifier is dropped only when enough of the name is left ("Ayn ash Sharqiyah" keeps it).
  const short = consonants(tokens.filter((t) => !SKELETON_DROP.test(t)));
  return short.length >= 3 ? short : consonants(tokens);
}

/**
 * The fuzzy lookup of a gazetteer as flat arrays. Keys are numbers (ids into the caller's key
 * list); a posting is `bucket << 20 | position of the key in its bucket`.
 */
export interface FuzzyTables {
  /** Bucket names ('*' or ISO2), by bucket number. */
  bucketNames: string[];
  /** Bucket b's key ids, sorted by key: bucketKeys[bucketStart[b] .. bucketStart[b + 1]). */
  bucketStart: Uint32Array;
  bucketKeys: Uint32Array;
  /** Every key (≥ FUZZY_MIN_LENGTH) and its one-letter deletions, by hash: delPosts[delStart[h] .. delStart[h + 1]). */
  delStart: Uint32Array;
  delPosts: Uint32Array;
  /** Every key by the hash of its consonant skeleton, same layout. */
  skelStart: Uint32Array;
  skelPosts: Uint32Array;
}

const POSITION_BITS = 20;
const POSITION_MASK = (1 << POSITION_BITS) - 1;

/** FNV-1a over UTF-16 code units, skipping the code unit at `skip` (-1: none). */
export function hashKey(s: string, skip = -1): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** Hash → postings in compressed rows (counting sort of the pairs). */
function hashRows(
  hashes: number[],
  posts: number[],
  minSlots: number,
): { start: Uint32Array; posts: Uint32Array } {
  let size = 1024;
  while (size < minSlots) size *= 2;
  const mask = size - 1;
  const start = new Uint32Array(size + 1);
  for (const h of hashes) start[(h & mask) + 1]++;
  for (let i = 0; i < size; i++) start[i + 1] += start[i];
  const fill = start.slice(0, size);
  const out = new Uint32Array(posts.length);
  for (let i = 0; i < hashes.length; i++) out[fill[hashes[i] & mask]++] = posts[i];
  return { start, posts: out };
}

/**
 * Builds the fuzzy tables of some buckets. `buckets` maps a bucket name to its keys (repeats
 * allowed, all Latin and at least four letters long); `keyId` gives each key's number.
 */
export function buildFuzzyTables(
  buckets: Map<string, string[]>,
  keyId: (key: string) => number,
): FuzzyTables {
  const bucketNames = [...buckets.keys()].sort();
  if (bucketNames.length >= 1 << (32 - POSITION_BITS)) throw new Error('FuzzyKeys: too many buckets');
  const bucketStart = new Uint32Array(bucketNames.length + 1);
  const ids: number[] = [];
  const delHashes: number[] = [];
  const delPosts: number[] = [];
  const skelHashes: number[] = [];
  const skelPosts: number[] = [];
  bucketNames.forEach((name, b) => {
    const keys = [...new Set(buckets.get(name))].sort();
    if (keys.length > POSITION_MASK) throw new Error(`FuzzyKeys: bucket ${name} has too many keys`);
    keys.forEach((k, i) => {
      ids.push(keyId(k));
      const post = (b << POSITION_BITS) | i;
      skelHashes.push(hashKey(skeleton(k)));
      skelPosts.push(post);
      if (k.length < FUZZY_MIN_LENGTH) return;
      delHashes.push(hashKey(k));
      delPosts.push(post);
      // A letter doubled gives the same deletion twice: filed once.
      for (let j = 0; j < k.length; j++) {
        if (j > 0 && k.charCodeAt(j) === k.charCodeAt(j - 1)) continue;
        delHashes.push(hashKey(k, j));
        delPosts.push(post);
      }
    });
    bucketStart[b + 1] = ids.length;
  });
  const del = hashRows(delHashes, delPosts, delPosts.length / 2);
  const skel = hashRows(skelHashes, skelPosts, skelPosts.length);
  return {
    bucketNames,
    bucketStart,
    bucketKeys: Uint32Array.from(ids),
    delStart: del.start,
    delPosts: del.posts,
    skelStart: skel.start,
    skelPosts: skel.posts,
  };
}

/** Latin keys by country with one-edit and consonant-skeleton lookup, over FuzzyTables. */
export class FuzzyKeys {
  private bucketIds: Map<string, number>;

  /**
   * @param tables what buildFuzzyTables made (or the world cache holds)
   * @param keyOf the key of a key id
   */
  constructor(
    private tables: FuzzyTables,
    private keyOf: (id: number) => string,
  ) {
    this.bucketIds = new Map(tables.bucketNames.map((n, b) => [n, b]));
  }

  /** Key at a posting. */
  private keyAt(post: number): string {
    const t = this.tables;
    return this.keyOf(t.bucketKeys[t.bucketStart[post >>> POSITION_BITS] + (post & POSITION_MASK)]);
  }

  /**
   * Keys one edit away from a folded key (length ≥ 6, same first letter) in the buckets '*' and
   * of the given countries, with their distance, sorted by key.
   */
  oneEditAway(key: string, countries: string[]): [string, number][] {
    if (key.length < FUZZY_MIN_LENGTH || key.length > FUZZY_MAX_LENGTH || !LATIN_KEY.test(key)) return [];
    const wanted = new Set<number>();
    for (const c of ['*', ...countries]) {
      const b = this.bucketIds.get(c);
      if (b !== undefined) wanted.add(b);
    }
    if (wanted.size === 0) return [];
    const { delStart, delPosts } = this.tables;
    const mask = delStart.length - 2;
    const found = new Map<string, number>();
    const first = key.charCodeAt(0);
    const probe = (h: number) => {
      const row = h & mask;
      for (let p = delStart[row]; p < delStart[row + 1]; p++) {
        const post = delPosts[p];
        if (!wanted.has(post >>> POSITION_BITS)) continue;
        // A hash shared by unrelated deletions only adds candidates: the distance decides.
        const cand = this.keyAt(post);
        if (cand.charCodeAt(0) !== first || cand === key || found.has(cand)) continue;
        if (Math.min(cand.length, key.length) < FUZZY_MIN_LENGTH) continue;
        const dist = boundedDistance(cand, key, 1);
        if (dist <= 1) found.set(cand, dist);
      }
    };
    probe(hashKey(key));
    // The key without its first letter only finds candidates that start with its second letter:
    // no use unless the two are the same letter (folded keys rarely double one).
    // Deleting either letter of a doubled pair gives the same key: probed once.
    for (let j = key[0] === key[1] ? 0 : 1; j < key.length; j++)
      if (j === 0 || key.charCodeAt(j) !== key.charCodeAt(j - 1)) probe(hashKey(key, j));
    return [...found].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  /** Keys of one country's bucket whose consonant skeleton is `sk`, in key order. */
  sameSkeleton(sk: string, country: string): string[] {
    const b = this.bucketIds.get(country);
    if (b === undefined) return [];
    const { skelStart, skelPosts } = this.tables;
    const row = hashKey(sk) & (skelStart.length - 2);
    const positions: number[] = [];
    for (let p = skelStart[row]; p < skelStart[row + 1]; p++) {
      const post = skelPosts[p];
      if (post >>> POSITION_BITS === b && skeleton(this.keyAt(post)) === sk)
        positions.push(post & POSITION_MASK);
    }
    return positions.sort((x, y) => x - y).map((i) => this.keyAt((b << POSITION_BITS) | i));
  }
}
