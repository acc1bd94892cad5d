// The ingest's per-report cache: what readReport made of each report, so a re-run reads only the
// reports it has not seen. Keyed by readingKey (the report's identity, reportHash, plus a check
// of the exact characters, since offsets index the text as written), under a namespace named
// after the gazetteer and code versions: either changing gives a fresh, empty namespace, and
// the stale ones are removed.
//
// On disk: `<dir>/<namespace>/*.seg`, each a finished, immutable segment — entries (a reading
// without geometry as compact JSON, the same reading as readings.json lays it out, or one place's
// geometry) as lines, then an index line and a fixed-width trailer giving the index's offset. A
// re-run writes a cached reading's text into readings.json as it is (no stringify). New entries
// are appended to a temporary file as they come (only their offsets stay in memory) and it is
// renamed into a segment every `flushEvery` readings (and at the end): a crash loses at most that
// much work and never leaves a segment half-written. Entries are read on demand, so the cache's
// size does not weigh on memory. Many small segments (re-runs' few new readings) are compacted
// into one at close, entry by entry as bytes (no entry is held longer than it takes to copy it:
// holding 5,000 readings' JSON there once peaked the ingest's memory).
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { Geometry } from 'geojson';
import type { ArticleInput } from '../../../src/types/model.ts';
import type { ReportReading } from '../../../src/pipeline/readReport.ts';
import type { CombinedReading } from '../../../src/pipeline/combineReports.ts';
import { reportHash } from '../../../src/pipeline/reportHash.ts';
import { renameReading } from '../../../src/pipeline/mergeOutput.ts';
import { reportEntry } from '../../../src/pipeline/readReport.ts';
import { fillReading, slimReading, type GeometryTable } from './slimReading.ts';
import type { ItemText, StoredText } from './jsonStream.ts';

/**
 * The cache key of a report: reportHash (normalised text, dateline, outlet — the one identity
 * of a report) joined with the exact text's length and a checksum of its characters, because a
 * reading's offsets index the text as written: the same words with other white space are the
 * same report but not the same offsets.
 *
 * @example readingKey({ id: 'a', text: 'Rebels entered Aleppo.', dateline: '2024-11-29' })
 */
export function readingKey(article: Pick<ArticleInput, 'text' | 'dateline' | 'outlet'>): string {
  const exact = createHash('sha256').update(article.text).digest('hex').slice(0, 16);
  return `${reportHash(article, nodeSha256)}.${article.text.length}.${exact}`;
}

/** Node's SHA-256 (OpenSSL): reportHash's digest, faster than the portable one on a folder of reports. */
const nodeSha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The namespace of a gazetteer version and a code version. */
export function cacheNamespace(gazetteerVersion: string, codeVersion: string): string {
  return createHash('sha256').update(`${gazetteerVersion}\n${codeVersion}`).digest('hex').slice(0, 20);
}

interface Location {
  segment: number;
  offset: number;
  length: number;
}

interface Segment {
  file: string;
  fd: number;
  /** Readings it holds. */
  readings: number;
}

/** Entries: r a reading (compact JSON), p its text in readings.json, g a place's geometry. */
type Kind = 'r' | 'p' | 'g';
/**
 * Per kind [key, offset, length] of each entry; `m` (segments written since session 12) per
 * reading [key, from, to, count]: its bytes from..to are `,"mentions":[…]` — cut out, the rest
 * is the reading without its mentions, which combining only counts (`count`).
 */
type SegmentIndex = Record<Kind, [string, number, number][]> & { m?: MentionsSpan[] };
type MentionsSpan = [key: string, from: number, to: number, count: number];

const MENTIONS_KEY = Buffer.from(',"mentions":', 'latin1');
const CANDIDATES_KEY = Buffer.from(',"candidates":', 'latin1');

/**
 * Where a reading's mentions lie in its compact JSON `bytes` (JSON.stringify of a reading whose
 * fields come as readReport orders them: article, places, mentions, candidates), checked byte for
 * byte against `mentions` stringified; null when they do not lie there as expected.
 */
export function mentionsSpan(bytes: Buffer, mentions: readonly unknown[]): [from: number, to: number] | null {
  const from = bytes.lastIndexOf(MENTIONS_KEY);
  if (from < 0) return null;
  const json = Buffer.from(JSON.stringify(mentions), 'utf8');
  const start = from + MENTIONS_KEY.length;
  const to = start + json.length;
  if (!bytes.subarray(start, to).equals(json)) return null;
  if (!bytes.subarray(to, to + CANDIDATES_KEY.length).equals(CANDIDATES_KEY)) return null;
  return [from, to];
}

/** A segment being written: entries appended to a temporary file as they come, renamed when done. */
class SegmentWriter {
  readonly file: string;
  private tmp: string;
  private fd: number;
  private offset = 0;
  readonly index: SegmentIndex & { m: MentionsSpan[] } = { r: [], p: [], g: [], m: [] };
  /** The keys and places it holds. */
  readonly keys = new Set<string>();
  readonly places = new Set<string>();

  constructor(dir: string, name: string) {
    this.file = path.join(dir, name);
    this.tmp = path.join(dir, `.tmp-${name}`);
    this.fd = openSync(this.tmp, 'w');
  }

  private write(b: Buffer): number {
    for (let at = 0; at < b.length;) at += writeSync(this.fd, b, at);
    this.offset += b.length;
    return b.length;
  }

  add(kind: Kind, key: string, entry: string | Buffer): void {
    const start = this.offset;
    const length = this.write(typeof entry === 'string' ? Buffer.from(entry, 'utf8') : entry);
    this.write(NEWLINE);
    this.index[kind].push([key, start, length]);
    if (kind === 'r') this.keys.add(key);
    else if (kind === 'g') this.places.add(key);
  }

  /** Writes the index and trailer, syncs, renames the file into place. */
  finish(): void {
    try {
      const at = this.offset;
      this.write(Buffer.from(JSON.stringify(this.index), 'utf8'));
      this.write(Buffer.from(`\n#index ${String(at).padStart(15, '0')}\n`, 'latin1'));
      fsyncSync(this.fd);
    } finally {
      closeSync(this.fd);
    }
    renameSync(this.tmp, this.file);
  }
}

const NEWLINE = Buffer.from('\n');

/** Namespaces of other gazetteer/code versions kept besides the current one. */
const KEEP_OTHER_VERSIONS = 2;
const TRAILER = 24;
/** Readings in a full segment (the default flush); smaller ones are compacted together. */
const FULL_SEGMENT = 500;
/** Segments past which even full ones are compacted. */
const MAX_SEGMENTS = 256; // "\n#index " + 15 digits + "\n"
const SEGMENT = /^seg-[0-9a-z-]+\.seg$/;
const TEMP = /^\.tmp-.+$/;

export interface CacheOptions {
  /** Folder of the cache (namespaces inside). */
  dir: string;
  namespace: string;
  /** Readings per segment while a run goes on (default 500). */
  flushEvery?: number;
  /** Segments past which close() compacts them into one (default 16). */
  compactAbove?: number;
}

export class ReadingCache {
  readonly dir: string;
  private segments: Segment[] = [];
  private readings = new Map<string, Location>();
  private textAt = new Map<string, Location>();
  private geometryAt = new Map<string, Location>();
  private mentionsAt = new Map<string, MentionsSpan>();
  private geometries: GeometryTable = new Map();
  /** The segment being filled, if any. */
  private pending: SegmentWriter | null = null;
  private flushEvery: number;
  private compactAbove: number;
  private counter = 0;
  readonly stats = { hits: 0, misses: 0, written: 0, loadedSegments: 0, skippedSegments: 0 };

  private constructor(options: CacheOptions) {
    this.dir = path.join(options.dir, options.namespace);
    this.flushEvery = options.flushEvery ?? 500;
    this.compactAbove = options.compactAbove ?? 16;
  }

  /** Opens (or creates) the namespace, removing other namespaces and leftovers of killed runs. */
  static open(options: CacheOptions): ReadingCache {
    const cache = new ReadingCache(options);
    mkdirSync(cache.dir, { recursive: true });
    utimesSync(cache.dir, new Date(), new Date());
    // Other versions' namespaces: the two used last stay (running from source and from the
    // bundle, or switching branches, need not start over each time); older ones go.
    const others = readdirSync(options.dir)
      .filter((n) => n !== options.namespace && /^[0-9a-f]{20}$/.test(n))
      .map((n) => ({ n, t: statSync(path.join(options.dir, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { n } of others.slice(KEEP_OTHER_VERSIONS))
      rmSync(path.join(options.dir, n), { recursive: true, force: true });
    const now = Date.now();
    for (const name of readdirSync(cache.dir).sort()) {
      const file = path.join(cache.dir, name);
      // A temporary file of a run that is gone (one still running renames its own soon).
      if (TEMP.test(name)) {
        if (now - statSync(file).mtimeMs > 10 * 60_000) rmSync(file, { force: true });
        continue;
      }
      if (SEGMENT.test(name)) cache.load(file);
    }
    return cache;
  }

  /** Reads a segment's index; a segment that cannot be read is removed (its readings are redone). */
  private load(file: string): void {
    let fd = -1;
    try {
      fd = openSync(file, 'r');
      const size = fstatSync(fd).size;
      const trailer = Buffer.alloc(TRAILER);
      if (size < TRAILER || readSync(fd, trailer, 0, TRAILER, size - TRAILER) !== TRAILER)
        throw new Error('short');
      const m = /^\n#index (\d{15})\n$/.exec(trailer.toString('latin1'));
      if (!m) throw new Error('no trailer');
      const at = Number(m[1]);
      const buf = Buffer.alloc(size - TRAILER - at);
      readSync(fd, buf, 0, buf.length, at);
      const index = JSON.parse(buf.toString('utf8')) as SegmentIndex;
      const segment = this.segments.push({ file, fd, readings: index.r.length }) - 1;
      this.indexSegment(segment, index);
      this.stats.loadedSegments++;
    } catch {
      if (fd >= 0) closeSync(fd);
      rmSync(file, { force: true });
      this.stats.skippedSegments++;
    }
  }

  private readBytes(loc: Location, segments = this.segments): Buffer {
    const buf = Buffer.alloc(loc.length);
    readSync(segments[loc.segment].fd, buf, 0, loc.length, loc.offset);
    return buf;
  }

  private readEntry(loc: Location): string {
    return this.readBytes(loc).toString('utf8');
  }

  get size(): number {
    return this.readings.size + (this.pending?.keys.size ?? 0);
  }

  has(key: string): boolean {
    return this.readings.has(key);
  }

  /** The cached reading of a report, under the report's own id, file and url; undefined when not cached. */
  get(key: string, article: Pick<ArticleInput, 'id' | 'file' | 'url'>): ReportReading | undefined {
    return this.getWithText(key, article)?.reading;
  }

  /**
   * The cached reading of a report (as `get`) and, when the reading is the one stored (same id,
   * file and url) and its text in readings.json was stored with it, that text: written back as
   * it is, the reading is not stringified again.
   */
  getWithText(
    key: string,
    article: Pick<ArticleInput, 'id' | 'file' | 'url'>,
  ): { reading: ReportReading; text: StoredText | null } | undefined {
    const loc = this.readings.get(key);
    if (!loc) {
      this.stats.misses++;
      return undefined;
    }
    let r: ReportReading;
    let stored: ReportReading;
    let compact: Buffer;
    try {
      compact = this.readBytes(loc);
      stored = JSON.parse(compact.toString('utf8')) as ReportReading;
      for (const p of stored.places) this.geometry(p.properties.id);
      r = fillReading(stored, this.geometries);
    } catch {
      // A damaged entry is a miss: the report is read again and cached anew.
      this.readings.delete(key);
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    const renamed = r.article.id === article.id ? r : renameReading(r, article.id);
    // Fields in readReport's order, so the reading is written exactly as a fresh one.
    const entry = reportEntry(
      { ...r.article, id: article.id, file: article.file, url: article.url },
      r.article,
    );
    const reading = {
      article: entry,
      places: renamed.places,
      mentions: renamed.mentions,
      candidates: renamed.candidates,
    };
    const textLoc = this.textAt.get(key);
    const same = renamed === r && JSON.stringify(entry) === JSON.stringify(stored.article);
    // The texts as stored, in UTF-8: written to readings.json and its digest without being
    // decoded and encoded again.
    let text: StoredText | null = null;
    if (same && textLoc)
      try {
        text = { pretty: this.readBytes(textLoc), compact };
      } catch {
        text = null;
      }
    return { reading, text };
  }

  /**
   * A cached reading for combining (ReportCombiner.add), as getWithText gives it, except that when
   * its text is given back the reading comes without its mentions: they are not even parsed (a
   * quarter of a reading's JSON and most of its objects), only counted (`mentionCount`, stored
   * with the reading). The caller writes the text, never such a reading.
   */
  getForCombining(
    key: string,
    article: Pick<ArticleInput, 'id' | 'file' | 'url'>,
  ): { reading: CombinedReading; text: StoredText } | { reading: ReportReading; text: null } | undefined {
    const whole = () => {
      const got = this.getWithText(key, article);
      if (!got) return undefined;
      return got.text ? { reading: got.reading, text: got.text } : { reading: got.reading, text: null };
    };
    const loc = this.readings.get(key);
    const span = this.mentionsAt.get(key);
    const textLoc = this.textAt.get(key);
    if (!loc || !span || !textLoc) return whole();
    let reading: CombinedReading;
    let text: StoredText;
    try {
      const compact = this.readBytes(loc);
      const stored = JSON.parse(
        compact.toString('utf8', 0, span[1]) + compact.toString('utf8', span[2]),
      ) as Omit<ReportReading, 'mentions'>;
      // Filed under another id, file or url: the reading is made anew from the whole entry.
      const entry = reportEntry(
        { ...stored.article, id: article.id, file: article.file, url: article.url },
        stored.article,
      );
      if (stored.article.id !== article.id || JSON.stringify(entry) !== JSON.stringify(stored.article))
        return whole();
      for (const p of stored.places) this.geometry(p.properties.id);
      const places = fillReading({ ...stored, mentions: [] }, this.geometries).places;
      reading = { article: entry, places, candidates: stored.candidates, mentionCount: span[3] };
      text = { pretty: this.readBytes(textLoc), compact };
    } catch {
      // Damaged: as getWithText finds it (a miss, read again).
      return whole();
    }
    this.stats.hits++;
    return { reading, text };
  }

  private geometry(id: string): void {
    if (this.geometries.has(id)) return;
    const loc = this.geometryAt.get(id);
    if (loc) this.geometries.set(id, JSON.parse(this.readEntry(loc)) as Geometry | null);
  }

  /**
   * Stores a report's reading (written with the next segment), and its text in readings.json
   * when given (readingText(reading): its `compact` is the stored reading).
   */
  put(key: string, reading: ReportReading, text?: ItemText): void {
    if (this.readings.has(key) || this.pending?.keys.has(key)) return;
    // Geometries the cache holds (in a segment or the one being filled) are not written again.
    const known = new Set<string>();
    for (const p of reading.places) {
      const id = p.properties.id;
      if (this.geometryAt.has(id) || this.pending?.places.has(id)) known.add(id);
    }
    const slim = slimReading(reading, known);
    for (const [id, g] of slim.geometries) this.add('g', id, JSON.stringify(g));
    const compact = Buffer.from(text?.compact ?? JSON.stringify(slim.reading), 'utf8');
    this.add('r', key, compact);
    const span = mentionsSpan(compact, slim.reading.mentions);
    if (span) this.pending!.index.m.push([key, span[0], span[1], slim.reading.mentions.length]);
    if (text) this.add('p', key, text.pretty);
    this.stats.written++;
    if (this.pending!.keys.size >= this.flushEvery) this.flush();
  }

  private add(kind: Kind, key: string, entry: string | Buffer): void {
    if (!this.pending) {
      const name = `seg-${Date.now().toString(36)}-${process.pid.toString(36)}-${(this.counter++).toString(36)}.seg`;
      this.pending = new SegmentWriter(this.dir, name);
    }
    this.pending.add(kind, key, entry);
  }

  /** Renames what was put since the last flush into a segment, atomically. */
  flush(): void {
    const w = this.pending;
    if (!w) return;
    this.pending = null;
    w.finish();
    const segment =
      this.segments.push({ file: w.file, fd: openSync(w.file, 'r'), readings: w.index.r.length }) - 1;
    // Entries now live in the segment; read back from there when asked.
    this.indexSegment(segment, w.index);
  }

  private indexSegment(segment: number, index: SegmentIndex): void {
    for (const [k, offset, length] of index.r)
      if (!this.readings.has(k)) this.readings.set(k, { segment, offset, length });
    // Segments written before texts were kept have none.
    for (const [k, offset, length] of index.p ?? [])
      if (!this.textAt.has(k)) this.textAt.set(k, { segment, offset, length });
    for (const [k, offset, length] of index.g)
      if (!this.geometryAt.has(k)) this.geometryAt.set(k, { segment, offset, length });
    // A reading's entry is the same bytes in every segment that holds it: so is its span.
    for (const m of index.m ?? []) if (!this.mentionsAt.has(m[0])) this.mentionsAt.set(m[0], m);
  }

  /**
   * Flushes, compacts many small segments (re-runs' few new readings) into one, and closes the
   * files. Full segments (FULL_SEGMENT readings, what a large run writes) are left as they are:
   * copying them would only cost the run that fills the cache (~1 s of CPU and several of
   * fsync at 10,000 readings, after the workers are done) — unless there are very many.
   */
  close(): void {
    this.flush();
    const small = this.segments.filter((s) => s.readings < FULL_SEGMENT);
    if (this.segments.length > MAX_SEGMENTS) this.compact(this.segments);
    else if (small.length > this.compactAbove) this.compact(small);
    for (const s of this.segments) if (s.fd >= 0) closeSync(s.fd);
    this.segments = [];
  }

  /**
   * The entries of the segments `which` into new segments, then those segments removed (the
   * cache is closing: its maps are not brought up to date). A key's entries are the same in
   * every segment that holds it (keys are content hashes within a namespace), so which copy a
   * later run reads does not matter.
   */
  private compact(which: Segment[]): void {
    const old = this.segments;
    const gone = new Set(which.map((s) => old.indexOf(s)));
    const readings = [...this.readings].filter(([, loc]) => gone.has(loc.segment));
    const texts = this.textAt;
    const geometries = [...this.geometryAt].filter(([, loc]) => gone.has(loc.segment));
    const read = (loc: Location) => this.readBytes(loc, old);
    this.segments = [];
    for (const [id, loc] of geometries) this.add('g', id, read(loc));
    // Segments of a few thousand readings, each entry copied as it is read.
    readings.forEach(([key, loc], i) => {
      this.add('r', key, read(loc));
      const span = this.mentionsAt.get(key);
      if (span) this.pending!.index.m.push(span);
      const text = texts.get(key);
      if (text) this.add('p', key, read(text));
      if ((i + 1) % 5000 === 0) this.flush();
    });
    this.flush();
    for (const s of which) {
      closeSync(s.fd);
      s.fd = -1;
      if (existsSync(s.file)) unlinkSync(s.file);
    }
    this.segments = [...old, ...this.segments];
  }
}
