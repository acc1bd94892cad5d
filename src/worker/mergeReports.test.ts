import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { restoreReadings } from '../pipeline/mergeOutput.ts';
import type { ReportReading } from '../pipeline/readReport.ts';
import type { ControlFeature, PlaceFeature } from '../types/model.ts';
import { MAX_REPORT_BYTES } from '../pipeline/decodeReport.ts';
import type { MergeProgress } from './messages.ts';
import { mergeReports } from './mergeReports.ts';
import { zoneAt } from '../control/zones/zoneAt.ts';

const root = new URL('../..', import.meta.url);
const file = (p: string) => new URL(p, root);
const read = <T>(p: string) => JSON.parse(readFileSync(file(p), 'utf8')) as T;

/** A reading that finds nothing in the report: what the merge needs from readReport. */
const emptyReading = (a: { id: string; text: string }) =>
  ({
    article: { id: a.id, outlet: null, dateline: null, url: null, length: a.text.length, excluded: [] },
    places: [],
    mentions: [],
    candidates: [],
  }) as ReportReading;

describe('mergeReports', () => {
  it('names a report that cannot be read and merges the others', () => {
    const gaz = new Gazetteer({ version: 't', sources: [], entries: [] });
    const reader = (a: { id: string; text: string }) => {
      if (a.text.includes('BOOM')) throw new Error('bad input');
      return emptyReading(a);
    };
    const { result, errors } = mergeReports(
      [],
      [],
      [
        { id: 'a', file: 'a.txt', text: 'fine' },
        { id: 'b', file: 'b.txt', text: 'BOOM' },
      ],
      gaz,
      [],
      reader as never,
    );
    expect(errors).toEqual(['b.txt: could not be read (bad input)']);
    expect(result?.added.map((r) => r.article.id)).toEqual(['a']);
    expect(result?.output.manifest.articles.map((a) => a.id)).toEqual(['a']);
    expect('readings' in (result?.output ?? {})).toBe(false);
  });

  it('refuses a report larger than a file may be, by name, unread, and tells how far it got', () => {
    const gaz = new Gazetteer({ version: 't', sources: [], entries: [] });
    const readIds: string[] = [];
    const reader = (a: { id: string; text: string }) => {
      readIds.push(a.id);
      return emptyReading(a);
    };
    const steps: MergeProgress[] = [];
    const { result, errors } = mergeReports(
      [],
      [],
      [
        { id: 'big', file: 'big.txt', text: 'x'.repeat(MAX_REPORT_BYTES + 1) },
        // Under the limit in UTF-16 units, over it in UTF-8 bytes (3 bytes each).
        { id: 'wide', text: '\u2014'.repeat(MAX_REPORT_BYTES / 2) },
        { id: 'ok', file: 'ok.txt', text: 'fine' },
      ],
      gaz,
      [],
      reader as never,
      (p) => steps.push(p),
    );
    expect(readIds).toEqual(['ok']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^big\.txt: larger than 2 MB/);
    expect(errors[1]).toMatch(/^wide: larger than 2 MB/);
    expect(result?.added.map((r) => r.article.id)).toEqual(['ok']);
    expect(steps.map((p) => [p.done, p.total])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(steps[2]!.step).toBe('Reading report 3 of 3: ok.txt');
    expect(steps[3]!.step).toBe('Merging with the map');
  });

  const present = [
    'public/gazetteer/pack.json',
    'public/data/readings.json',
    'public/data/places.geojson',
  ].every((p) => existsSync(file(p)));
  it.skipIf(!present)('a capture in an added report changes that day’s zones (browser pack)', () => {
    const gaz = new Gazetteer(read('public/gazetteer/pack.json'));
    const base = restoreReadings(
      read('public/data/readings.json'),
      read<{ features: PlaceFeature[] }>('public/data/places.geojson').features,
    );
    // Maarat al-Numan, held by the government on the baseline and in the sample reports.
    const at = (features: ControlFeature[]) => [
      zoneAt(features, '2024-11-30', 36.677, 35.648)?.properties.controller,
    ];
    const before = mergeReports(base, [], [], gaz).result!;
    // Our own sentence.
    const text = 'On Saturday, opposition fighters seized control of Maarat al-Numan, south of Idlib.';
    const after = mergeReports(base, [], [{ id: 'u1', text, dateline: '2024-11-30' }], gaz).result!;
    expect(at(before.output.control.features)).toEqual(['government']);
    expect(at(after.output.control.features)).toEqual(['opposition']);
  });
});
