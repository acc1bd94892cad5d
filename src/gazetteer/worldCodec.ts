// A compact binary form of the whole-world gazetteer, so the CLI can cold-load 200k places
// in well under a second: numbers sit in Int32 columns read in place (no parsing), every
// name and alias sits in one UTF-8 text split once; only entries that are not plain GeoNames
// points (countries with polygons, our facts) go through JSON. Pure: bytes in, bytes out.
import type { Position } from 'geojson';
import type { GazetteerEntry, GazetteerPack } from '../types/model.ts';
import { kindForFeatureCode } from './parseGeoNames.ts';

const MAGIC = 0x364d5753; // 'SWM6' little-endian
/** Int32 columns, in file order. */
const COLUMNS = ['lat', 'lon', 'pop', 'cc', 'a1', 'fc', 'ar', 'nalias', 'parent'] as const;
const SEP = '\n';
/** Printable ASCII (anything else, control characters included, goes to the other block). */
const ASCII = /^[ -~]*$/;

interface Header {
  version: string;
  sources: GazetteerPack['sources'];
  count: number;
  dict: string[];
  /** Extras with their geometry's coordinates moved to the `coords` block (shape kept). */
  extras: GazetteerEntry[];
  /** Number of Int32 values in the coordinates block (lon, lat ×1e5 pairs). */
  coordCount: number;
  /** Strings in the text blocks, and the byte lengths of the ASCII and the other block. */
  stringCount: number;
  asciiBytes: number;
  wideBytes: number;
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

function isPlainGeoNames(e: GazetteerEntry): boolean {
  return (
    /^geonames:\d+$/.test(e.id) &&
    !e.geometry &&
    (!e.parent || /^geonames:\d+$/.test(e.parent)) &&
    e.names.en === e.name &&
    e.kind === kindForFeatureCode(e.featureCode) &&
    (!e.names.ar || e.aliases.includes(e.names.ar)) &&
    !e.name.includes(SEP) &&
    !e.aliases.some((a) => a.includes(SEP))
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
    cols.lat[i] = Math.round(e.lat * 1e5);
    cols.lon[i] = Math.round(e.lon * 1e5);
    cols.pop[i] = Math.min(e.population, 2 ** 31 - 1);
    cols.cc[i] = code(e.country);
    cols.a1[i] = code(e.admin1);
    cols.fc[i] = code(e.featureCode);
    cols.ar[i] = e.names.ar ? e.aliases.indexOf(e.names.ar) : -1;
    cols.nalias[i] = e.aliases.length;
    cols.parent[i] = e.parent ? Number(e.parent.slice(9)) : 0;
    text.push(e.id, e.name, ...e.aliases);
  });
  // ASCII strings and the rest go to separate blocks: decoded alone, the ASCII block gives
  // one-byte strings (half the memory, much less to copy during GC) where one mixed block
  // would make every string two-byte.
  const wideFlags = new Uint8Array(text.length);
  const ascii: string[] = [];
  const wide: string[] = [];
  text.forEach((t, j) => {
    if (ASCII.test(t)) ascii.push(t);
    else {
      wide.push(t);
      wideFlags[j] = 1;
    }
  });
  const enc = new TextEncoder();
  const asciiBytes = enc.encode(ascii.join(SEP));
  const wideBytes = enc.encode(wide.join(SEP));
  const header: Header = {
    version: pack.version,
    sources: pack.sources,
    count: n,
    dict,
    extras,
    coordCount: coords.length,
    stringCount: text.length,
    asciiBytes: asciiBytes.length,
    wideBytes: wideBytes.length,
  };
  const headerBytes = enc.encode(JSON.stringify(header));
  const headerPadded = Math.ceil(headerBytes.length / 4) * 4;
  const total =
    8 +
    headerPadded +
    (COLUMNS.length * n + coords.length) * 4 +
    text.length +
    asciiBytes.length +
    wideBytes.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let off = 8 + headerPadded;
  for (const c of COLUMNS) {
    out.set(new Uint8Array(cols[c].buffer), off);
    off += n * 4;
  }
  out.set(new Uint8Array(Int32Array.from(coords).buffer), off);
  off += coords.length * 4;
  out.set(wideFlags, off);
  off += wideFlags.length;
  out.set(asciiBytes, off);
  out.set(wideBytes, off + asciiBytes.length);
  return out;
}

/** Decodes what `encodeWorld` wrote; throws a clear error on anything else. */
export function decodeWorld(bytes: Uint8Array): GazetteerPack {
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a world gazetteer file');
  const headerLen = view.getUint32(4, true);
  const dec = new TextDecoder();
  const header = JSON.parse(dec.decode(bytes.subarray(8, 8 + headerLen))) as Header;
  const n = header.count;
  let off = bytes.byteOffset + 8 + Math.ceil(headerLen / 4) * 4;
  const col: Record<string, Int32Array> = {};
  for (const c of COLUMNS) {
    col[c] = new Int32Array(bytes.buffer, off, n);
    off += n * 4;
  }
  const coords = new Int32Array(bytes.buffer, off, header.coordCount);
  off += header.coordCount * 4;
  const rel = off - bytes.byteOffset;
  const wideFlags = bytes.subarray(rel, rel + header.stringCount);
  const asciiStart = rel + header.stringCount;
  const wideStart = asciiStart + header.asciiBytes;
  const ascii = dec.decode(bytes.subarray(asciiStart, wideStart)).split(SEP);
  const wide = dec.decode(bytes.subarray(wideStart, wideStart + header.wideBytes)).split(SEP);
  let j = 0;
  let ai = 0;
  let wi = 0;
  const next = (): string => (wideFlags[j++] ? wide[wi++] : ascii[ai++]);
  const { lat, lon, pop, cc, a1, fc, ar, nalias, parent } = col;
  const dict = header.dict;
  const kinds = dict.map(kindForFeatureCode);
  const entries: GazetteerEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    // The whole id travels as text: one string per id, no number → string conversion.
    const id = next();
    const name = next();
    const aliases: string[] = new Array(nalias[i]);
    for (let k = 0; k < aliases.length; k++) aliases[k] = next();
    entries[i] = {
      id,
      name,
      kind: kinds[fc[i]],
      names: ar[i] >= 0 ? { en: name, ar: aliases[ar[i]] } : { en: name },
      aliases,
      lon: lon[i] / 1e5,
      lat: lat[i] / 1e5,
      population: pop[i],
      country: dict[cc[i]],
      admin1: dict[a1[i]],
      featureCode: dict[fc[i]],
    };
    if (parent[i]) entries[i].parent = 'geonames:' + parent[i];
  }
  const at = { i: 0 };
  for (const e of header.extras) {
    if (e.geometry) {
      const g = e.geometry as unknown as { type: Geom['type']; shape: Shape };
      e.geometry = unflatten(g.type, g.shape, coords, at) as GazetteerEntry['geometry'];
    }
    entries.push(e);
  }
  return { version: header.version, sources: header.sources, entries };
}
