// The files the app loads, written the same way by the CLI and the golden test: streamed piece by
// piece (a layer of 100 MB is never one string), each to a temporary name beside its target,
// then all renamed into place together, so a failure leaves the files that were there before.
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PipelineOutput } from '../../src/types/model.ts';
import type { ReportReading } from '../../src/pipeline/readReport.ts';
import { slimReadings } from '../../src/pipeline/mergeOutput.ts';
import { ArrayStream, writeJson } from './ingest/jsonStream.ts';

/** File name → content of one pipeline run. */
export function outputFiles(out: PipelineOutput): Record<string, unknown> {
  return {
    'manifest.json': out.manifest,
    'places.geojson': out.places,
    'incidents.geojson': out.incidents,
    'control.geojson': out.control,
    // What each report said on its own, text-free: reports added later (the app, `ingest --add`)
    // merge with these by the ingest's rules (src/pipeline/mergeOutput.ts).
    ...(out.readings ? { 'readings.json': slimReadings(out.readings) } : {}),
  };
}

/** JSON as committed: one-space indent, trailing newline (small diffs, readable in review). */
export function toJson(data: unknown): string {
  return JSON.stringify(data, null, 1) + '\n';
}

/** Temporary names of a run that was killed: `.places.geojson.new-k3x9`. */
const LEFTOVER = /^\..+\.new-[0-9a-z]+$/;
/** Bytes gathered before a write to the file. */
const BUFFER = 1 << 20;

/** One file being written under its temporary name. */
class TempFile {
  private fd: number;
  private parts: string[] = [];
  private size = 0;

  constructor(
    readonly target: string,
    readonly temp: string,
  ) {
    this.fd = openSync(temp, 'w');
  }

  write = (chunk: string): void => {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= BUFFER) this.drain();
  };

  private drain(): void {
    const b = Buffer.from(this.parts.join(''), 'utf8');
    for (let at = 0; at < b.length;) at += writeSync(this.fd, b, at);
    this.parts = [];
    this.size = 0;
  }

  close(): void {
    this.drain();
    closeSync(this.fd);
  }
}

/**
 * The output of one run, written as a set: readings.json as readings pass (`readings()`), the
 * layers and manifest at the end (`write`), then every file renamed into place. `abort` removes
 * what was written.
 */
export class OutputWriter {
  private token = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  private files: TempFile[] = [];

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (LEFTOVER.test(f)) rmSync(path.join(dir, f), { force: true });
  }

  private open(name: string): TempFile {
    const target = path.join(this.dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    const f = new TempFile(
      target,
      path.join(path.dirname(target), `.${path.basename(target)}.new-${this.token}`),
    );
    this.files.push(f);
    return f;
  }

  /** readings.json, one reading at a time (place geometry left out, as slimReadings does). */
  readings(): { push(r: ReportReading): void } {
    const f = this.open('readings.json');
    const stream = new ArrayStream(f.write);
    this.endReadings = () => stream.end();
    return { push: (r) => stream.push(slimReadings([r])[0]) };
  }
  private endReadings = () => {};

  /** Writes the layers and manifest (and the local texts), then swaps the whole set in. */
  write(out: PipelineOutput, texts?: { id: string; text: string }[]): void {
    try {
      this.endReadings();
      for (const [name, data] of Object.entries(outputFiles({ ...out, readings: undefined }))) {
        const f = this.open(name);
        writeJson(data, f.write);
      }
      if (texts) this.open('local/articles.json').write(JSON.stringify(texts));
      for (const f of this.files) f.close();
    } catch (err) {
      this.abort();
      throw err;
    }
    for (const f of this.files) renameSync(f.temp, f.target);
    this.files = [];
  }

  /** Removes the temporary files. */
  abort(): void {
    for (const f of this.files) {
      try {
        f.close();
      } catch {
        // already closed
      }
      rmSync(f.temp, { force: true });
    }
    this.files = [];
  }
}

/** Writes manifest.json, places/incidents/control.geojson (and readings.json) into a folder. */
export function writeOutputs(dir: string, out: PipelineOutput): void {
  const w = new OutputWriter(dir);
  if (out.readings) {
    const r = w.readings();
    for (const reading of out.readings) r.push(reading);
  }
  w.write(out);
}
