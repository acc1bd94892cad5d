import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArrayStream, itemText, piece, STREAM_ARRAY, writeJson } from './jsonStream.ts';
import { StreamDigest, toJson } from '../writeOutputs.ts';
import { contentDigest } from '../../../src/pipeline/outputSet.ts';

/**
 * What the stream must write, made another way: toJson's layout, with each GeoJSON geometry
 * (an object with a string `type` and `coordinates`) on one line.
 */
const layout = (value: unknown): string => {
  const geometries: string[] = [];
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => {
      const g = v as { type?: unknown; coordinates?: unknown } | null;
      if (
        g &&
        typeof g === 'object' &&
        !Array.isArray(g) &&
        typeof g.type === 'string' &&
        Array.isArray(g.coordinates)
      )
        return `@@geometry ${geometries.push(JSON.stringify(g)) - 1}@@`;
      return v;
    },
    1,
  );
  return text.replace(/"@@geometry (\d+)@@"/g, (_, i: string) => geometries[Number(i)]) + '\n';
};

const written = (value: unknown) => {
  const parts: string[] = [];
  writeJson(value, (c) => parts.push(c));
  return parts.join('');
};

const feature = (i: number) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [36 + i / 1000, 35.5] },
  properties: {
    id: `p${i}`,
    name: `Place "${i}"\n`,
    list: [1, 2, { a: null }],
    empty: {},
    none: [],
    skip: undefined,
  },
});

describe('writeJson', () => {
  it('writes a geometry shared by several features (and at other depths) on one line, compact too', () => {
    const ring = Array.from({ length: 100 }, (_, i) => [36 + i / 100, 35 + (i % 7) / 10]);
    const shared = { type: 'MultiPolygon', coordinates: [[ring], [ring.slice(0, 4)]] };
    const small = { type: 'Point', coordinates: [36, 35] };
    const value = {
      type: 'FeatureCollection',
      features: Array.from({ length: 80 }, (_, i) => ({
        type: 'Feature',
        properties: { i },
        geometry: i % 3 ? shared : small,
      })),
      extra: [shared, { deeper: shared }],
    };
    for (let run = 0; run < 2; run++) {
      const parts: string[] = [];
      const compact: string[] = [];
      writeJson(
        value,
        (c) => parts.push(c),
        (c) => compact.push(c),
      );
      expect(parts.join('')).toBe(layout(value));
      expect(JSON.parse(parts.join(''))).toEqual(value);
      expect(compact.join('')).toBe(JSON.stringify(value));
    }
  });

  it('writes what toJson writes for any JSON value, geometries on one line', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => written(v) === layout(v)),
      { numRuns: 300 },
    );
  });

  it('walks long arrays and the objects holding them, byte for byte as toJson but for geometries', () => {
    const collection = {
      type: 'FeatureCollection',
      features: Array.from({ length: 300 }, (_, i) => feature(i)),
    };
    const manifest = {
      generated: 'x',
      articles: Array.from({ length: 100 }, (_, i) => ({ id: `a${i}` })),
      counts: { n: 1 },
    };
    const nested = {
      outer: [Array.from({ length: STREAM_ARRAY + 6 }, (_, i) => i), 'x', undefined, null],
    };
    const long = Array.from({ length: STREAM_ARRAY + 1 }, (_, i) => [i, { i }]);
    for (const v of [collection, manifest, nested, long]) expect(written(v)).toBe(layout(v));
    expect(written(collection)).not.toBe(toJson(collection));
    // It is written in pieces: no piece is the whole collection.
    const parts: string[] = [];
    writeJson(collection, (c) => parts.push(c));
    expect(parts.length).toBeGreaterThan(300);
    // A long array without geometries too; a short one is one piece.
    const items: string[] = [];
    writeJson(long, (c) => items.push(c));
    expect(items.length).toBeGreaterThan(STREAM_ARRAY);
    const short: string[] = [];
    writeJson({ list: long.slice(0, 100) }, (c) => short.push(c));
    expect(short.length).toBeLessThan(10);
  });
});

describe('ArrayStream', () => {
  it('writes items as they come, as the stream writes the array', () => {
    for (const n of [0, 1, 5, 80]) {
      const items = Array.from({ length: n }, (_, i) => feature(i));
      const parts: string[] = [];
      const s = new ArrayStream((c) => parts.push(c));
      for (const it of items) s.push(it);
      s.end();
      expect(parts.join('')).toBe(layout(items));
    }
  });

  it('writes texts kept as UTF-8 bytes as they are, or decoded for sinks of text only', () => {
    // Non-ASCII names: a byte written as a character, or a character cut in two, would show.
    const items = [feature(0), { name: 'Ḩalab — حلب' }, feature(2), { name: 'Kobanê' }];
    const encoded = (item: unknown) => {
      const t = itemText(item);
      return { pretty: Buffer.from(t.pretty), compact: Buffer.from(t.compact) };
    };
    for (const withBytes of [true, false]) {
      const pretty: Buffer[] = [];
      const compact: Buffer[] = [];
      const d = new StreamDigest();
      const s = new ArrayStream(
        (c) => pretty.push(Buffer.from(c)),
        (c) => {
          compact.push(Buffer.from(c));
          d.update(c);
        },
        withBytes
          ? {
              sink: (b) => pretty.push(Buffer.from(b)),
              compact: (b) => {
                compact.push(Buffer.from(b));
                d.updateBytes(b);
              },
            }
          : undefined,
      );
      items.forEach((item, i) => (i % 2 ? s.pushText(encoded(item)) : s.push(item)));
      s.end();
      expect(Buffer.concat(pretty).toString('utf8')).toBe(layout(items));
      expect(Buffer.concat(compact).toString('utf8')).toBe(JSON.stringify(items));
      expect(d.hex()).toBe(contentDigest(items));
    }
  });
});

describe('the compact pieces', () => {
  const digestOf = (write: (compact: (c: string) => void) => void) => {
    const d = new StreamDigest();
    write(d.update);
    return d.hex();
  };

  it("are JSON.stringify(value), so the digest taken while writing is the manifest's contentDigest", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const parts: string[] = [];
        writeJson(
          v,
          () => {},
          (c) => parts.push(c),
        );
        return (
          parts.join('') === JSON.stringify(v) &&
          digestOf((c) => writeJson(v, () => {}, c)) === contentDigest(v)
        );
      }),
      { numRuns: 300 },
    );
    const collection = {
      type: 'FeatureCollection',
      features: Array.from({ length: 300 }, (_, i) => feature(i)),
    };
    expect(digestOf((c) => writeJson(collection, () => {}, c))).toBe(contentDigest(collection));
  });

  it("of an ArrayStream are the array's compact JSON", () => {
    for (const n of [0, 1, 80]) {
      const items = Array.from({ length: n }, (_, i) => feature(i));
      const digest = digestOf((c) => {
        const s = new ArrayStream(() => {}, c);
        for (const it of items) s.push(it);
        s.end();
      });
      expect(digest).toBe(contentDigest(items));
    }
  });
});

describe('piece', () => {
  it('is JSON.stringify(value, null, 1) with every line indented by the depth', () => {
    const indented = (v: unknown, depth: number) =>
      JSON.stringify(v, null, 1).replace(/\n/g, '\n' + ' '.repeat(depth));
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.integer({ min: 0, max: 5 }),
        (v, depth) => piece(v, depth) === indented(v, depth),
      ),
      { numRuns: 300 },
    );
    for (const v of [[], {}, [[]], 'a\nb', { x: [1, { y: [] }] }]) expect(piece(v, 3)).toBe(indented(v, 3));
  });
});
