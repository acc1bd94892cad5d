import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { threadCpuMs } from './threadCpu.ts';

const processCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

describe.runIf(process.platform === 'linux')('threadCpuMs', () => {
  it("counts this thread's work and not another thread's", async () => {
    // This thread works until the process has used 200 ms more CPU: most of it is this thread's.
    let before = threadCpuMs()!;
    let until = processCpuMs() + 200;
    while (processCpuMs() < until);
    expect(threadCpuMs()! - before).toBeGreaterThanOrEqual(100);
    // A worker works until the process has used 400 ms more, while this thread only waits.
    before = threadCpuMs()!;
    const processBefore = processCpuMs();
    until = processBefore + 400;
    const worker = new Worker(
      `const until = ${until};
       const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
       while (cpu() < until);
       require('node:worker_threads').parentPort.postMessage(0);`,
      { eval: true },
    );
    await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
    expect(processCpuMs() - processBefore).toBeGreaterThanOrEqual(400);
    expect(threadCpuMs()! - before).toBeLessThan(200);
  });
});
