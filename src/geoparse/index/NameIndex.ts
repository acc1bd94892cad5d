// Every name and alias of the gazetteer under its folding key, plus a fuzzy (one edit) lookup
// built lazily per country so a misspelling is only matched against places of the countries a
// report is about (and the world's countries and largest cities). Built once per gazetteer.
import type { GazetteerEntry } from '../../types/model.ts';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { foldKey } from './fold.ts';
import { FuzzyKeys, skeleton } from './FuzzyKeys.ts';

export { FUZZY_MIN_LENGTH, skeleton } from './FuzzyKeys.ts';

/** One way a name matched an entry. */
export interface NameHit {
  entry: GazetteerEntry;
  /** The entry's own name (not an alias) matched. */
  primary: boolean;
  /** Edit distance between the folded keys (0 = exact). */
  distance: number;
}

/** Words that say what kind of admin area a name is; stripped so "Idlib Governorate" also files under "Idlib". */
const ADMIN_WORDS = /\s+(?:governorate|province|muhafazat|district|subdistrict|region|oblast|state)$/i;
const USEFUL_SCRIPT = /[A-Za-z\u00C0-\u024F\u0600-\u06FF]/;
const LATIN_KEY = /^[a-z0-9 ]+$/;
/** The empty answer, shared. */
const NO_HITS = Object.freeze([]) as unknown as NameHit[];
const COMMON_ABBREVIATIONS = new Set(['UK', 'US', 'USA', 'UAE', 'DRC', 'KSA', 'PRC', 'DPRK', 'ROK']);
/** Places big enough to be fuzzily matched from any report. */
const GLOBAL_POPULATION = 1_000_000;

/** Answers already given for one key (each filled when first asked). */
interface RecentKey {
  hits?: NameHit[];
  continues?: boolean;
  strong?: boolean;
}
/** How many keys `NameIndex` remembers before it starts over. */
const RECENT_KEYS = 4096;

/** What `NameIndex.add` carries from one name of an entry to the next. */
interface AddState {
  maxTokens: number;
  /** The entry is a country, an area or one of our facts (not a plain GeoNames settlement). */
  curated: boolean;
  /** Keys and raw names already filed for this entry (a handful: arrays beat sets). */
  seen: string[];
  seenRaw: string[];
  /** The fuzzy bucket's key list of this entry, once it has a Latin key. */
  bucket: string[] | undefined;
}

/** Folded names of a gazetteer with exact and one-edit lookup. Use `nameIndexFor` to share one per gazetteer. */
export class NameIndex {
  readonly entries: GazetteerEntry[];
  /** Largest number of tokens in any indexed key (caps the n-gram search). */
  readonly maxTokens: number;
  /**
   * key → posting (entry index × 2 + 1 when primary), a bare number when there is only one;
   * replaced by the frozen hit list on the key's first lookup.
   */
  private exactMap = new Map<string, number | number[] | NameHit[]>();
  private byIdMap = new Map<string, number>();
  private childrenMap = new Map<string, GazetteerEntry[]>();
  /** Latin keys by bucket (country, or '*'), with one-edit and skeleton lookup. */
  private fuzzyKeys = new FuzzyKeys();
  /** Keys whose entry is the entry's primary name and is large or a country: never a person's name. */
  private strong = new Set<string>();
  /** Keys that are the first words of a longer key ("nirab" of "nirab irpurt"). */
  private prefixes = new Set<string>();
  private recent = new Map<string, RecentKey>();
  private roadList?: GazetteerEntry[];
  private landmarkList?: GazetteerEntry[];
  private admin1Map?: Map<string, GazetteerEntry>;
  private countryMap?: Map<string, GazetteerEntry>;

  constructor(entries: GazetteerEntry[]) {
    this.entries = entries;
    // One state for the whole build (no closure or sets per entry: 200k entries).
    const st: AddState = { maxTokens: 1, curated: false, seen: [], seenRaw: [], bucket: undefined };
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      this.byIdMap.set(e.id, i);
      if (e.parent) {
        const list = this.childrenMap.get(e.parent) ?? [];
        list.push(e);
        this.childrenMap.set(e.parent, list);
      }
      st.curated = e.kind !== 'settlement' || !e.id.startsWith('geonames:');
      st.seen.length = 0;
      st.seenRaw.length = 0;
      st.bucket = undefined;
      this.add(e, i, e.name, true, st);
      this.add(e, i, e.names.en, true, st);
      if (e.names.ar) this.add(e, i, e.names.ar, true, st);
      // An area named after its seat town ("Manbij District") is not filed under the bare name: that is the town's.
      const bare = (e.kind === 'admin1' || e.kind === 'admin2') && !e.seat;
      if (bare) {
        this.add(e, i, e.name.replace(ADMIN_WORDS, ''), true, st);
        this.add(e, i, e.names.en.replace(ADMIN_WORDS, ''), true, st);
      }
      for (const a of e.aliases) {
        this.add(e, i, a, false, st);
        if (bare) this.add(e, i, a.replace(ADMIN_WORDS, ''), false, st);
      }
    }
    this.maxTokens = Math.min(st.maxTokens, 6);
  }

  /** Files one name of entry `e` (at index i) under its folding key. */
  private add(e: GazetteerEntry, i: number, name: string, primary: boolean, st: AddState): void {
    if (!name || st.seenRaw.includes(name) || !USEFUL_SCRIPT.test(name)) return;
    // Country codes ("SYR", "IN", "AND") would turn ordinary capitals into countries.
    if (!primary && name.length <= 3 && /^[A-Z]{2,3}$/.test(name) && !COMMON_ABBREVIATIONS.has(name)) return;
    st.seenRaw.push(name);
    const key = foldKey(name);
    if (!key || st.seen.includes(key)) return;
    const latin = LATIN_KEY.test(key);
    // Short Latin aliases ("ALP", "Sam") are codes or nicknames; keep them only for countries and our own facts.
    if (!primary && latin && key.length < 4 && !st.curated) return;
    st.seen.push(key);
    const posting = i * 2 + (primary ? 1 : 0);
    const list = this.exactMap.get(key);
    if (list === undefined) this.exactMap.set(key, posting);
    else if (typeof list === 'number') this.exactMap.set(key, [list, posting]);
    else (list as number[]).push(posting);
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
      st.bucket ??= this.fuzzyKeys.keysOf(this.bucketName(e));
      // Repeats (another entry's same key) are dropped when the bucket is built.
      st.bucket.push(key);
    }
  }

  private bucketName(e: GazetteerEntry): string {
    if (
      e.kind === 'country' ||
      (e.kind === 'region' && !e.seat) ||
      !e.country ||
      e.population >= GLOBAL_POPULATION
    )
      return '*';
    return e.country;
  }

  /** Every road (kind `road`) of the gazetteer. */
  get roads(): GazetteerEntry[] {
    this.roadList ??= this.entries.filter((e) => e.kind === 'road');
    return this.roadList;
  }

  /** Landmarks with one of these feature codes. */
  landmarks(codes: string[]): GazetteerEntry[] {
    this.landmarkList ??= this.entries.filter((e) => e.kind === 'landmark');
    return this.landmarkList.filter((e) => codes.includes(e.featureCode));
  }

  /** The admin-1 entry with this `CC.NN` code. */
  admin1ByCode(code: string): GazetteerEntry | undefined {
    if (!this.admin1Map) {
      this.admin1Map = new Map();
      for (const e of this.entries) if (e.kind === 'admin1' && e.admin1) this.admin1Map.set(e.admin1, e);
    }
    return this.admin1Map.get(code);
  }

  /** The country entry of an ISO alpha-2 code. */
  countryEntry(iso2: string): GazetteerEntry | undefined {
    if (!this.countryMap) {
      this.countryMap = new Map();
      for (const e of this.entries)
        if (e.kind === 'country' && !this.countryMap.has(e.country)) this.countryMap.set(e.country, e);
    }
    return this.countryMap.get(iso2);
  }

  /** The entry with this id. */
  byId(id: string): GazetteerEntry | undefined {
    const i = this.byIdMap.get(id);
    return i === undefined ? undefined : this.entries[i];
  }

  /** Entries whose `parent` is this id (a city's neighbourhoods and landmarks). */
  children(id: string): GazetteerEntry[] {
    return this.childrenMap.get(id) ?? [];
  }

  /** True when some longer name starts with this key's words. */
  continues(key: string): boolean {
    const r = this.recentKey(key);
    return (r.continues ??= this.prefixes.has(key));
  }

  /** True when the key is the primary name of a country or of a place of 100,000 people or more. */
  isStrong(key: string): boolean {
    const r = this.recentKey(key);
    return (r.strong ??= this.strong.has(key));
  }

  /**
   * What is known of a recently asked key. Probing the big maps costs cache misses; reports ask
   * for the same few hundred keys again and again, and a small map of them stays in cache.
   */
  private recentKey(key: string): RecentKey {
    let r = this.recent.get(key);
    if (r === undefined) {
      if (this.recent.size >= RECENT_KEYS) this.recent.clear();
      r = {};
      this.recent.set(key, r);
    }
    return r;
  }

  /**
   * Entries whose folded name or alias equals this folded key. The list is built on the first
   * lookup of a key and shared by later ones, so it is frozen: copy it to change it.
   */
  exact(key: string): NameHit[] {
    const r = this.recentKey(key);
    return (r.hits ??= this.lookUp(key));
  }

  private lookUp(key: string): NameHit[] {
    const list = this.exactMap.get(key);
    if (list === undefined) return NO_HITS;
    if (typeof list !== 'number' && typeof list[0] !== 'number') return list as NameHit[];
    const postings = typeof list === 'number' ? [list] : (list as number[]);
    const hits = Object.freeze(
      postings.map((p) =>
        Object.freeze({ entry: this.entries[p >> 1], primary: (p & 1) === 1, distance: 0 }),
      ),
    ) as NameHit[];
    this.exactMap.set(key, hits);
    return hits;
  }

  /**
   * Entries one edit away from a folded key (length ≥ 6, same first letter), among places of
   * the given countries (ISO2) and the world's countries, regions and largest cities.
   */
  fuzzy(key: string, countries: string[]): NameHit[] {
    const found = this.fuzzyKeys.oneEditAway(key, countries);
    if (found.length === 0) return [];
    const hits: NameHit[] = [];
    const wanted = new Set(countries);
    const short = key.replace(/ /g, '').length < SHORT_KEY;
    for (const [cand, dist] of found) {
      // In a short name one consonant is a different name ("Hazano" is not "Hanano"); spellings
      // of one name differ in their vowels.
      if (short && !vowelEdit(key, cand)) continue;
      for (const h of this.exact(cand)) {
        if (this.bucketName(h.entry) === '*' || wanted.has(h.entry.country))
          hits.push({ entry: h.entry, primary: h.primary, distance: dist });
      }
    }
    return hits;
  }

  /**
   * Entries of the given countries whose consonant skeleton equals the key's (at least
   * `minConsonants` consonants): "Qumseyyeh" → Al Qamşīyah. A last resort after exact and fuzzy.
   */
  bySkeleton(key: string, countries: string[], minConsonants = 4): NameHit[] {
    if (!LATIN_KEY.test(key)) return [];
    const sk = skeleton(key);
    if (sk.length < minConsonants) return [];
    const hits: NameHit[] = [];
    for (const c of [...countries].sort()) {
      for (const cand of this.fuzzyKeys.sameSkeleton(sk, c)) {
        for (const h of this.exact(cand)) {
          if (h.entry.country === c && !hits.some((x) => x.entry === h.entry))
            hits.push({ entry: h.entry, primary: h.primary, distance: 1.5 });
        }
      }
    }
    return hits;
  }
}

/** Names with fewer letters than this match one edit away only through a vowel. */
const SHORT_KEY = 7;
const VOWEL = /[aeiouy]/;

/**
 * Whether two folded keys one edit apart differ by a vowel: a vowel changed, added or dropped.
 * @example vowelEdit('tadif', 'tadaf') // true; vowelEdit('hazanu', 'hananu') // false
 */
export function vowelEdit(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return VOWEL.test(a[i] ?? '') && VOWEL.test(b[i] ?? '');
  const longer = a.length > b.length ? a : b;
  return VOWEL.test(longer[i] ?? '');
}

const cache = new WeakMap<Gazetteer, NameIndex>();

/** The NameIndex of a gazetteer, built on first use and cached for the gazetteer's lifetime. */
export function nameIndexFor(gazetteer: Gazetteer): NameIndex {
  let index = cache.get(gazetteer);
  if (!index) {
    index = new NameIndex(gazetteer.entries);
    cache.set(gazetteer, index);
  }
  return index;
}
