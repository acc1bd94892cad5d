// JSON written piece by piece, as `JSON.stringify(value, null, 1) + '\n'` (toJson) would give it
// except that a GeoJSON geometry is written on one line (compact: a coordinate pair over four
// lines made layers twice their size, and a geometry is read by programs, not people): a
// FeatureCollection's features, an array's items and a manifest's articles are written one at a
// time, so a layer of 100 MB never becomes one string. The same pieces can go, compact (what
// `JSON.stringify(value)` gives), to a second sink: the manifest's digest of the file's content
// (src/pipeline/outputSet.ts) is taken as the file is written.
/** Where pieces go: a file, a hash, a test's array. */
export type Sink = (chunk: string) => void;

const noop: Sink = () => {};

const utf8 = new TextDecoder();

/**
 * Arrays longer than this are written item by item; shorter ones without a geometry in one
 * stringify (a place's mentions: one call instead of two per mention, a third of places.geojson's
 * writing at 10,000 reports). A piece stays under a few MB (~200 bytes an item).
 */
export const STREAM_ARRAY = 4096;

/**
 * One value at a nesting depth: its JSON.stringify(…, null, 1) with every line indented `depth`.
 * Wrapped in `depth` arrays, JSON.stringify indents the value's lines that much itself; cutting
 * the arrays' brackets off (`[\n ` + `[\n  ` … before, `\n ]` + `\n]` … after) costs a third less
 * than indenting every line again with a regular expression.
 */
export function piece(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 1);
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 1);
  return s.slice(2 * depth + (depth * (depth + 1)) / 2, s.length - 2 * depth - (depth * (depth - 1)) / 2);
}

/**
 * Writes `value` as toJson would, geometries on one line, in pieces: long arrays and the objects
 * holding them or a geometry are walked, anything else is stringified whole. `compact` receives
 * `JSON.stringify(value)` in pieces.
 *
 * @example
 * const parts: string[] = []; writeJson(collection, (c) => parts.push(c)); // JSON.parse(parts.join('')) deep-equals collection
 */
export function writeJson(value: unknown, sink: Sink, compact: Sink = noop): void {
  walk(value, 0, sink, compact);
  sink('\n');
}

/** A GeoJSON geometry: written compact, on one line. */
function isGeometry(value: object): boolean {
  const v = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  return typeof v.type === 'string' && (Array.isArray(v.coordinates) || Array.isArray(v.geometries));
}

// big and holdsGeometry look at every value of every object about to be written (each mention of
// a place, each source of an incident): they walk its own keys with for…in instead of making an
// array of its values (Object.values), a third of the writer's garbage.
const own = Object.prototype.hasOwnProperty;

/** A geometry, or an object holding one as a value (a Feature). */
function holdsGeometry(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  if (isGeometry(v)) return true;
  for (const k in v) {
    if (!own.call(v, k)) continue;
    const x = (v as Record<string, unknown>)[k];
    if (x !== null && typeof x === 'object' && isGeometry(x)) return true;
  }
  return false;
}

/**
 * Whether a value is walked (its parts written one by one): long arrays, arrays holding a
 * geometry or a feature, and objects holding a geometry or such an array (a FeatureCollection).
 */
function big(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || 'toJSON' in value) return false;
  if (Array.isArray(value)) {
    if (value.length > STREAM_ARRAY) return true;
    for (let i = 0; i < value.length; i++) if (holdsGeometry(value[i])) return true;
    return false;
  }
  for (const k in value) {
    if (!own.call(value, k)) continue;
    const v = (value as Record<string, unknown>)[k];
    if (Array.isArray(v) ? big(v) : v !== null && typeof v === 'object' && isGeometry(v)) return true;
  }
  return false;
}

// Geometries written a second time (a control zone's is the same object on the days it does not
// change) and their text: made once. (Geometry objects are not changed once built.)
const seen = new WeakSet<object>();
const written = new WeakMap<object, string>();

function walk(value: unknown, depth: number, sink: Sink, compact: Sink): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && isGeometry(value)) {
    // Remembered from the second time on only, so geometries written once keep no copy of their text.
    let text = written.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      if (seen.has(value)) written.set(value, text);
      else seen.add(value);
    }
    sink(text);
    compact(text);
    return;
  }
  if (!big(value)) {
    sink(piece(value, depth));
    if (compact !== noop) compact(JSON.stringify(value));
    return;
  }
  const pad = ' '.repeat(depth + 1);
  if (Array.isArray(value)) {
    sink('[');
    compact('[');
    value.forEach((item, i) => {
      sink(i === 0 ? `\n${pad}` : `,\n${pad}`);
      if (i > 0) compact(',');
      // JSON.stringify writes null for what it cannot write in an array.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') {
        sink('null');
        compact('null');
      } else walk(item, depth + 1, sink, compact);
    });
    sink(`\n${' '.repeat(depth)}]`);
    compact(']');
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  sink('{');
  compact('{');
  entries.forEach(([k, v], i) => {
    const key = JSON.stringify(k);
    sink(`${i === 0 ? '' : ','}\n${pad}${key}: `);
    compact(`${i === 0 ? '' : ','}${key}:`);
    walk(v, depth + 1, sink, compact);
  });
  sink(`\n${' '.repeat(depth)}}`);
  compact('}');
}

/** An array item's text as ArrayStream writes it (`pretty`) and its compact JSON (`compact`). */
export interface ItemText {
  pretty: string;
  compact: string;
}

/**
 * The texts ArrayStream.push writes for an item, made once so they can be kept (the reading
 * cache keeps a reading's, and a re-run writes them back with `pushText` without making them again).
 *
 * @example
 * const t = itemText({ a: [1] }); // { pretty: '{\n  "a": [\n   1\n  ]\n }', compact: '{"a":[1]}' }
 */
export function itemText(item: unknown): ItemText {
  const pretty: string[] = [];
  const compact: string[] = [];
  walk(
    item,
    1,
    (c) => pretty.push(c),
    (c) => compact.push(c),
  );
  return { pretty: pretty.join(''), compact: compact.join('') };
}

/**
 * An item's texts as ItemText, encoded in UTF-8: what the reading cache stores. Written as bytes,
 * they are neither decoded nor encoded again (~250 MB of readings.json at 10,000 reports).
 */
export interface StoredText {
  pretty: Uint8Array;
  compact: Uint8Array;
}

/** Sinks that take bytes as they are (a file, a hash): what ArrayStream writes a StoredText to. */
export interface ByteSinks {
  sink(bytes: Uint8Array): void;
  compact(bytes: Uint8Array): void;
}

/**
 * An array written one item at a time as items arrive (readings.json while reports are read);
 * `end` closes it. The text is what toJson(items) would give. With `bytes`, a StoredText is
 * written to them as it is; without, it is decoded and written as text.
 */
export class ArrayStream {
  private count = 0;

  constructor(
    private sink: Sink,
    private compact: Sink = noop,
    private bytes?: ByteSinks,
  ) {}

  push(item: unknown): void {
    this.sink(this.count === 0 ? '[\n ' : ',\n ');
    this.compact(this.count === 0 ? '[' : ',');
    this.count++;
    walk(item, 1, this.sink, this.compact);
  }

  /**
   * An item whose texts were made by itemText (byte for byte what `push` writes for it), as text
   * or as UTF-8 bytes (StoredText).
   */
  pushText(text: ItemText | StoredText): void {
    this.sink(this.count === 0 ? '[\n ' : ',\n ');
    this.compact(this.count === 0 ? '[' : ',');
    this.count++;
    if (typeof text.pretty === 'string' && typeof text.compact === 'string') {
      this.sink(text.pretty);
      this.compact(text.compact);
      return;
    }
    for (const [part, toText, toBytes] of [
      [text.pretty, this.sink, this.bytes?.sink],
      [text.compact, this.compact, this.bytes?.compact],
    ] as const) {
      if (typeof part === 'string') toText(part);
      else if (toBytes) toBytes(part);
      else if (toText !== noop) toText(utf8.decode(part));
    }
  }

  end(): void {
    this.sink(this.count === 0 ? '[]\n' : '\n]\n');
    this.compact(this.count === 0 ? '[]' : ']');
  }
}
