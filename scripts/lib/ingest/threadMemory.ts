// What one thread holds in memory (its V8 heap, and the ArrayBuffers and strings outside it,
// such as the gazetteer's columns and name index), and peaks of it: the ingest's stats say which
// thread and which stage hold the memory a run peaks at.
import { getHeapStatistics } from 'node:v8';

/** A thread's memory in MB: its V8 heap (as committed) and memory outside the heap it holds. */
export interface ThreadMemory {
  heapMB: number;
  externalMB: number;
}

const MB = 1 << 20;

/**
 * This thread's memory now (V8's own statistics of this isolate: cheap, no heap walk).
 * @example threadMemory() // { heapMB: 180, externalMB: 95 }
 */
export function threadMemory(): ThreadMemory {
  const s = getHeapStatistics() as ReturnType<typeof getHeapStatistics> & { external_memory?: number };
  return {
    heapMB: Math.round(s.total_heap_size / MB),
    externalMB: Math.round((s.external_memory ?? 0) / MB),
  };
}

/** The larger of two readings, field by field. */
export function peakOf(a: ThreadMemory | null, b: ThreadMemory): ThreadMemory {
  return a ? { heapMB: Math.max(a.heapMB, b.heapMB), externalMB: Math.max(a.externalMB, b.externalMB) } : b;
}
