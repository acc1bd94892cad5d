import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerMessage, WorkerRequest } from '../../worker/messages.ts';

/** A stand-in for the pipeline worker: records what it is sent; the test answers for it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: WorkerRequest) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  say(m: WorkerMessage) {
    this.onmessage?.({ data: m } as MessageEvent<WorkerMessage>);
  }
}

describe('pipelineClient', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1/' });
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('passes progress on, then the answer', async () => {
    const { mergeInWorker } = await import('./pipelineClient.ts');
    const heard: string[] = [];
    const reply = mergeInWorker([], [], [], { articles: 5, digest: 'abc' }, (p) => heard.push(p.step));
    const [w] = FakeWorker.made;
    const req = w!.sent[0]!;
    expect(req).toMatchObject({ kind: 'merge', baseArticles: 5, baseDigest: 'abc' });
    w!.say({ id: req.id, progress: { done: 0, total: 1, step: 'Reading report 1 of 1: a.txt' } });
    w!.say({ id: req.id, ok: false, errors: ['a.txt: could not be read'] });
    expect(await reply).toEqual({ id: req.id, ok: false, errors: ['a.txt: could not be read'] });
    expect(heard).toEqual(['Reading report 1 of 1: a.txt']);
  });

  it('Cancel stops the worker, answers every pending request cancelled, and the next run starts a new worker', async () => {
    const { cancelWorker, mergeInWorker } = await import('./pipelineClient.ts');
    expect(cancelWorker()).toBe(false); // nothing running
    const heard: number[] = [];
    const reply = mergeInWorker([], [], [], { articles: 0 }, (p) => heard.push(p.done));
    const [first] = FakeWorker.made;
    expect(cancelWorker()).toBe(true);
    expect(first!.terminated).toBe(true);
    expect(await reply).toMatchObject({ ok: false, cancelled: true, errors: [] });
    // A late message of the stopped worker reaches nobody.
    first!.say({ id: first!.sent[0]!.id, progress: { done: 1, total: 1, step: 'late' } });
    expect(heard).toEqual([]);
    expect(cancelWorker()).toBe(false);

    const again = mergeInWorker([], [], [], { articles: 0 });
    expect(FakeWorker.made).toHaveLength(2);
    const second = FakeWorker.made[1]!;
    second.say({ id: second.sent[0]!.id, ok: false, errors: ['x'] });
    expect(await again).toMatchObject({ ok: false, errors: ['x'] });
  });

  it('a worker that crashes answers every pending request with why', async () => {
    const { mergeInWorker } = await import('./pipelineClient.ts');
    const reply = mergeInWorker([], [], [], { articles: 0 });
    FakeWorker.made[0]!.onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(await reply).toMatchObject({ ok: false, errors: ['the pipeline worker failed: out of memory'] });
  });
});
