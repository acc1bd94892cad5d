// The files the app loads, written the same way by the CLI and the golden test: as one set
// (FileSet in writeOutputsAtomically.ts: every file aside, then swapped in whole, or nothing),
// streamed piece by piece (a layer of 100 MB is never one string), the manifest sealed with a
// digest of every other file (src/pipeline/outputSet.ts) taken as each file is written, so the
// app can tell a whole set from a mixed one.
import { createHash, type Hash } from 'node:crypto';
import type { PipelineOutput } from '../../src/types/model.ts';
import type { ReportReading } from '../../src/pipeline/readReport.ts';
import { slimReadings } from '../../src/pipeline/mergeOutput.ts';
import { sealManifest } from '../../src/pipeline/outputSet.ts';
import { FileSet, holdSignals, type FileOps } from './writeOutputsAtomically.ts';
import {
  ArrayStream,
  itemText,
  writeJson,
  type ItemText,
  type Sink,
  type StoredText,
} from './ingest/jsonStream.ts';

/**
 * File name → content of one pipeline run; `extra` files (e.g. `local/articles.json`) join the
 * set and the manifest's digests.
 */
export function outputFiles(
  out: PipelineOutput,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const others: Record<string, unknown> = {
    'places.geojson': out.places,
    'incidents.geojson': out.incidents,
    'control.geojson': out.control,
    // What each report said on its own, text-free: reports added later (the app, `ingest --add`)
    // merge with these by the ingest's rules (src/pipeline/mergeOutput.ts).
    ...(out.readings ? { 'readings.json': slimReadings(out.readings) } : {}),
    ...extra,
  };
  return { 'manifest.json': sealManifest(out.manifest, others), ...others };
}

/** JSON as committed: one-space indent, trailing newline (small diffs, readable in review). */
export function toJson(data: unknown): string {
  return JSON.stringify(data, null, 1) + '\n';
}

/**
 * src/pipeline/outputSet.ts's contentDigest (SHA-256 of the compact JSON, 128 bits in hex), fed
 * the compact JSON in pieces as the file is written (node:crypto: no second pass, no 200 MB string).
 */
export class StreamDigest {
  private hash: Hash = createHash('sha256');
  /** Small chunks gathered into one update; a large one is hashed as it comes. */
  private pending = '';

  update: Sink = (chunk) => {
    if (chunk.length >= 1 << 14) {
      this.drain();
      this.hash.update(chunk, 'utf8');
      return;
    }
    this.pending += chunk;
    if (this.pending.length >= 1 << 16) this.drain();
  };

  /** Bytes of compact JSON (UTF-8), hashed as they are: the same digest as their text. */
  updateBytes = (bytes: Uint8Array): void => {
    this.drain();
    this.hash.update(bytes);
  };

  private drain(): void {
    if (!this.pending) return;
    this.hash.update(this.pending, 'utf8');
    this.pending = '';
  }

  hex(): string {
    this.drain();
    return this.hash.digest('hex').slice(0, 32);
  }
}

export interface WriteOptions {
  /** Files written beside the layers (compact JSON), in the set and the manifest's digests. */
  extra?: Record<string, unknown>;
  /** Ctrl-C held while the layers are written and swapped in. */
  holdSignals?: boolean;
}

/**
 * A reading's texts in readings.json (itemText of the reading without its places' geometry):
 * `compact` is also what the reading cache stores.
 */
export function readingText(r: ReportReading): ItemText {
  return itemText(slimReadings([r])[0]);
}

/**
 * The output of one run, written as a set: readings.json as readings pass (`readings()`), the
 * layers and the sealed manifest at the end (`write`), then every file swapped in. `abort`
 * removes what was written aside. Errors are OutputErrors naming the path; the files in place are
 * then as before.
 */
export class OutputWriter {
  private set: FileSet;
  private digests: Record<string, string> = {};
  private endReadings: (() => void) | null = null;

  constructor(dir: string, ops?: FileOps) {
    this.set = new FileSet(dir, ops);
  }

  /**
   * readings.json, one reading at a time (place geometry left out, as slimReadings does), or its
   * texts when they were made already (readingText: the reading cache keeps them).
   */
  readings(): { push(r: ReportReading): void; pushText(text: ItemText | StoredText): void } {
    const file = this.set.open('readings.json');
    const digest = new StreamDigest();
    const stream = new ArrayStream(file.write, digest.update, {
      sink: file.write,
      compact: digest.updateBytes,
    });
    this.endReadings = () => {
      stream.end();
      file.close();
      this.digests['readings.json'] = digest.hex();
    };
    return { push: (r) => stream.push(slimReadings([r])[0]), pushText: (text) => stream.pushText(text) };
  }

  /** Writes the layers, the `extra` files and the manifest, then swaps the whole set in. */
  write(out: PipelineOutput, options: WriteOptions = {}): void {
    const release = options.holdSignals ? holdSignals() : () => {};
    try {
      try {
        this.endReadings?.();
        for (const [name, data] of Object.entries({
          'places.geojson': out.places,
          'incidents.geojson': out.incidents,
          'control.geojson': out.control,
        })) {
          const file = this.set.open(name);
          const digest = new StreamDigest();
          writeJson(data, file.write, digest.update);
          file.close();
          this.digests[name] = digest.hex();
        }
        const extra: Record<string, string> = {};
        for (const [name, data] of Object.entries(options.extra ?? {})) {
          const text = JSON.stringify(data);
          this.set.write(name, text);
          const digest = new StreamDigest();
          digest.update(text);
          extra[name] = digest.hex();
        }
        // The digests in the order outputFiles gives them.
        const files: Record<string, string> = {};
        for (const name of ['places.geojson', 'incidents.geojson', 'control.geojson', 'readings.json'])
          if (this.digests[name]) files[name] = this.digests[name];
        this.set.write('manifest.json', toJson({ ...out.manifest, files: { ...files, ...extra } }));
      } catch (err) {
        this.set.abort();
        throw err;
      }
      this.set.commit();
    } finally {
      release();
    }
  }

  /** Removes the files written aside. */
  abort(): void {
    this.set.abort();
  }
}

/**
 * Writes manifest.json, places/incidents/control.geojson (and readings.json, and `extra`) into a
 * folder, all or none: on failure an OutputError names the path and the folder is as before.
 */
export function writeOutputs(
  dir: string,
  out: PipelineOutput,
  options: WriteOptions & { ops?: FileOps } = {},
): void {
  const w = new OutputWriter(dir, options.ops);
  if (out.readings) {
    try {
      const r = w.readings();
      for (const reading of out.readings) r.push(reading);
    } catch (err) {
      w.abort();
      throw err;
    }
  }
  w.write(out, options);
}
