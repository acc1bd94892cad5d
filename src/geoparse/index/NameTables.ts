// The name index of a gazetteer as flat typed arrays: every folded name and alias with the
// entries it names, the keys that begin longer names, the strong keys, and the fuzzy tables.
// Building them folds every name of the gazetteer (seconds for the world); encoded, they are
// read back without parsing (views on the file's bytes), so the CLI and each worker thread
// start at once. NameIndex.ts answers lookups over them. Pure: entries in, arrays out.
import type { GazetteerEntry } from '../../types/model.ts';
import { foldKey } from './fold.ts';
import { buildFuzzyTables, hashKey, type FuzzyTables } from './FuzzyKeys.ts';
import { isGenericName } from '../../gazetteer/admin1Names.ts';
import { isWorldAdmin2 } from '../../gazetteer/worldAdmin2.ts';

/** Flag bits of a key. */
export const STRONG = 1;
export const PREFIX = 2;

export interface NameTables extends FuzzyTables {
  /** Every key (names, aliases, and the first words of longer keys), UTF-16 code units back to back. */
  chars: Uint16Array;
  /** Key k is chars[keyStart[k] .. keyStart[k + 1]). */
  keyStart: Uint32Array;
  /** STRONG: a country's or a large place's own name; PREFIX: some longer key starts with its words. */
  flags: Uint8Array;
  /** Open addressing by hashKey: slot → key id + 1, 0 when empty. A power of two long. */
  slots: Uint32Array;
  /** Entries a key names: posts[postStart[k] .. postStart[k + 1]), entry index × 2, + 1 when primary. */
  postStart: Uint32Array;
  posts: Uint32Array;
  /** Largest number of tokens in any key, at most 6 (caps the n-gram search). */
  maxTokens: number;
}

/** Words that say what kind of admin area a name is; stripped so "Idlib Governorate" also files under "Idlib". */
const ADMIN_WORDS =
  /\s+(?:governorate|province|muhafazat|district|subdistrict|region|oblast|state|prefecture|krai|kray|county|territory|department|emirate|voivodeship|okrug)$/i;
const USEFUL_SCRIPT = /[A-Za-z\u00C0-\u024F\u0600-\u06FF]/;
const LATIN_KEY = /^[a-z0-9 ]+$/;
const COMMON_ABBREVIATIONS = new Set(['UK', 'US', 'USA', 'UAE', 'DRC', 'KSA', 'PRC', 'DPRK', 'ROK']);
/** Places big enough to be fuzzily matched from any report. */
const GLOBAL_POPULATION = 1_000_000;

/** The fuzzy bucket of an entry: its country, or '*' for countries, regions and the largest cities. */
export function bucketName(e: GazetteerEntry): string {
  if (
    e.kind === 'country' ||
    (e.kind === 'region' && !e.seat) ||
    !e.country ||
    e.population >= GLOBAL_POPULATION
  )
    return '*';
  return e.country;
}

/** What the build carries from one name of an entry to the next (no closure or sets per entry: 200k entries). */
interface AddState {
  maxTokens: number;
  /** The entry is a country, an area or one of our facts (not a plain GeoNames settlement). */
  curated: boolean;
  /** Keys and raw names already filed for this entry (a handful: arrays beat sets). */
  seen: string[];
  seenRaw: string[];
  /** The fuzzy bucket's key list of this entry, once it has a Latin key. */
  bucket: string[] | undefined;
  /** Keys of the town an area is named after ("kherson" for Kherson Oblast): the town's, not the area's. */
  seatKeys: string[];
}

class Builder {
  keyIds = new Map<string, number>();
  keys: string[] = [];
  postings: (number | number[])[] = [];
  strong = new Set<string>();
  prefixes = new Set<string>();
  buckets = new Map<string, string[]>();

  /** Files one name of entry `e` (at index i) under its folding key. */
  add(e: GazetteerEntry, i: number, name: string, primary: boolean, st: AddState): void {
    if (!name || st.seenRaw.includes(name) || !USEFUL_SCRIPT.test(name)) return;
    // Country codes ("SYR", "IN", "AND") would turn ordinary capitals into countries.
    if (!primary && name.length <= 3 && /^[A-Z]{2,3}$/.test(name) && !COMMON_ABBREVIATIONS.has(name)) return;
    st.seenRaw.push(name);
    const key = foldKey(name);
    if (!key || st.seen.includes(key) || st.seatKeys.includes(key)) return;
    const latin = LATIN_KEY.test(key);
    // Short Latin aliases ("ALP", "Sam") are codes or nicknames; keep them only for countries and our own facts.
    if (!primary && latin && key.length < 4 && !st.curated) return;
    st.seen.push(key);
    const posting = i * 2 + (primary ? 1 : 0);
    const id = this.keyIds.get(key);
    if (id === undefined) {
      this.keyIds.set(key, this.keys.length);
      this.keys.push(key);
      this.postings.push(posting);
    } else {
      const list = this.postings[id];
      if (typeof list === 'number') this.postings[id] = [list, posting];
      else list.push(posting);
    }
    let space = key.indexOf(' ');
    if (space >= 0) {
      let parts = 1;
      for (; space >= 0; space = key.indexOf(' ', space + 1)) {
        this.prefixes.add(key.slice(0, space));
        parts++;
      }
      st.maxTokens = Math.max(st.maxTokens, parts);
    }
    if (primary && (e.population >= 100_000 || e.kind === 'country')) this.strong.add(key);
    if (latin && key.length >= 4) {
      if (!st.bucket) {
        const b = bucketName(e);
        st.bucket = this.buckets.get(b);
        if (!st.bucket) this.buckets.set(b, (st.bucket = []));
      }
      // Repeats (another entry's same key) are dropped when the bucket is built.
      st.bucket.push(key);
    }
  }
}

/** Files an area's name without its type word ("Borno" of "Borno State"), unless that leaves a compass word ("Northern"). */
function addBare(
  b: Builder,
  e: GazetteerEntry,
  i: number,
  name: string,
  primary: boolean,
  st: AddState,
): void {
  const bare = name.replace(ADMIN_WORDS, '');
  if (bare !== name && !isGenericName(bare)) b.add(e, i, bare, primary, st);
}

/**
 * Folds every name and alias of the entries into the index tables.
 *
 * @example
 * const t = buildNameTables(gazetteer.entries); // then new NameIndex(gazetteer.entries, t)
 */
export function buildNameTables(entries: GazetteerEntry[]): NameTables {
  const b = new Builder();
  const st: AddState = {
    maxTokens: 1,
    curated: false,
    seen: [],
    seenRaw: [],
    bucket: undefined,
    seatKeys: [],
  };
  // Seats of areas named after a town (few): the town's names are not filed for the area.
  const seats = new Map<string, GazetteerEntry | undefined>();
  for (const e of entries) if (e.seat) seats.set(e.seat, undefined);
  if (seats.size) for (const e of entries) if (seats.has(e.id)) seats.set(e.id, e);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    st.curated = e.kind !== 'settlement' || !e.id.startsWith('geonames:');
    st.seen.length = 0;
    st.seenRaw.length = 0;
    st.bucket = undefined;
    st.seatKeys.length = 0;
    // An area named after its seat town ("Manbij District", "Kherson Oblast") is not filed under
    // the bare name, in any of the town's own spellings: that is the town's.
    const seat = e.seat ? seats.get(e.seat) : undefined;
    if (seat) for (const n of [seat.name, seat.names.en, seat.names.ar]) if (n) st.seatKeys.push(foldKey(n));
    b.add(e, i, e.name, true, st);
    b.add(e, i, e.names.en, true, st);
    if (e.names.ar) b.add(e, i, e.names.ar, true, st);
    // A world division's bare name is its alias already, or none where it is a country's, a
    // state's or a sea's ("Atlantic" of Atlantic County: worldAdmin2.ts and the build).
    const bare = (e.kind === 'admin1' || (e.kind === 'admin2' && !isWorldAdmin2(e))) && !e.seat;
    if (bare) {
      addBare(b, e, i, e.name, true, st);
      addBare(b, e, i, e.names.en, true, st);
    }
    for (const a of e.aliases) {
      b.add(e, i, a, false, st);
      if (bare) addBare(b, e, i, a, false, st);
    }
  }
  // Prefixes that are no key of their own still need a row for their flag.
  for (const p of b.prefixes)
    if (!b.keyIds.has(p)) {
      b.keyIds.set(p, b.keys.length);
      b.keys.push(p);
    }
  const n = b.keys.length;
  const keyStart = new Uint32Array(n + 1);
  let chars = 0;
  for (let k = 0; k < n; k++) keyStart[k + 1] = chars += b.keys[k].length;
  const charArr = new Uint16Array(chars);
  const flags = new Uint8Array(n);
  const postStart = new Uint32Array(n + 1);
  let posts = 0;
  for (let k = 0; k < n; k++) {
    const key = b.keys[k];
    for (let j = 0; j < key.length; j++) charArr[keyStart[k] + j] = key.charCodeAt(j);
    flags[k] = (b.strong.has(key) ? STRONG : 0) | (b.prefixes.has(key) ? PREFIX : 0);
    const p = b.postings[k];
    postStart[k + 1] = posts += p === undefined ? 0 : typeof p === 'number' ? 1 : p.length;
  }
  const postArr = new Uint32Array(posts);
  for (let k = 0; k < b.postings.length; k++) {
    const p = b.postings[k];
    if (typeof p === 'number') postArr[postStart[k]] = p;
    else postArr.set(p, postStart[k]);
  }
  let size = 1024;
  while (size < n * 2) size *= 2;
  const slots = new Uint32Array(size);
  for (let k = 0; k < n; k++) {
    let s = hashKey(b.keys[k]) & (size - 1);
    while (slots[s] !== 0) s = (s + 1) & (size - 1);
    slots[s] = k + 1;
  }
  return {
    chars: charArr,
    keyStart,
    flags,
    slots,
    postStart,
    posts: postArr,
    maxTokens: Math.min(st.maxTokens, 6),
    ...buildFuzzyTables(b.buckets, (k) => b.keyIds.get(k) as number),
  };
}

/** The id of a key in the tables, or -1. */
export function findKey(t: NameTables, key: string): number {
  const mask = t.slots.length - 1;
  const len = key.length;
  for (let s = hashKey(key) & mask; ; s = (s + 1) & mask) {
    const v = t.slots[s];
    if (v === 0) return -1;
    const k = v - 1;
    const at = t.keyStart[k];
    if (t.keyStart[k + 1] - at !== len) continue;
    let j = 0;
    while (j < len && t.chars[at + j] === key.charCodeAt(j)) j++;
    if (j === len) return k;
  }
}

/** The key with this id. */
export function keyText(t: NameTables, k: number): string {
  const a = t.keyStart[k];
  const b = t.keyStart[k + 1];
  let s = '';
  // Chunks keep the argument list short for long keys.
  for (let i = a; i < b; i += 1024) s += String.fromCharCode(...t.chars.subarray(i, Math.min(b, i + 1024)));
  return s;
}

// ---- Bytes: a JSON header, then each array at a 4-byte boundary ----

const MAGIC = 0x3154_4e4e; // 'NNT1'
const ARRAYS = [
  'chars',
  'keyStart',
  'flags',
  'slots',
  'postStart',
  'posts',
  'bucketStart',
  'bucketKeys',
  'delStart',
  'delPosts',
  'skelStart',
  'skelPosts',
] as const;
type ArrayName = (typeof ARRAYS)[number];
const KIND: Record<ArrayName, 'u8' | 'u16' | 'u32'> = {
  chars: 'u16',
  keyStart: 'u32',
  flags: 'u8',
  slots: 'u32',
  postStart: 'u32',
  posts: 'u32',
  bucketStart: 'u32',
  bucketKeys: 'u32',
  delStart: 'u32',
  delPosts: 'u32',
  skelStart: 'u32',
  skelPosts: 'u32',
};

interface Header {
  /** Whatever the caller needs to tell whether the tables still fit (gazetteer version, entry count). */
  meta: Record<string, string | number>;
  maxTokens: number;
  bucketNames: string[];
  lengths: Record<ArrayName, number>;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The tables as bytes (little-endian, as typed arrays are on every platform we run on). */
export function encodeNameTables(t: NameTables, meta: Header['meta']): Uint8Array {
  const lengths = Object.fromEntries(ARRAYS.map((a) => [a, t[a].length])) as Header['lengths'];
  const header = new TextEncoder().encode(
    JSON.stringify({ meta, maxTokens: t.maxTokens, bucketNames: t.bucketNames, lengths } satisfies Header),
  );
  let total = 8 + pad4(header.length);
  for (const a of ARRAYS) total += pad4(t[a].byteLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  out.set(header, 8);
  let off = 8 + pad4(header.length);
  for (const a of ARRAYS) {
    const arr = t[a];
    out.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), off);
    off += pad4(arr.byteLength);
  }
  return out;
}

/**
 * Reads what encodeNameTables wrote, as views on the same bytes (nothing copied when they sit
 * at a 4-byte boundary). Throws on anything else.
 */
export function decodeNameTables(bytes: Uint8Array): { tables: NameTables; meta: Header['meta'] } {
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a name index file');
  const headerLen = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLen))) as Header;
  let off = bytes.byteOffset + 8 + pad4(headerLen);
  const arrays = {} as Record<ArrayName, Uint8Array | Uint16Array | Uint32Array>;
  for (const a of ARRAYS) {
    const n = header.lengths[a];
    const width = KIND[a] === 'u8' ? 1 : KIND[a] === 'u16' ? 2 : 4;
    if (off - bytes.byteOffset + n * width > bytes.byteLength)
      throw new Error('name index file is truncated');
    arrays[a] =
      KIND[a] === 'u8'
        ? new Uint8Array(bytes.buffer, off, n)
        : KIND[a] === 'u16'
          ? new Uint16Array(bytes.buffer, off, n)
          : new Uint32Array(bytes.buffer, off, n);
    off += pad4(n * width);
  }
  return {
    tables: Object.assign({}, arrays as unknown as Pick<NameTables, ArrayName>, {
      maxTokens: header.maxTokens,
      bucketNames: header.bucketNames,
    }),
    meta: header.meta,
  };
}
