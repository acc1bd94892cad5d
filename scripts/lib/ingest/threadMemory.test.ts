import { describe, expect, it } from 'vitest';
import { peakOf, threadMemory } from './threadMemory.ts';

describe('threadMemory', () => {
  it('counts memory held outside the heap, such as a large buffer', () => {
    const before = threadMemory();
    const held = new Uint8Array(64 << 20).fill(1);
    const after = threadMemory();
    expect(after.externalMB - before.externalMB).toBeGreaterThanOrEqual(60);
    expect(held[held.length - 1]).toBe(1);
  });

  it('keeps the larger reading of each field', () => {
    expect(peakOf({ heapMB: 10, externalMB: 50 }, { heapMB: 30, externalMB: 20 })).toEqual({
      heapMB: 30,
      externalMB: 50,
    });
    expect(peakOf(null, { heapMB: 1, externalMB: 2 })).toEqual({ heapMB: 1, externalMB: 2 });
  });
});
