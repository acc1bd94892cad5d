// A worker thread of the ingest: loads the gazetteer once, then reads the reports it is sent with
// readReport (the pipeline's first half) and posts each reading back, its places' geometry only
// the first time this worker sends that place (the main thread keeps a table). Bundled to
// dist-cli/read-worker.cjs by scripts/cli.mjs (CommonJS: no top-level await).
import { parentPort, workerData } from 'node:worker_threads';
import { readReport } from '../../../src/pipeline/readReport.ts';
import { ingestGazetteer } from './ingestGazetteer.ts';
import { slimReading } from './slimReading.ts';
import { threadCpuMs } from './threadCpu.ts';
import { threadMemory } from './threadMemory.ts';
import type { ReadRequest, WorkerMessage } from './readPool.ts';

const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);

async function serve(): Promise<void> {
  const { gazetteer } = await ingestGazetteer({
    boundaries: (workerData as { boundaries?: string }).boundaries,
  });
  const sent = new Set<string>();
  port.on('message', (req: ReadRequest) => {
    try {
      const { reading, geometries } = slimReading(readReport(req.article, gazetteer), sent);
      post({
        type: 'reading',
        seq: req.seq,
        reading,
        geometries,
        cpuMs: threadCpuMs(),
        memory: threadMemory(),
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      post({ type: 'failed', seq: req.seq, message, cpuMs: threadCpuMs(), memory: threadMemory() });
    }
  });
  post({ type: 'ready' });
}

serve().catch((err: unknown) =>
  post({ type: 'fatal', message: err instanceof Error ? err.message : String(err) }),
);
