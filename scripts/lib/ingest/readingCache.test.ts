import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Gazetteer } from '../../../src/gazetteer/Gazetteer.ts';
import { readReport, type ReportReading } from '../../../src/pipeline/readReport.ts';
import { testGazetteer } from '../../../src/geoparse/testGazetteer.ts';
import { cacheNamespace, mentionsSpan, ReadingCache, readingKey } from './readingCache.ts';
import { readingText } from '../writeOutputs.ts';
import { reportHash } from '../../../src/pipeline/reportHash.ts';
import fc from 'fast-check';

const REPORTS = [
  {
    id: 'a',
    file: 'a.txt',
    text: 'Rebels entered Aleppo on Friday, a monitor said.',
    dateline: '2024-11-29',
    outlet: 'Wire',
  },
  {
    id: 'b',
    file: 'b.txt',
    text: 'Air strikes hit Idlib and Saraqib on Thursday.',
    dateline: '2024-11-29',
    outlet: null,
  },
  { id: 'c', text: 'Shelling near Hama wounded three people.', dateline: '2024-11-30' },
];

let gaz: Gazetteer;
let readings: ReportReading[];
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'readings-'));
  dirs.push(d);
  return d;
};
const json = (x: unknown) => JSON.stringify(x);

beforeAll(() => {
  gaz = testGazetteer();
  readings = REPORTS.map((r) => readReport(r, gaz));
});
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('readingKey', () => {
  it("starts with reportHash, the app's identity of a report (taken with Node's SHA-256 here)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.option(fc.string()),
        fc.option(fc.string()),
        (text, dateline, outlet) => {
          const a = { text, dateline, outlet };
          return readingKey(a).split('.')[0] === reportHash(a);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is the report (words, dateline, outlet) and its exact characters', () => {
    const a = REPORTS[0];
    expect(readingKey(a)).toBe(readingKey({ ...a }));
    expect(readingKey(a)).not.toBe(readingKey({ ...a, dateline: '2024-11-30' }));
    expect(readingKey(a)).not.toBe(readingKey({ ...a, outlet: 'Other' }));
    // The same words with other white space are the same report, not the same offsets.
    expect(readingKey(a).split('.')[0]).toBe(
      readingKey({ ...a, text: a.text.replace(' ', '  ') }).split('.')[0],
    );
    expect(readingKey(a)).not.toBe(readingKey({ ...a, text: a.text.replace(' ', '  ') }));
  });
});

describe('ReadingCache', () => {
  it("keeps a reading's text in readings.json: given back for the same report, made anew for another", () => {
    const dir = tmp();
    const ns = cacheNamespace('g1', 'code1');
    const c1 = ReadingCache.open({ dir, namespace: ns, flushEvery: 1, compactAbove: 1 });
    // Two readings with their texts, one without (a cache written before texts were kept).
    REPORTS.forEach((r, i) =>
      c1.put(readingKey(r), readings[i], i < 2 ? readingText(readings[i]) : undefined),
    );
    c1.close(); // three segments compacted into one: the texts are copied with their readings
    const c2 = ReadingCache.open({ dir, namespace: ns });
    for (const [i, r] of REPORTS.entries()) {
      const got = c2.getWithText(readingKey(r), r)!;
      expect(json(got.reading)).toBe(json(readings[i]));
      // Given back as the UTF-8 bytes stored, the very texts readingText makes.
      const utf8 = (b: Uint8Array | undefined) => b && Buffer.from(b).toString('utf8');
      if (i < 2)
        expect({ pretty: utf8(got.text?.pretty), compact: utf8(got.text?.compact) }).toEqual(
          readingText(readings[i]),
        );
      else expect(got.text).toBeNull();
    }
    // The same text filed as another report, or moved to another file: its own text, not the stored one.
    for (const moved of [
      { ...REPORTS[0], id: 'z' },
      { ...REPORTS[0], file: 'elsewhere/a.txt' },
      { ...REPORTS[0], url: 'https://example.org/a' },
    ]) {
      const got = c2.getWithText(readingKey(moved), moved)!;
      expect(got.text).toBeNull();
      expect(json(got.reading)).toBe(json(readReport(moved, gaz)));
    }
    c2.close();
  });

  it('gives a reading back for combining without its mentions, counted, when its text comes too', () => {
    const dir = tmp();
    const ns = cacheNamespace('g1', 'code1');
    const c1 = ReadingCache.open({ dir, namespace: ns, flushEvery: 1, compactAbove: 1 });
    REPORTS.forEach((r, i) =>
      c1.put(readingKey(r), readings[i], i < 2 ? readingText(readings[i]) : undefined),
    );
    c1.close(); // compacted: the mentions' places in each entry are copied with it
    const c2 = ReadingCache.open({ dir, namespace: ns });
    for (const [i, r] of REPORTS.entries()) {
      const got = c2.getForCombining(readingKey(r), r)!;
      const { mentions, ...rest } = readings[i];
      expect(mentions.length).toBeGreaterThan(0);
      if (i < 2) {
        expect(got.text).not.toBeNull();
        expect(json(got.reading)).toBe(json({ ...rest, mentionCount: mentions.length }));
      } else {
        // No text stored: the whole reading, to be written.
        expect(got.text).toBeNull();
        expect(json(got.reading)).toBe(json(readings[i]));
      }
    }
    // Filed as another report: the whole reading, made anew, and no stored text.
    const moved = { ...REPORTS[0], id: 'z' };
    const got = c2.getForCombining(readingKey(moved), moved)!;
    expect(got.text).toBeNull();
    expect(json(got.reading)).toBe(json(readReport(moved, gaz)));
    c2.close();
  });

  it("finds a reading's mentions in its JSON only where they are, whatever its texts hold", () => {
    const reading = {
      article: { id: 'a', note: '"mentions":[],"candidates":' },
      places: [{ properties: { mentions: [{ text: 'x' }] } }],
      mentions: [{ text: ',"mentions":[1],"candidates":[' }, { text: 'Ḥamāh' }],
      candidates: [{ said: ',"mentions":[' }],
    };
    const bytes = Buffer.from(JSON.stringify(reading), 'utf8');
    const span = mentionsSpan(bytes, reading.mentions)!;
    const { mentions: _, ...rest } = reading;
    expect(JSON.parse(bytes.toString('utf8', 0, span[0]) + bytes.toString('utf8', span[1]))).toEqual(rest);
    // Mentions that are not the reading's, or a reading laid out otherwise: none.
    expect(mentionsSpan(bytes, [{ text: 'y' }])).toBeNull();
    const reordered = { ...rest, candidates: rest.candidates, mentions: reading.mentions };
    expect(mentionsSpan(Buffer.from(JSON.stringify(reordered)), reading.mentions)).toBeNull();
  });

  it('gives back what was put, across runs, with geometry and under the asking report’s id', () => {
    const dir = tmp();
    const c1 = ReadingCache.open({ dir, namespace: cacheNamespace('g1', 'code1') });
    REPORTS.forEach((r, i) => c1.put(readingKey(r), readings[i]));
    c1.close();
    const c2 = ReadingCache.open({ dir, namespace: cacheNamespace('g1', 'code1') });
    REPORTS.forEach((r, i) => expect(json(c2.get(readingKey(r), r))).toBe(json(readings[i])));
    // The same text filed as another report: its id, file and url, in a fresh reading's order.
    const moved = { ...REPORTS[0], id: 'z', file: 'z.txt', url: 'https://example.org/z' };
    expect(json(c2.get(readingKey(moved), moved))).toBe(json(readReport(moved, gaz)));
    c2.close();
  });

  it('starts empty for another gazetteer or code version; keeps two other versions, removes older ones', () => {
    const dir = tmp();
    const c1 = ReadingCache.open({ dir, namespace: cacheNamespace('g1', 'code1') });
    c1.put(readingKey(REPORTS[0]), readings[0]);
    c1.close();
    for (const ns of [cacheNamespace('g2', 'code1'), cacheNamespace('g1', 'code2')]) {
      const c = ReadingCache.open({ dir, namespace: ns });
      expect(c.has(readingKey(REPORTS[0]))).toBe(false);
      c.close();
    }
    expect(readdirSync(dir)).toHaveLength(3);
    const back = ReadingCache.open({ dir, namespace: cacheNamespace('g1', 'code1') });
    expect(back.has(readingKey(REPORTS[0]))).toBe(true);
    back.close();
    // A fourth version: the one used longest ago goes (times set apart: a fast disk may stamp alike).
    const at = (ns: string, s: number) => utimesSync(path.join(dir, ns), s, s);
    at(cacheNamespace('g2', 'code1'), 1_000);
    at(cacheNamespace('g1', 'code2'), 2_000);
    at(cacheNamespace('g1', 'code1'), 3_000);
    ReadingCache.open({ dir, namespace: cacheNamespace('g3', 'code3') }).close();
    expect(readdirSync(dir).sort()).toEqual(
      [cacheNamespace('g1', 'code1'), cacheNamespace('g1', 'code2'), cacheNamespace('g3', 'code3')].sort(),
    );
  });

  it('keeps every finished segment after a crash; a damaged one is dropped, not trusted', () => {
    const dir = tmp();
    const ns = cacheNamespace('g', 'c');
    const c1 = ReadingCache.open({ dir, namespace: ns, flushEvery: 1 });
    REPORTS.forEach((r, i) => c1.put(readingKey(r), readings[i]));
    // No close(): the process died. What a killed run was writing is a temporary file.
    const folder = path.join(dir, ns);
    writeFileSync(path.join(folder, '.tmp-seg-x.seg'), '{"half');
    const segs = readdirSync(folder).filter((f) => f.endsWith('.seg') && !f.startsWith('.'));
    expect(segs).toHaveLength(3);
    // One segment cut short (a disk that lied about its write).
    const cut = path.join(folder, segs[1]);
    truncateSync(cut, statSync(cut).size - 10);
    const c2 = ReadingCache.open({ dir, namespace: ns });
    const found = REPORTS.map((r) => c2.get(readingKey(r), r));
    expect(found.filter(Boolean)).toHaveLength(2);
    expect(found.map((f, i) => (f ? json(f) === json(readings[i]) : 'missing'))).toContain('missing');
    expect(found.filter((f) => f).every((f) => REPORTS.some((r, i) => json(f) === json(readings[i])))).toBe(
      true,
    );
    c2.put(readingKey(REPORTS[1]), readings[1]);
    c2.close();
    const c3 = ReadingCache.open({ dir, namespace: ns });
    REPORTS.forEach((r, i) => expect(json(c3.get(readingKey(r), r))).toBe(json(readings[i])));
    c3.close();
  });

  it('writes a new reading to disk as it is put, not when its segment is renamed into place', () => {
    const dir = tmp();
    const ns = cacheNamespace('g', 'c');
    const c1 = ReadingCache.open({ dir, namespace: ns, flushEvery: 10 });
    const written = () =>
      readdirSync(path.join(dir, ns))
        .filter((f) => f.startsWith('.tmp-'))
        .reduce((n, f) => n + statSync(path.join(dir, ns, f)).size, 0);
    c1.put(readingKey(REPORTS[0]), readings[0]);
    const one = written();
    expect(one).toBeGreaterThan(json(readings[0].mentions).length);
    c1.put(readingKey(REPORTS[1]), readings[1]);
    expect(written()).toBeGreaterThan(one);
    expect(c1.size).toBe(2);
    c1.close();
    expect(written()).toBe(0);
    const c2 = ReadingCache.open({ dir, namespace: ns });
    REPORTS.slice(0, 2).forEach((r, i) => expect(json(c2.get(readingKey(r), r))).toBe(json(readings[i])));
    c2.close();
  });

  it('compacts the small segments of re-runs and leaves the full ones of a large run as they are', () => {
    const dir = tmp();
    const ns = cacheNamespace('g', 'c');
    const c1 = ReadingCache.open({ dir, namespace: ns });
    for (let i = 0; i < 1000; i++) c1.put(`big-${i}`, readings[i % 3]);
    c1.close();
    const full = readdirSync(path.join(dir, ns)).sort();
    expect(full).toHaveLength(2); // two segments of 500 readings
    const c2 = ReadingCache.open({ dir, namespace: ns, flushEvery: 1, compactAbove: 2 });
    REPORTS.forEach((r, i) => c2.put(readingKey(r), readings[i]));
    c2.close();
    const after = readdirSync(path.join(dir, ns)).sort();
    expect(after).toHaveLength(3); // the three one-reading segments became one
    expect(after.filter((f) => full.includes(f))).toEqual(full);
    const c3 = ReadingCache.open({ dir, namespace: ns });
    expect(c3.size).toBe(1003);
    REPORTS.forEach((r, i) => expect(json(c3.get(readingKey(r), r))).toBe(json(readings[i])));
    expect(json(c3.get('big-998', REPORTS[2]))).toBe(json(readings[2]));
    c3.close();
  });

  it('compacts many segments into few without losing an entry', () => {
    const dir = tmp();
    const ns = cacheNamespace('g', 'c');
    const c1 = ReadingCache.open({ dir, namespace: ns, flushEvery: 1, compactAbove: 2 });
    REPORTS.forEach((r, i) => c1.put(readingKey(r), readings[i]));
    c1.close();
    expect(readdirSync(path.join(dir, ns))).toHaveLength(1);
    const c2 = ReadingCache.open({ dir, namespace: ns });
    REPORTS.forEach((r, i) => expect(json(c2.get(readingKey(r), r))).toBe(json(readings[i])));
    c2.close();
  });
});
