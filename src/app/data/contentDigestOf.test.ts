import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../pipeline/outputSet.ts';
import { contentDigestOf } from './contentDigestOf.ts';

describe('contentDigestOf', () => {
  const values: unknown[] = [
    { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'حلب', n: 1.5 } }] },
    [],
    'text with an emoji 🗺 and a lone surrogate \ud800',
    null,
    undefined,
  ];

  it("is the pipeline's contentDigest, taken with Web Crypto", async () => {
    expect(globalThis.crypto?.subtle).toBeDefined();
    for (const v of values) expect(await contentDigestOf(v)).toBe(contentDigest(v));
  });

  it("falls back to the pipeline's SHA-256 where Web Crypto is missing", async () => {
    const crypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      for (const v of values) expect(await contentDigestOf(v)).toBe(contentDigest(v));
    } finally {
      Object.defineProperty(globalThis, 'crypto', crypto);
    }
  });
});
