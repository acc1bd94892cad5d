// Results of control's costliest pure steps kept between runs, under a key made from everything
// the step reads: the Voronoi cells of a set of sites (buildCells) and the ground an advance may
// take in (assessAdvances' candidates). A re-run whose new reports leave an advance's inputs as
// they were takes its answer from the memo; anything that differs in the inputs gives another
// key, so an answer from the memo is the one the step would compute. The CLI keeps the memo in
// its cache folder (scripts/lib/ingest/controlMemoFile.ts); without one every step is computed.
import type { Position } from 'geojson';
import type { CellSet } from './ground/voronoiCells.ts';

/** Stored answers by key, as numbers (exact: every value is a float64 or an integer). */
export interface ControlMemo {
  get(key: string): Float64Array | undefined;
  set(key: string, value: Float64Array): void;
}

/** A memo held in memory only (tests; a caller that runs control several times). */
export class MemoryMemo implements ControlMemo {
  readonly entries = new Map<string, Float64Array>();
  readonly stats = { hits: 0, misses: 0 };

  get(key: string): Float64Array | undefined {
    const v = this.entries.get(key);
    if (v) this.stats.hits++;
    else this.stats.misses++;
    return v;
  }

  set(key: string, value: Float64Array): void {
    this.entries.set(key, value);
  }
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/**
 * A 64-bit hash (two 32-bit lanes, murmur3's mixing) of numbers and strings fed in order: a key
 * for the memo. Numbers are hashed by their float64 bits, so 0.1 + 0.2 and 0.3 differ.
 *
 * @example new KeyHash('cells').numbers([36.2, 37.1]).text('x').digest(); // 16 hex digits
 */
export class KeyHash {
  private h1: number;
  private h2: number;
  private n = 0;

  constructor(kind: string) {
    this.h1 = 0x9747b28c;
    this.h2 = 0x5bd1e995;
    this.text(kind);
  }

  private word(w: number): void {
    let k = Math.imul(w, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    this.h1 ^= k;
    this.h1 = (this.h1 << 13) | (this.h1 >>> 19);
    this.h1 = (Math.imul(this.h1, 5) + 0xe6546b64) | 0;
    let j = Math.imul(w ^ 0x85ebca6b, 0x85ebca6b);
    j = (j << 17) | (j >>> 15);
    j = Math.imul(j, 0xc2b2ae35);
    this.h2 ^= j;
    this.h2 = (this.h2 << 11) | (this.h2 >>> 21);
    this.h2 = (Math.imul(this.h2, 9) + 0x38495ab5) | 0;
    this.n++;
  }

  /** A 32-bit integer as one word (an index, a count): half the work of `number`. */
  int(v: number): this {
    this.word(v | 0);
    return this;
  }

  number(v: number): this {
    F64[0] = v;
    this.word(U32[0]);
    this.word(U32[1]);
    return this;
  }

  numbers(vs: ArrayLike<number>): this {
    this.number(vs.length);
    for (let i = 0; i < vs.length; i++) this.number(vs[i]);
    return this;
  }

  /** A string, with its length first (so "ab" + "c" differs from "a" + "bc"). */
  text(s: string): this {
    this.word(s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
    return this;
  }

  digest(): string {
    const fmix = (h: number) => {
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      return (h ^ (h >>> 16)) >>> 0;
    };
    const a = fmix(this.h1 ^ this.n);
    const b = fmix(this.h2 ^ Math.imul(this.n, 0x27d4eb2d));
    return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
  }
}

/** Cells as numbers: vertices (count, x, y …), then cells (count; site, km², edge count, a, b, neighbour …). */
export function encodeCells(set: CellSet): Float64Array {
  let n = 2 + set.vertices.length * 2;
  for (const c of set.cells) n += 3 + c.edges.length * 3;
  const out = new Float64Array(n);
  let k = 0;
  out[k++] = set.vertices.length;
  for (const [x, y] of set.vertices) [out[k++], out[k++]] = [x, y];
  out[k++] = set.cells.length;
  for (const c of set.cells) {
    [out[k++], out[k++], out[k++]] = [c.site, c.areaKm2, c.edges.length];
    for (const e of c.edges) [out[k++], out[k++], out[k++]] = [e.a, e.b, e.neighbour];
  }
  return out;
}

/** encodeCells read back; throws on numbers that do not make cells. */
export function decodeCells(v: Float64Array): CellSet {
  let k = 0;
  const take = () => {
    if (k >= v.length) throw new Error('control memo: cells cut short');
    return v[k++];
  };
  const vertices: Position[] = [];
  for (let i = 0, n = take(); i < n; i++) vertices.push([take(), take()]);
  const cells: CellSet['cells'] = [];
  for (let i = 0, n = take(); i < n; i++) {
    const [site, areaKm2, m] = [take(), take(), take()];
    const edges = [];
    for (let j = 0; j < m; j++) edges.push({ a: take(), b: take(), neighbour: take() });
    cells.push({ site, edges, areaKm2 });
  }
  if (k !== v.length) throw new Error('control memo: cells too long');
  return { vertices, cells };
}
