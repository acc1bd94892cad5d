// JSON written piece by piece, byte for byte what `JSON.stringify(value, null, 1) + '\n'` (toJson)
// would give: a FeatureCollection's features, an array's items and a manifest's articles are
// written one at a time, so a layer of 100 MB never becomes one string. The same pieces can go,
// compact (what `JSON.stringify(value)` gives), to a second sink: the manifest's digest of the
// file's content (src/pipeline/outputSet.ts) is taken as the file is written.
/** Where pieces go: a file, a hash, a test's array. */
export type Sink = (chunk: string) => void;

const noop: Sink = () => {};

/** Arrays longer than this are written item by item. */
const STREAM_ARRAY = 64;

/** One value at a nesting depth: its JSON.stringify(…, null, 1) with every line indented `depth`. */
function piece(value: unknown, depth: number): string {
  const s = JSON.stringify(value, null, 1);
  return depth === 0 ? s : s.replace(/\n/g, '\n' + ' '.repeat(depth));
}

/**
 * Writes `value` as toJson would, in pieces: long arrays and the objects holding them are
 * walked, anything else is stringified whole. `compact` receives `JSON.stringify(value)` in pieces.
 *
 * @example
 * const parts: string[] = []; writeJson(collection, (c) => parts.push(c)); // parts.join('') === toJson(collection)
 */
export function writeJson(value: unknown, sink: Sink, compact: Sink = noop): void {
  walk(value, 0, sink, compact);
  sink('\n');
}

function big(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > STREAM_ARRAY;
  if (value && typeof value === 'object' && !('toJSON' in value))
    return Object.values(value).some((v) => Array.isArray(v) && v.length > STREAM_ARRAY);
  return false;
}

// Geometries written a second time (a control zone's is the same object on the days it does not
// change) and their text, indented at a depth and compact: the text is made once. (Geometry
// objects are not changed once built; other values are stringified each time.)
const seen = new WeakSet<object>();
const written = new WeakMap<object, { depth: number; text: string; compact: string | null }>();

function walk(value: unknown, depth: number, sink: Sink, compact: Sink): void {
  if (value !== null && typeof value === 'object' && 'coordinates' in value) {
    // Remembered from the second time on only, so geometries written once keep no copy of their text.
    if (seen.has(value)) {
      let w = written.get(value);
      if (!w || w.depth !== depth)
        written.set(value, (w = { depth, text: piece(value, depth), compact: null }));
      sink(w.text);
      if (compact !== noop) compact((w.compact ??= JSON.stringify(value)));
      return;
    }
    seen.add(value);
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

/**
 * An array written one item at a time as items arrive (readings.json while reports are read);
 * `end` closes it. The text is what toJson(items) would give.
 */
export class ArrayStream {
  private count = 0;

  constructor(
    private sink: Sink,
    private compact: Sink = noop,
  ) {}

  push(item: unknown): void {
    this.sink(this.count === 0 ? '[\n ' : ',\n ');
    this.compact(this.count === 0 ? '[' : ',');
    this.count++;
    walk(item, 1, this.sink, this.compact);
  }

  end(): void {
    this.sink(this.count === 0 ? '[]\n' : '\n]\n');
    this.compact(this.count === 0 ? '[]' : ']');
  }
}
