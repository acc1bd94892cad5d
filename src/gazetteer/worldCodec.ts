// A compact binary form of the whole-world gazetteer, so the CLI (and each of its worker
// threads) can cold-load 200k places at once: numbers sit in Int32 columns read in place (no
// parsing), names and aliases in one UTF-8 block decoded string by string when an entry's names
// are first read (a report names a few hundred of 200,000 places); only entries that are not
// plain GeoNames points (countries with polygons, our facts) go through JSON.
// Pure: bytes in, bytes out.
import type { Position } from 'geojson';
import type { GazetteerEntry, GazetteerPack, PlaceKind } from '../types/model.ts';
import { kindForFeatureCode } from './parseGeoNames.ts';

const MAGIC = 0x374d5753; // 'SWM7' little-endian
/** Int32 columns, in file order; `order` lists the entries by GeoNames id (for `find`). */
const COLUMNS = ['gid', 'lat', 'lon', 'pop', 'cc', 'a1', 'fc', 'ar', 'nalias', 'parent', 'order'] as const;
/** Printable ASCII (anything else, control characters included, goes to the other block). */
const ASCII = /^[ -~]*$/;
/** A GeoNames id as our ids spell it: no leading zero, within an Int32. */
const GEONAMES_ID = /^geonames:[1-9]\d{0,9}$/;
const MAX_ID = 2 ** 31 - 1;
const MAX_LENGTH = 0xffff;

interface Header {
  version: string;
  sources: GazetteerPack['sources'];
  count: number;
  dict: string[];
  /** Extras with their geometry's coordinates moved to the `coords` block (shape kept). */
  extras: GazetteerEntry[];
  /** Number of Int32 values in the coordinates block (lon, lat ×1e5 pairs). */
  coordCount: number;
  /** Strings in the text block, and its length in bytes. */
  stringCount: number;
  textBytes: number;
}

type Geom = NonNullable<GazetteerEntry['geometry']>;
type Shape = number | number[] | number[][];
const SCALE = 1e5;

/** Moves a geometry's coordinates into `out`; returns its shape (point counts). */
function flatten(g: Geom, out: number[]): { type: Geom['type']; shape: Shape } {
  const line = (ps: Position[]): number => {
    for (const p of ps) out.push(Math.round(p[0] * SCALE), Math.round(p[1] * SCALE));
    return ps.length;
  };
  if (g.type === 'LineString') return { type: g.type, shape: line(g.coordinates) };
  if (g.type === 'Polygon') return { type: g.type, shape: g.coordinates.map(line) };
  return { type: g.type, shape: g.coordinates.map((p) => p.map(line)) };
}

/** Rebuilds a geometry from its shape and the coordinates block, starting at `at.i`. */
function unflatten(type: Geom['type'], shape: Shape, c: Int32Array, at: { i: number }): Geom {
  const line = (k: number): Position[] => {
    const ps: Position[] = new Array(k);
    for (let j = 0; j < k; j++, at.i += 2) ps[j] = [c[at.i] / SCALE, c[at.i + 1] / SCALE];
    return ps;
  };
  if (type === 'LineString') return { type, coordinates: line(shape as number) };
  if (type === 'Polygon') return { type, coordinates: (shape as number[]).map(line) };
  return { type: 'MultiPolygon', coordinates: (shape as number[][]).map((p) => p.map(line)) };
}

/** How many points a shape holds. */
function shapePoints(shape: Shape): number {
  return typeof shape === 'number' ? shape : shape.reduce<number>((k, s) => k + shapePoints(s), 0);
}

function isPlainGeoNames(e: GazetteerEntry): boolean {
  return (
    GEONAMES_ID.test(e.id) &&
    Number(e.id.slice(9)) <= MAX_ID &&
    !e.geometry &&
    !e.seat &&
    e.adminLevel === undefined &&
    (!e.parent || (GEONAMES_ID.test(e.parent) && Number(e.parent.slice(9)) <= MAX_ID)) &&
    e.names.en === e.name &&
    e.kind === kindForFeatureCode(e.featureCode) &&
    (!e.names.ar || e.aliases.includes(e.names.ar)) &&
    e.name.length <= MAX_LENGTH &&
    e.aliases.every((a) => a.length <= MAX_LENGTH)
  );
}

/** Encodes a gazetteer; GeoNames points go to columns, everything else to a JSON header. */
export function encodeWorld(pack: GazetteerPack): Uint8Array {
  const dict: string[] = [];
  const dictIndex = new Map<string, number>();
  const code = (s: string): number => {
    let i = dictIndex.get(s);
    if (i === undefined) dictIndex.set(s, (i = dict.push(s) - 1));
    return i;
  };
  const plain = pack.entries.filter(isPlainGeoNames);
  const coords: number[] = [];
  const extras = pack.entries
    .filter((e) => !isPlainGeoNames(e))
    .map((e) => (e.geometry ? { ...e, geometry: flatten(e.geometry, coords) as unknown as Geom } : e));
  const n = plain.length;
  const cols = Object.fromEntries(COLUMNS.map((c) => [c, new Int32Array(n)])) as Record<
    (typeof COLUMNS)[number],
    Int32Array
  >;
  const text: string[] = [];
  plain.forEach((e, i) => {
    cols.gid[i] = Number(e.id.slice(9));
    cols.lat[i] = Math.round(e.lat * 1e5);
    cols.lon[i] = Math.round(e.lon * 1e5);
    cols.pop[i] = Math.min(e.population, 2 ** 31 - 1);
    cols.cc[i] = code(e.country);
    cols.a1[i] = code(e.admin1);
    cols.fc[i] = code(e.featureCode);
    cols.ar[i] = e.names.ar ? e.aliases.indexOf(e.names.ar) : -1;
    cols.nalias[i] = e.aliases.length;
    cols.parent[i] = e.parent ? Number(e.parent.slice(9)) : 0;
    text.push(e.name, ...e.aliases);
  });
  // The entries by id, ties (one id twice) in entry order: find() takes the last, as a Map would.
  cols.order.set(Array.from(cols.order.keys()).sort((a, b) => cols.gid[a] - cols.gid[b] || a - b));
  // Each string is found by where its UTF-8 bytes start in the text block and their length, and
  // cut out only when read (bit 31 set: not ASCII, decoded as UTF-8; else one byte a character).
  const enc = new TextEncoder();
  const ref = new Int32Array(text.length);
  const len = new Uint16Array(text.length);
  const parts: Uint8Array[] = [];
  let textBytes = 0;
  text.forEach((t, j) => {
    const b = enc.encode(t);
    if (b.length > MAX_LENGTH) throw new Error(`name too long for the world cache: ${t.slice(0, 40)}…`);
    ref[j] = textBytes | (ASCII.test(t) ? 0 : 0x80000000);
    len[j] = b.length;
    parts.push(b);
    textBytes += b.length;
  });
  const header: Header = {
    version: pack.version,
    sources: pack.sources,
    count: n,
    dict,
    extras,
    coordCount: coords.length,
    stringCount: text.length,
    textBytes,
  };
  const headerBytes = enc.encode(JSON.stringify(header));
  const pad4 = (k: number) => Math.ceil(k / 4) * 4;
  const total =
    8 +
    pad4(headerBytes.length) +
    (COLUMNS.length * n + coords.length + text.length) * 4 +
    pad4(text.length * 2) +
    textBytes;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let off = 8 + pad4(headerBytes.length);
  const put = (a: Int32Array | Uint16Array) => {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), off);
    off += pad4(a.byteLength);
  };
  for (const c of COLUMNS) put(cols[c]);
  put(Int32Array.from(coords));
  put(ref);
  put(len);
  for (const b of parts) {
    out.set(b, off);
    off += b.length;
  }
  return out;
}

/** The decoded columns an entry reads from, and what its lazy fields have become. */
interface Columns {
  gid: Int32Array;
  lat: Int32Array;
  lon: Int32Array;
  pop: Int32Array;
  cc: Int32Array;
  a1: Int32Array;
  fc: Int32Array;
  ar: Int32Array;
  nalias: Int32Array;
  parent: Int32Array;
  /** Index of each entry's first string (its name; its aliases follow). */
  first: Int32Array;
  ref: Int32Array;
  len: Uint16Array;
  /** The names and aliases, UTF-8, back to back. */
  text: Uint8Array;
  dict: string[];
  kinds: PlaceKind[];
  /** Fields already read (strings are cut once) or written, by entry. */
  done: (Partial<GazetteerEntry> | undefined)[];
  /**
   * 1 where a number, code or parent of the entry was written (kept in `done`): the getters of
   * the others read the columns straight away, without a property load on `done`'s objects
   * (whose shapes vary with the order their strings were first cut).
   */
  written: Uint8Array;
}

const utf8 = new TextDecoder();

/** String j of the text block. */
function str(c: Columns, j: number): string {
  const r = c.ref[j];
  const at = r & 0x7fffffff;
  const bytes = c.text.subarray(at, at + c.len[j]);
  // ASCII (most names): one character a byte, no decoder needed (and a one-byte string).
  return r < 0 ? utf8.decode(bytes) : String.fromCharCode.apply(null, bytes as unknown as number[]);
}

/**
 * A GeoNames point of the world cache: an index into the columns, nothing else, so 200,000 of
 * them cost almost nothing to make or to keep (most are never named by a report). Every field
 * is read from the columns on demand (strings cut once and kept) and may be written as usual;
 * `toJSON` gives the plain object. A real GazetteerEntry in every use but one: spreading it
 * (`{...e}`) copies nothing, since its fields are accessors.
 */
class WorldEntry implements GazetteerEntry {
  #c: Columns;
  #i: number;

  constructor(c: Columns, i: number) {
    this.#c = c;
    this.#i = i;
  }

  /** The fields read or written so far. */
  #done(): Partial<GazetteerEntry> {
    return (this.#c.done[this.#i] ??= {});
  }

  get id(): string {
    return (this.#done().id ??= 'geonames:' + this.#c.gid[this.#i]);
  }
  set id(v: string) {
    this.#done().id = v;
  }
  get name(): string {
    return (this.#done().name ??= str(this.#c, this.#c.first[this.#i]));
  }
  set name(v: string) {
    this.#done().name = v;
  }
  get aliases(): string[] {
    const d = this.#done();
    if (!d.aliases) {
      const c = this.#c;
      const at = c.first[this.#i] + 1;
      const a: string[] = new Array(c.nalias[this.#i]);
      for (let k = 0; k < a.length; k++) a[k] = str(c, at + k);
      d.aliases = a;
    }
    return d.aliases;
  }
  set aliases(v: string[]) {
    this.#done().aliases = v;
  }
  get names(): GazetteerEntry['names'] {
    const d = this.#done();
    if (!d.names) {
      const ar = this.#c.ar[this.#i];
      d.names = ar >= 0 ? { en: this.name, ar: this.aliases[ar] } : { en: this.name };
    }
    return d.names;
  }
  set names(v: GazetteerEntry['names']) {
    this.#done().names = v;
  }
  // Numbers and codes: straight from the columns unless written.
  get kind(): PlaceKind {
    const c = this.#c;
    const i = this.#i;
    return c.written[i] === 0 ? c.kinds[c.fc[i]] : (c.done[i]?.kind ?? c.kinds[c.fc[i]]);
  }
  set kind(v: PlaceKind) {
    this.#done().kind = v;
    this.#c.written[this.#i] = 1;
  }
  get lon(): number {
    const c = this.#c;
    const i = this.#i;
    return c.written[i] === 0 ? c.lon[i] / 1e5 : (c.done[i]?.lon ?? c.lon[i] / 1e5);
  }
  set lon(v: number) {
    this.#done().lon = v;
    this.#c.written[this.#i] = 1;
  }
  get lat(): number {
    const c = this.#c;
    const i = this.#i;
    return c.written[i] === 0 ? c.lat[i] / 1e5 : (c.done[i]?.lat ?? c.lat[i] / 1e5);
  }
  set lat(v: number) {
    this.#done().lat = v;
    this.#c.written[this.#i] = 1;
  }
  get population(): number {
    const c = this.#c;
    const i = this.#i;
    return c.written[i] === 0 ? c.pop[i] : (c.done[i]?.population ?? c.pop[i]);
  }
  set population(v: number) {
    this.#done().population = v;
    this.#c.written[this.#i] = 1;
  }
  get country(): string {
    const c = this.#c;
    const i = this.#i;
    return c.written[i] === 0 ? c.dict[c.cc[i]] : (c.done[i]?.country ?? c.dict[c.cc[i]]);
  }
  set country(v: string) {
    this.#done().country = v;
    this.#c.written[this.#i] = 1;
  }
  get admin1(): string {
    const c = this.#c;
    const i = this.#i;
    return c.written[i] === 0 ? c.dict[c.a1[i]] : (c.done[i]?.admin1 ?? c.dict[c.a1[i]]);
  }
  set admin1(v: string) {
    this.#done().admin1 = v;
    this.#c.written[this.#i] = 1;
  }
  get featureCode(): string {
    const c = this.#c;
    const i = this.#i;
    return c.written[i] === 0 ? c.dict[c.fc[i]] : (c.done[i]?.featureCode ?? c.dict[c.fc[i]]);
  }
  set featureCode(v: string) {
    this.#done().featureCode = v;
    this.#c.written[this.#i] = 1;
  }
  get parent(): string | undefined {
    const d = this.#c.written[this.#i] === 0 ? undefined : this.#c.done[this.#i];
    if (d && 'parent' in d) return d.parent;
    const p = this.#c.parent[this.#i];
    return p ? 'geonames:' + p : undefined;
  }
  set parent(v: string | undefined) {
    this.#done().parent = v;
    this.#c.written[this.#i] = 1;
  }

  /** The plain entry (what JSON.stringify writes, what a test compares). */
  toJSON(): GazetteerEntry {
    const e: GazetteerEntry = {
      id: this.id,
      name: this.name,
      kind: this.kind,
      names: this.names,
      aliases: this.aliases,
      lon: this.lon,
      lat: this.lat,
      population: this.population,
      country: this.country,
      admin1: this.admin1,
      featureCode: this.featureCode,
    };
    const parent = this.parent;
    if (parent) e.parent = parent;
    return e;
  }
}

/**
 * A decoded world: the pack, and lookups answered from the columns (no map of all 200,000 ids,
 * no pass over every entry), each giving what a scan of the entries would, in their order.
 */
export interface WorldPack extends GazetteerPack {
  /** How many entries: `entries.length`, without making them. */
  count: number;
  /** Entry i of `entries`, made alone (the same object `entries` holds). */
  entryAt(i: number): GazetteerEntry;
  find(id: string): GazetteerEntry | undefined;
  byCountry(iso2: string): GazetteerEntry[];
  children(parentId: string): GazetteerEntry[];
  ofKind(kind: PlaceKind): GazetteerEntry[];
  inBox(minLon: number, minLat: number, maxLon: number, maxLat: number, kind?: PlaceKind): GazetteerEntry[];
  withSeat(): GazetteerEntry[];
}

/** Decodes what `encodeWorld` wrote; throws a clear error on anything else. */
export function decodeWorld(bytes: Uint8Array): WorldPack {
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a world gazetteer file (run npm run build:gazetteer)');
  const headerLen = view.getUint32(4, true);
  const dec = new TextDecoder();
  const header = JSON.parse(dec.decode(bytes.subarray(8, 8 + headerLen))) as Header;
  const n = header.count;
  const pad4 = (k: number) => Math.ceil(k / 4) * 4;
  let off = bytes.byteOffset + 8 + pad4(headerLen);
  const need = (k: number) => {
    if (off - bytes.byteOffset + k > bytes.byteLength) throw new Error('world gazetteer file is truncated');
  };
  const int32 = (k: number): Int32Array => {
    need(k * 4);
    const a = new Int32Array(bytes.buffer, off, k);
    off += k * 4;
    return a;
  };
  const col = {} as Record<(typeof COLUMNS)[number], Int32Array>;
  for (const c of COLUMNS) col[c] = int32(n);
  const coords = int32(header.coordCount);
  const ref = int32(header.stringCount);
  need(header.stringCount * 2);
  const len = new Uint16Array(bytes.buffer, off, header.stringCount);
  off += pad4(header.stringCount * 2);
  need(header.textBytes);
  const rel = off - bytes.byteOffset;
  const text = bytes.subarray(rel, rel + header.textBytes);
  const { gid, nalias, order } = col;
  const first = new Int32Array(n);
  for (let i = 0, j = 0; i < n; j += 1 + nalias[i], i++) first[i] = j;
  const dict = header.dict;
  const columns: Columns = {
    ...col,
    first,
    ref,
    len,
    text,
    dict,
    kinds: dict.map(kindForFeatureCode),
    done: new Array(n),
    written: new Uint8Array(n),
  };
  // A point's WorldEntry is made when first asked for (find, byCountry, entryAt …): most are
  // never asked for in a run, and 200,000 objects cost ~0.1–0.2 s with their garbage collection.
  const made: (GazetteerEntry | undefined)[] = new Array(n);
  const extraList = header.extras;
  const entryAt = (i: number): GazetteerEntry => {
    if (i >= n) return extraList[i - n];
    let e = made[i];
    if (e === undefined) made[i] = e = new WorldEntry(columns, i);
    return e;
  };
  const at = { i: 0 };
  const extras = new Map<string, GazetteerEntry>();
  for (const e of extraList) {
    if (e.geometry) {
      // Rebuilt when first read (an own, enumerable accessor: spreading or JSON.stringify read it).
      const g = e.geometry as unknown as { type: Geom['type']; shape: Shape };
      const start = at.i;
      at.i += shapePoints(g.shape) * 2;
      let geometry: GazetteerEntry['geometry'] | undefined;
      Object.defineProperty(e, 'geometry', {
        enumerable: true,
        configurable: true,
        get: () => (geometry ??= unflatten(g.type, g.shape, coords, { i: start })),
        set: (v: GazetteerEntry['geometry']) => void (geometry = v),
      });
    }
    extras.set(e.id, e);
  }
  /** The last plain entry with this GeoNames id (binary search over `order`), or -1. */
  const plainIndex = (id: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (gid[order[mid]] <= id) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && gid[order[lo - 1]] === id ? order[lo - 1] : -1;
  };
  const find = (id: string): GazetteerEntry | undefined => {
    const extra = extras.get(id);
    if (extra || !GEONAMES_ID.test(id)) return extra;
    const i = plainIndex(Number(id.slice(9)));
    return i < 0 ? undefined : entryAt(i);
  };
  // Plain points are settlements, or neighbourhoods (PPLX): every other kind is an extra.
  const plainKinds = new Set(columns.kinds);
  const memo = <T>(f: (key: string) => T) => {
    const m = new Map<string, T>();
    return (key: string): T => {
      let v = m.get(key);
      if (v === undefined) m.set(key, (v = f(key)));
      return v;
    };
  };
  /** Plain entries whose column passes, in order (the extras follow them in `entries`). */
  const select = (column: Int32Array, wanted: (v: number) => boolean) => {
    const out: GazetteerEntry[] = [];
    for (let i = 0; i < n; i++) if (wanted(column[i])) out.push(entryAt(i));
    return out;
  };
  const byCountry = memo((iso2) => {
    const codes = new Set<number>();
    dict.forEach((d, k) => d === iso2 && codes.add(k));
    return select(col.cc, (v) => codes.has(v)).concat(extraList.filter((e) => e.country === iso2));
  });
  const children = memo((id) => {
    const p = GEONAMES_ID.test(id) && Number(id.slice(9)) <= MAX_ID ? Number(id.slice(9)) : -1;
    return select(col.parent, (v) => v === p).concat(extraList.filter((e) => e.parent === id));
  });
  const ofKind = memo((kind) => {
    const codes = new Set<number>();
    columns.kinds.forEach((k, c) => k === kind && codes.add(c));
    const plain = plainKinds.has(kind as PlaceKind) ? select(col.fc, (v) => codes.has(v)) : [];
    return plain.concat(extraList.filter((e) => e.kind === kind));
  });
  /** Entries within a box (bounds included), of one kind if given, in order; the others are not made. */
  const inBox = (minLon: number, minLat: number, maxLon: number, maxLat: number, kind?: PlaceKind) => {
    const out: GazetteerEntry[] = [];
    const { lon, lat } = col;
    const { done, written } = columns;
    for (let i = 0; i < n; i++) {
      // As the entry's own getters read them: a written value, else the column.
      const d = written[i] === 0 ? undefined : done[i];
      const x = d?.lon ?? lon[i] / 1e5;
      const y = d?.lat ?? lat[i] / 1e5;
      if (x >= minLon && x <= maxLon && y >= minLat && y <= maxLat) {
        const e = entryAt(i);
        if (kind === undefined || e.kind === kind) out.push(e);
      }
    }
    for (const e of extraList)
      if (
        e.lon >= minLon &&
        e.lon <= maxLon &&
        e.lat >= minLat &&
        e.lat <= maxLat &&
        (kind === undefined || e.kind === kind)
      )
        out.push(e);
    return out;
  };
  let all: GazetteerEntry[] | undefined;
  return {
    version: header.version,
    sources: header.sources,
    /** Every entry, made on first use (GeoNames points, then the others). */
    get entries(): GazetteerEntry[] {
      if (!all) {
        all = new Array(n + extraList.length);
        for (let i = 0; i < all.length; i++) all[i] = entryAt(i);
      }
      return all;
    },
    count: n + extraList.length,
    entryAt,
    find,
    byCountry,
    children,
    ofKind: (kind: PlaceKind) => ofKind(kind),
    inBox,
    // Only the other entries can name a seat (a plain point never has one).
    withSeat: () => extraList.filter((e) => e.seat),
  };
}
