// The worker pool on its own, with a stand-in worker that answers every report at once: what
// the pool sends and when does not depend on what reading costs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readReports, type ReadRequest, type ReadResult } from './readPool.ts';

let tmp: string;
let workerFile: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'read-pool-'));
  workerFile = path.join(tmp, 'stand-in-worker.mjs');
  // Fails every report with a message naming it: the pool treats a failure like a reading.
  writeFileSync(
    workerFile,
    `import { parentPort } from 'node:worker_threads';
let answered = 0;
parentPort.on('message', (req) => parentPort.postMessage({ type: 'failed', seq: req.seq, message: 'no ' + req.article.id, cpuMs: 10 * ++answered }));
parentPort.postMessage({ type: 'ready' });
`,
  );
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const requests = (seqs: number[]): ReadRequest[] =>
  seqs.map((seq) => ({ seq, article: { id: `report-${seq}`, text: 'A sentence of ours.' } }));

async function readAll(reqs: ReadRequest[], window: number): Promise<ReadResult[]> {
  const got: ReadResult[] = [];
  await readReports(reqs, { workers: 2, workerFile, window, perWorker: 2 }, (r) => got.push(r));
  return got;
}

describe('readReports in worker threads', () => {
  it('answers every report once', async () => {
    const got = await readAll(requests(Array.from({ length: 40 }, (_, i) => i)), 8);
    expect(got.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(got.find((r) => r.seq === 7)).toEqual({ seq: 7, error: 'no report-7' });
  });

  it("reports each worker's CPU time as the worker last gave it", async () => {
    // The stand-in says 10 ms more with each report it answers: 40 reports between two workers.
    const stats = await readReports(
      requests(Array.from({ length: 40 }, (_, i) => i)),
      { workers: 2, workerFile, window: 8, perWorker: 2 },
      () => {},
    );
    expect(stats.workerCpuMs).toHaveLength(2);
    expect(stats.workerCpuMs.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it('reads the new reports of a folder whose first reports came from the cache', async () => {
    // Report order numbers count the cached reports too: the first to read is number 1,000, far
    // past a window of 8 from 0. The pool once measured the window from 0 and sent nothing.
    const seqs = [...Array.from({ length: 30 }, (_, i) => 1000 + i), 2000, 2001, 5000];
    const got = await readAll(requests(seqs), 8);
    expect(got.map((r) => r.seq).sort((a, b) => a - b)).toEqual(seqs);
  });
});
