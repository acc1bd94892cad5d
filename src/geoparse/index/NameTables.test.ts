import { describe, expect, it } from 'vitest';
import { NameIndex } from './NameIndex.ts';
import { buildNameTables, decodeNameTables, encodeNameTables, findKey, keyText } from './NameTables.ts';
import { foldKey } from './fold.ts';
import { testEntries } from '../testGazetteer.ts';

const entries = testEntries();
const tables = buildNameTables(entries);
const ids = (hits: { entry: { id: string }; distance: number }[]) =>
  hits.map((h) => `${h.entry.id}@${h.distance}`);

describe('NameTables', () => {
  it('finds every key it holds by its text, and nothing else', () => {
    const n = tables.keyStart.length - 1;
    for (let k = 0; k < n; k++) expect(findKey(tables, keyText(tables, k))).toBe(k);
    expect(findKey(tables, 'no such place anywhere')).toBe(-1);
    expect(findKey(tables, '')).toBe(-1);
  });

  it('reads back from bytes as it was written, and the index answers alike', () => {
    const bytes = encodeNameTables(tables, { version: 'v1', entries: entries.length });
    // Off a 4-byte boundary the reader copies; on one it reads in place.
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    for (const b of [bytes, shifted]) {
      const { tables: back, meta } = decodeNameTables(b);
      expect(meta).toEqual({ version: 'v1', entries: entries.length });
      const a = new NameIndex(entries, tables);
      const c = new NameIndex(entries, back);
      for (const name of [
        'Aleppo',
        'Saraqab',
        'Hamadaniyeh',
        'Idlib',
        'Nobol',
        'حلب',
        'Maarrat an-Numan',
        'Khan',
      ]) {
        const key = foldKey(name);
        expect(ids(c.exact(key))).toEqual(ids(a.exact(key)));
        expect(ids(c.fuzzy(key, ['SY']))).toEqual(ids(a.fuzzy(key, ['SY'])));
        expect(ids(c.bySkeleton(key, ['SY'], 3))).toEqual(ids(a.bySkeleton(key, ['SY'], 3)));
        expect(c.continues(key)).toBe(a.continues(key));
        expect(c.isStrong(key)).toBe(a.isStrong(key));
      }
      expect(c.maxTokens).toBe(a.maxTokens);
    }
  });

  it('refuses other bytes and truncated files', () => {
    const bytes = encodeNameTables(tables, {});
    expect(() => decodeNameTables(new Uint8Array(16))).toThrow(/not a name index/);
    expect(() => decodeNameTables(bytes.subarray(0, bytes.length - 64))).toThrow(/truncated/);
  });
});
