// The places we know, by id, with the lookups other stages need (by country, children, the
// governorate a place is in). Name lookup (folding, fuzzy) lives in src/geoparse.
import type { GazetteerEntry, GazetteerPack, PlaceKind } from '../types/model.ts';
import { pointInGeometry } from './pointInGeometry.ts';

/** The places we know, by id. Name lookup (folding, fuzzy) lives in src/geoparse. */
export class Gazetteer {
  readonly entries: GazetteerEntry[];
  readonly version: string;
  readonly sources: GazetteerPack['sources'];
  private byId?: Map<string, GazetteerEntry>;
  private countryIndex?: Map<string, GazetteerEntry[]>;
  private childIndex?: Map<string, GazetteerEntry[]>;
  private admin1Index?: Map<string, GazetteerEntry>;
  private find?: (id: string) => GazetteerEntry | undefined;

  /**
   * @param pack the places; a pack that brings its own `find` (the world cache, which looks ids
   * up in its columns) is asked by id instead of a map of every id being built
   */
  constructor(pack: GazetteerPack & { find?: (id: string) => GazetteerEntry | undefined }) {
    this.entries = pack.entries;
    this.version = pack.version;
    this.sources = pack.sources;
    this.find = pack.find;
  }

  get(id: string): GazetteerEntry | undefined {
    if (this.find) return this.find(id);
    // Built on first use: hashing 200k ids costs as much as loading them, and a caller that
    // only scans entries never needs it.
    if (!this.byId) {
      this.byId = new Map();
      for (const e of this.entries) this.byId.set(e.id, e);
    }
    return this.byId.get(id);
  }

  get size(): number {
    return this.entries.length;
  }

  /** The pack form, e.g. to hand a derived gazetteer to the worker. */
  toPack(): GazetteerPack {
    return { version: this.version, sources: this.sources, entries: this.entries };
  }

  /** Entries of one country (ISO alpha-2), in gazetteer order. */
  byCountry(iso2: string): GazetteerEntry[] {
    if (!this.countryIndex) {
      this.countryIndex = new Map();
      for (const e of this.entries) push(this.countryIndex, e.country, e);
    }
    return this.countryIndex.get(iso2) ?? [];
  }

  /** Entries whose `parent` is this id: a city's neighbourhoods and landmarks. */
  children(parentId: string): GazetteerEntry[] {
    if (!this.childIndex) {
      this.childIndex = new Map();
      for (const e of this.entries) if (e.parent) push(this.childIndex, e.parent, e);
    }
    return this.childIndex.get(parentId) ?? [];
  }

  /** The admin-1 entry (governorate, province) with this `CC.NN` code, if the gazetteer has one. */
  admin1ByCode(code: string): GazetteerEntry | undefined {
    if (!this.admin1Index) {
      this.admin1Index = new Map();
      for (const e of this.entries) if (e.kind === 'admin1' && e.admin1) this.admin1Index.set(e.admin1, e);
    }
    return this.admin1Index.get(code);
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
    const pool = country ? this.byCountry(country) : this.entries;
    for (const a of pool) {
      if (a.kind !== 'admin1' || !a.geometry) continue;
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
