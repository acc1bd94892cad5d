// The places we know, by id, with the lookups other stages need (by country, children, the
// governorate a place is in). Name lookup (folding, fuzzy) lives in src/geoparse.
import type { GazetteerEntry, GazetteerPack, PlaceKind } from '../types/model.ts';
import { pointInGeometry } from './pointInGeometry.ts';

/**
 * Lookups a pack may answer itself, faster than a scan of every entry (the world cache reads
 * its columns). Each must give what the scan would: the same entries, in gazetteer order.
 */
export interface PackLookups {
  /** entries.length, without making the entries (the world cache makes them on first use). */
  count?: number;
  /** entries[i], made alone. */
  entryAt?(i: number): GazetteerEntry;
  /** The entry with this id (the last one, should two share it). */
  find?(id: string): GazetteerEntry | undefined;
  byCountry?(iso2: string): GazetteerEntry[];
  children?(parentId: string): GazetteerEntry[];
  ofKind?(kind: PlaceKind): GazetteerEntry[];
  inBox?(minLon: number, minLat: number, maxLon: number, maxLat: number, kind?: PlaceKind): GazetteerEntry[];
  withSeat?(): GazetteerEntry[];
}

/** The places we know, by id. Name lookup (folding, fuzzy) lives in src/geoparse. */
export class Gazetteer {
  readonly version: string;
  readonly sources: GazetteerPack['sources'];
  private byId?: Map<string, GazetteerEntry>;
  private countryIndex?: Map<string, GazetteerEntry[]>;
  private childIndex?: Map<string, GazetteerEntry[]>;
  private admin1Index?: Map<string, GazetteerEntry>;
  private kindIndex?: Map<PlaceKind, GazetteerEntry[]>;
  private lookups: PackLookups;
  private readonly pack: GazetteerPack;

  /**
   * @param pack the places; a pack that brings its own lookups (the world cache, which answers
   * from its columns) is asked instead of maps of every entry being built
   */
  constructor(pack: GazetteerPack & PackLookups) {
    this.pack = pack;
    this.version = pack.version;
    this.sources = pack.sources;
    this.lookups = {
      count: pack.count,
      entryAt: pack.entryAt?.bind(pack),
      find: pack.find?.bind(pack),
      byCountry: pack.byCountry?.bind(pack),
      children: pack.children?.bind(pack),
      ofKind: pack.ofKind?.bind(pack),
      inBox: pack.inBox?.bind(pack),
      withSeat: pack.withSeat?.bind(pack),
    };
  }

  /**
   * Every entry, in order. The world cache makes its 200,000 entries only when this is first
   * read: code that needs a few asks get, entryAt, byCountry, ofKind, children, inBox, withSeat.
   */
  get entries(): GazetteerEntry[] {
    return this.pack.entries;
  }

  /** entries[i] (without making the others). */
  entryAt(i: number): GazetteerEntry {
    return this.lookups.entryAt ? this.lookups.entryAt(i) : this.entries[i];
  }

  get(id: string): GazetteerEntry | undefined {
    if (this.lookups.find) return this.lookups.find(id);
    // Built on first use: hashing 200k ids costs as much as loading them, and a caller that
    // only scans entries never needs it.
    if (!this.byId) {
      this.byId = new Map();
      for (const e of this.entries) this.byId.set(e.id, e);
    }
    return this.byId.get(id);
  }

  get size(): number {
    return this.lookups.count ?? this.entries.length;
  }

  /** The pack form, e.g. to hand a derived gazetteer to the worker. */
  toPack(): GazetteerPack {
    return { version: this.version, sources: this.sources, entries: this.entries };
  }

  /** Entries of one country (ISO alpha-2), in gazetteer order. */
  byCountry(iso2: string): GazetteerEntry[] {
    if (this.lookups.byCountry) return this.lookups.byCountry(iso2);
    if (!this.countryIndex) {
      this.countryIndex = new Map();
      for (const e of this.entries) push(this.countryIndex, e.country, e);
    }
    return this.countryIndex.get(iso2) ?? [];
  }

  /** Entries whose `parent` is this id: a city's neighbourhoods and landmarks. */
  children(parentId: string): GazetteerEntry[] {
    if (this.lookups.children) return this.lookups.children(parentId);
    if (!this.childIndex) {
      this.childIndex = new Map();
      for (const e of this.entries) if (e.parent) push(this.childIndex, e.parent, e);
    }
    return this.childIndex.get(parentId) ?? [];
  }

  /**
   * Entries within a box (bounds included), of one kind if given, in gazetteer order: what
   * `entries.filter` over lon/lat (and kind) gives, without making the others.
   */
  inBox(minLon: number, minLat: number, maxLon: number, maxLat: number, kind?: PlaceKind): GazetteerEntry[] {
    if (this.lookups.inBox) return this.lookups.inBox(minLon, minLat, maxLon, maxLat, kind);
    return this.entries.filter(
      (e) =>
        e.lon >= minLon &&
        e.lon <= maxLon &&
        e.lat >= minLat &&
        e.lat <= maxLat &&
        (kind === undefined || e.kind === kind),
    );
  }

  /** Entries that are the area of a seat town (`seat` set), in gazetteer order. */
  withSeat(): GazetteerEntry[] {
    return this.lookups.withSeat ? this.lookups.withSeat() : this.entries.filter((e) => e.seat);
  }

  /** The admin-1 entry (governorate, province) with this `CC.NN` code, if the gazetteer has one. */
  admin1ByCode(code: string): GazetteerEntry | undefined {
    if (!this.admin1Index) {
      this.admin1Index = new Map();
      for (const e of this.ofKind('admin1')) if (e.admin1) this.admin1Index.set(e.admin1, e);
    }
    return this.admin1Index.get(code);
  }

  /** Entries of one kind, in gazetteer order. */
  ofKind(kind: PlaceKind): GazetteerEntry[] {
    if (this.lookups.ofKind) return this.lookups.ofKind(kind);
    if (!this.kindIndex) {
      this.kindIndex = new Map();
      for (const e of this.entries) push(this.kindIndex, e.kind, e);
    }
    return this.kindIndex.get(kind) ?? [];
  }

  /**
   * The governorate a place lies in: by its admin-1 code when an entry carries it, else
   * the admin-1 polygon that contains its point. Undefined when neither is known.
   */
  admin1For(id: string): GazetteerEntry | undefined {
    const e = this.get(id);
    if (!e) return undefined;
    if (e.kind === 'admin1') return e;
    const byCode = e.admin1 ? this.admin1ByCode(e.admin1) : undefined;
    if (byCode) return byCode;
    return this.admin1At(e.lon, e.lat, e.country);
  }

  /**
   * The nearest entry to a point, optionally only of some kinds, of one country, or within
   * `maxKm`. A linear scan: fine for occasional calls, not for a loop over every place.
   * @example gaz.nearest(37.1, 36.2, { kinds: ['settlement'] })?.name
   */
  nearest(
    lon: number,
    lat: number,
    options: { kinds?: PlaceKind[]; country?: string; maxKm?: number } = {},
  ): GazetteerEntry | undefined {
    const pool = options.country ? this.byCountry(options.country) : this.entries;
    let best: GazetteerEntry | undefined;
    let bestKm = options.maxKm ?? Infinity;
    for (const e of pool) {
      if (options.kinds && !options.kinds.includes(e.kind)) continue;
      const d = distanceKm(lon, lat, e.lon, e.lat);
      if (d <= bestKm) [best, bestKm] = [e, d];
    }
    return best;
  }

  /** The admin-1 polygon containing a point, optionally only among one country's. */
  admin1At(lon: number, lat: number, country?: string): GazetteerEntry | undefined {
    for (const a of this.ofKind('admin1')) {
      if ((country && a.country !== country) || !a.geometry) continue;
      if (pointInGeometry([lon, lat], a.geometry)) return a;
    }
    return undefined;
  }
}

/** Great-circle distance in km (haversine). */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const k = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * k) / 2) ** 2 +
    Math.cos(lat1 * k) * Math.cos(lat2 * k) * Math.sin(((lon2 - lon1) * k) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
