// Every name and alias of the gazetteer under its folding key, plus a fuzzy (one edit) lookup
// per country so a misspelling is only matched against places of the countries a report is
// about (and the world's countries and largest cities). The index itself is flat tables
// (NameTables.ts): built once per gazetteer, or read from the world cache.
import type { GazetteerEntry } from '../../types/model.ts';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { FuzzyKeys, skeleton } from './FuzzyKeys.ts';
import { registerTextCache } from '../util/textCaches.ts';
import {
  bucketName,
  buildNameTables,
  findKey,
  keyText,
  PREFIX,
  STRONG,
  type NameTables,
} from './NameTables.ts';

export { FUZZY_MIN_LENGTH, skeleton } from './FuzzyKeys.ts';

/** One way a name matched an entry. */
export interface NameHit {
  entry: GazetteerEntry;
  /** The entry's own name (not an alias) matched. */
  primary: boolean;
  /** Edit distance between the folded keys (0 = exact). */
  distance: number;
}

const LATIN_KEY = /^[a-z0-9 ]+$/;
/** The empty answer, shared. */
const NO_HITS = Object.freeze([]) as unknown as NameHit[];

/** Answers already given for one key (each filled when first asked). */
interface RecentKey {
  hits?: NameHit[];
  continues?: boolean;
  strong?: boolean;
  /**
   * The one-edit hits, by the countries asked with (joined): one report asks a name among all
   * its countries (matchFuzzy) and then among one (loose matches, resolveName).
   */
  fuzzy?: Map<string, NameHit[]>;
}
/** How many keys `NameIndex` remembers before it starts over. */
const RECENT_KEYS = 4096;

/** Folded names of a gazetteer with exact and one-edit lookup. Use `nameIndexFor` to share one per gazetteer. */
export class NameIndex {
  /** The entries as given; without them, the gazetteer's (made on first use, see `entries`). */
  private entryList?: GazetteerEntry[];
  /** Largest number of tokens in any indexed key (caps the n-gram search). */
  readonly maxTokens: number;
  /** The index itself: built from the entries, or read from the world cache. */
  readonly tables: NameTables;
  /** Hit lists of keys looked up so far, by key id (shared: see `exact`). */
  private hitLists = new Map<number, NameHit[]>();
  private keyTexts = new Map<number, string>();
  private byIdMap?: Map<string, number>;
  private gazetteer?: Pick<Gazetteer, 'get' | 'ofKind' | 'children' | 'entries' | 'entryAt' | 'withSeat'>;
  private childrenMap?: Map<string, GazetteerEntry[]>;
  /** Latin keys by bucket (country, or '*'), with one-edit and skeleton lookup. */
  private fuzzyKeys: FuzzyKeys;
  private recent = new Map<string, RecentKey>();
  private roadList?: GazetteerEntry[];
  private districtCountries?: Set<string>;
  private landmarkList?: GazetteerEntry[];
  private admin1Map?: Map<string, GazetteerEntry>;
  private countryMap?: Map<string, GazetteerEntry>;

  /**
   * @param entries the gazetteer's entries; null to take the gazetteer's (the world cache makes
   *   its entries only when a lookup needs them)
   * @param tables their index, as buildNameTables(entries) makes it (built here when not given)
   * @param gazetteer the gazetteer of these entries, when there is one: asked by id, kind and
   *   parent (it may answer from its own indexes) instead of this index scanning the entries
   */
  constructor(
    entries: GazetteerEntry[] | null,
    tables?: NameTables,
    gazetteer?: Pick<Gazetteer, 'get' | 'ofKind' | 'children' | 'entries' | 'entryAt' | 'withSeat'>,
  ) {
    this.entryList = entries ?? undefined;
    this.gazetteer = gazetteer;
    this.tables = tables ?? buildNameTables(this.entries);
    this.maxTokens = this.tables.maxTokens;
    this.fuzzyKeys = new FuzzyKeys(this.tables, (k) => this.keyText(k));
    registerTextCache(this.recent);
  }

  /** Every entry, in gazetteer order. */
  get entries(): GazetteerEntry[] {
    return (this.entryList ??= this.gazetteer!.entries);
  }

  /** Entry i (the gazetteer makes only that one). */
  private entryAt(i: number): GazetteerEntry {
    return this.entryList ? this.entryList[i] : this.gazetteer!.entryAt(i);
  }

  /** Entries that are the area of a seat town (`seat` set), in order. */
  withSeat(): GazetteerEntry[] {
    return this.gazetteer ? this.gazetteer.withSeat() : this.entries.filter((e) => e.seat);
  }

  /** A key's text, remembered (fuzzy candidates come back again and again). */
  private keyText(k: number): string {
    let s = this.keyTexts.get(k);
    if (s === undefined) this.keyTexts.set(k, (s = keyText(this.tables, k)));
    return s;
  }

  private flags(key: string): number {
    const k = findKey(this.tables, key);
    return k < 0 ? 0 : this.tables.flags[k];
  }

  /**
   * Whether the gazetteer has the second-level divisions (districts) of a country (ISO2) as
   * shapes derived from their seats (Syria's); GeoNames' points for the world's are too few.
   */
  hasDistricts(iso2: string): boolean {
    this.districtCountries ??= new Set(
      this.withSeat()
        .filter((e) => e.kind === 'admin2' && e.adminLevel === 2)
        .map((e) => e.country),
    );
    return this.districtCountries.has(iso2);
  }

  /** Entries of one kind, in order. */
  private ofKind(kind: GazetteerEntry['kind']): GazetteerEntry[] {
    return this.gazetteer ? this.gazetteer.ofKind(kind) : this.entries.filter((e) => e.kind === kind);
  }

  /** Every road (kind `road`) of the gazetteer. */
  get roads(): GazetteerEntry[] {
    this.roadList ??= this.ofKind('road');
    return this.roadList;
  }

  /** Landmarks with one of these feature codes. */
  landmarks(codes: string[]): GazetteerEntry[] {
    this.landmarkList ??= this.ofKind('landmark');
    return this.landmarkList.filter((e) => codes.includes(e.featureCode));
  }

  /** The admin-1 entry with this `CC.NN` code. */
  admin1ByCode(code: string): GazetteerEntry | undefined {
    if (!this.admin1Map) {
      this.admin1Map = new Map();
      for (const e of this.ofKind('admin1')) if (e.admin1) this.admin1Map.set(e.admin1, e);
    }
    return this.admin1Map.get(code);
  }

  /** The country entry of an ISO alpha-2 code. */
  countryEntry(iso2: string): GazetteerEntry | undefined {
    if (!this.countryMap) {
      this.countryMap = new Map();
      for (const e of this.ofKind('country'))
        if (!this.countryMap.has(e.country)) this.countryMap.set(e.country, e);
    }
    return this.countryMap.get(iso2);
  }

  /** The entry with this id. */
  byId(id: string): GazetteerEntry | undefined {
    if (this.gazetteer) return this.gazetteer.get(id);
    if (!this.byIdMap) {
      this.byIdMap = new Map();
      for (let i = 0; i < this.entries.length; i++) this.byIdMap.set(this.entries[i].id, i);
    }
    const i = this.byIdMap.get(id);
    return i === undefined ? undefined : this.entries[i];
  }

  /** Entries whose `parent` is this id (a city's neighbourhoods and landmarks). */
  children(id: string): GazetteerEntry[] {
    if (this.gazetteer) return this.gazetteer.children(id);
    if (!this.childrenMap) {
      this.childrenMap = new Map();
      for (const e of this.entries)
        if (e.parent) {
          const list = this.childrenMap.get(e.parent);
          if (list) list.push(e);
          else this.childrenMap.set(e.parent, [e]);
        }
    }
    return this.childrenMap.get(id) ?? [];
  }

  /** True when some longer name starts with this key's words. */
  continues(key: string): boolean {
    const r = this.recentKey(key);
    return (r.continues ??= (this.flags(key) & PREFIX) !== 0);
  }

  /** True when the key is the primary name of a country or of a place of 100,000 people or more. */
  isStrong(key: string): boolean {
    const r = this.recentKey(key);
    return (r.strong ??= (this.flags(key) & STRONG) !== 0);
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
   * lookup of a key and shared by later ones: never change it (copy it to change it). Its hits
   * are frozen; the list itself is not, since a frozen array is several times slower to iterate
   * and every pass iterates hit lists (NameIndex.test checks that no pass changes one).
   */
  exact(key: string): NameHit[] {
    const r = this.recentKey(key);
    return (r.hits ??= this.lookUp(key));
  }

  private lookUp(key: string): NameHit[] {
    const k = findKey(this.tables, key);
    if (k < 0) return NO_HITS;
    const known = this.hitLists.get(k);
    if (known) return known;
    const { postStart, posts } = this.tables;
    if (postStart[k] === postStart[k + 1]) return NO_HITS;
    const hits: NameHit[] = [];
    for (let i = postStart[k]; i < postStart[k + 1]; i++)
      hits.push(
        Object.freeze({ entry: this.entryAt(posts[i] >> 1), primary: (posts[i] & 1) === 1, distance: 0 }),
      );
    this.hitLists.set(k, hits);
    return hits;
  }

  /**
   * Entries one edit away from a folded key (length ≥ 6, same first letter), among places of
   * the given countries (ISO2) and the world's countries, regions and largest cities.
   */
  fuzzy(key: string, countries: string[]): NameHit[] {
    // The same misspelt or unknown name comes back report after report: looked up once per set
    // of countries, handed out as a fresh list each time.
    const r = this.recentKey(key);
    const wantedKey = countries.join(' ');
    let hits = (r.fuzzy ??= new Map()).get(wantedKey);
    if (hits === undefined) r.fuzzy.set(wantedKey, (hits = this.lookUpFuzzy(key, countries)));
    return hits.slice();
  }

  private lookUpFuzzy(key: string, countries: string[]): NameHit[] {
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
        if (bucketName(h.entry) === '*' || wanted.has(h.entry.country))
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
    index = new NameIndex(null, undefined, gazetteer);
    cache.set(gazetteer, index);
  }
  return index;
}

/**
 * Gives a gazetteer the index tables stored beside it (the world cache), so nameIndexFor does
 * not build them. The tables must be buildNameTables(gazetteer.entries) of these very entries.
 */
export function useNameTables(gazetteer: Gazetteer, tables: NameTables): void {
  cache.set(gazetteer, new NameIndex(null, tables, gazetteer));
}
