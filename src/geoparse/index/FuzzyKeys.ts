// The Latin keys of a gazetteer grouped by country ('*' for countries, regions and the largest
// cities), with lookup of keys one edit away or with the same consonant skeleton among the
// countries a report is about. Each country's lookup tables are built on first use.
import { boundedDistance } from './fold.ts';

/** Fuzzy matching needs keys this long; shorter keys are too easy to hit by accident. */
export const FUZZY_MIN_LENGTH = 6;
const LATIN_KEY = /^[a-z0-9 ]+$/;

interface FuzzyBucket {
  /** Position in `bucketList`: how the shared deletion index names this bucket. */
  id: number;
  keys: string[];
  /** consonant skeleton → indices into keys */
  skeletons: Map<string, number[]>;
}

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

function deletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** Latin keys by country with one-edit and consonant-skeleton lookup. */
export class FuzzyKeys {
  /** Keys filed per bucket name, repeats included (dropped when the bucket is built). */
  private keysByCountry = new Map<string, string[]>();
  private buckets = new Map<string, FuzzyBucket>();
  private bucketList: FuzzyBucket[] = [];
  /**
   * Key with one character deleted (or the key itself) → pairs (bucket id, index into that
   * bucket's keys), for every bucket built so far: one probe per deletion, however many
   * countries a report is about.
   */
  private deletionIndex = new Map<string, number[]>();

  /** The list to append a bucket's keys to (a country's ISO2, or '*'). */
  keysOf(bucketName: string): string[] {
    let list = this.keysByCountry.get(bucketName);
    if (!list) this.keysByCountry.set(bucketName, (list = []));
    return list;
  }

  /**
   * Keys one edit away from a folded key (length ≥ 6, same first letter) in the buckets '*' and
   * of the given countries, with their distance, sorted by key.
   */
  oneEditAway(key: string, countries: string[]): [string, number][] {
    if (key.length < FUZZY_MIN_LENGTH || !LATIN_KEY.test(key)) return [];
    const found = new Map<string, number>();
    const wantedBuckets = new Set<number>();
    for (const c of ['*', ...countries]) {
      const bucket = this.bucket(c);
      if (bucket) wantedBuckets.add(bucket.id);
    }
    if (wantedBuckets.size === 0) return [];
    const first = key.charCodeAt(0);
    const dels = deletions(key);
    // The key without its first letter only finds candidates that start with its second letter:
    // no use unless the two are the same letter (folded keys rarely double one).
    if (key[0] !== key[1]) dels.splice(1, 1);
    for (const d of dels) {
      const list = this.deletionIndex.get(d);
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i += 2) {
        if (!wantedBuckets.has(list[i])) continue;
        const cand = this.bucketList[list[i]].keys[list[i + 1]];
        if (cand.charCodeAt(0) !== first || cand === key || found.has(cand)) continue;
        if (Math.min(cand.length, key.length) < FUZZY_MIN_LENGTH) continue;
        const dist = boundedDistance(cand, key, 1);
        if (dist <= 1) found.set(cand, dist);
      }
    }
    return [...found].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  /** Keys of one country's bucket whose consonant skeleton is `sk`, in key order. */
  sameSkeleton(sk: string, country: string): string[] {
    const bucket = this.bucket(country);
    return (bucket?.skeletons.get(sk) ?? []).map((k) => bucket!.keys[k]);
  }

  private bucket(country: string): FuzzyBucket | undefined {
    const cached = this.buckets.get(country);
    if (cached) return cached;
    const keys = [...new Set(this.keysByCountry.get(country))].sort();
    if (keys.length === 0) return undefined;
    const id = this.bucketList.length;
    const index = this.deletionIndex;
    keys.forEach((k, i) => {
      if (k.length < FUZZY_MIN_LENGTH) return;
      for (const d of deletions(k)) {
        const list = index.get(d);
        if (list) list.push(id, i);
        else index.set(d, [id, i]);
      }
    });
    const skeletons = new Map<string, number[]>();
    keys.forEach((k, i) => {
      const sk = skeleton(k);
      const list = skeletons.get(sk);
      if (list) list.push(i);
      else skeletons.set(sk, [i]);
    });
    const bucket = { id, keys, skeletons };
    this.bucketList.push(bucket);
    this.buckets.set(country, bucket);
    return bucket;
  }
}
