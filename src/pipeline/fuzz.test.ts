// Fuzzing the whole pipeline (docs/robustness.md): random bytes through the report decoder,
// random Unicode and hostile reports through every stage, random GeoJSON through the boundary
// and control imports and on into the pipeline. Whatever comes in, nothing throws: bad input
// becomes a named refusal or a warning, never an unhandled error.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runPipeline } from './runPipeline.ts';
import { decodeReport } from './decodeReport.ts';
import { checkOutputSet } from './outputSet.ts';
import { testGazetteer } from '../geoparse/testGazetteer.ts';
import { importControl } from '../control/reference/importControl.ts';
import { importBoundaries } from '../gazetteer/importBoundaries.ts';
import type { ArticleInput } from '../types/model.ts';

const gazetteer = testGazetteer();
const NOW = '2024-12-01T00:00:00Z';

/** Words of war reports and the characters that trip parsers, for texts that reach every stage. */
const WORDS = [
  'Rebels', 'captured', 'entered', 'shelled', 'Aleppo', 'Homs', 'Hama', 'Idlib', 'Saraqib', 'Syria',
  'Kafr Tala', 'the city of', 'provinces', 'north of', "Aleppo's airport", 'on Friday', '29 November 2024',
  'killing', '4', 'civilians', 'said', '"', '(', ')', ',', '.', ' and ', '\n', '\n\n', '—', 'HOMS (Agency) —',
  'Copyright', 'Read more', '<p>', '</p>', '&amp;', 'حلب', 'Ḩamāh', '\u200f', '\u0000', '\uFEFF', '\uD800', '😀',
]; // prettier-ignore

const reportText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((w) => w.join(' ')),
);

/** Any value a caller might put in an article's fields, strings and not. */
const field = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 30 }),
  fc.anything(),
);

const article: fc.Arbitrary<ArticleInput> = fc.record({
  id: fc.oneof(fc.string({ maxLength: 12 }), fc.constant('a')),
  text: fc.oneof({ weight: 9, arbitrary: reportText }, { weight: 1, arbitrary: fc.anything() }),
  dateline: fc.oneof(fc.constant('2024-11-29'), fc.constant('2024-02-30'), fc.constant('9999-12-31'), field),
  outlet: field,
  url: field,
  file: field,
}) as fc.Arbitrary<ArticleInput>;

/** Random geometry: valid, degenerate, of the wrong type, or nonsense. */
const coord = fc.oneof(
  fc.tuple(fc.double({ min: 35, max: 39, noNaN: true }), fc.double({ min: 32, max: 37, noNaN: true })),
  fc.tuple(fc.double(), fc.double()),
  fc.constant([37, 36]),
  fc.anything(),
);
const ring = fc.oneof(
  fc.array(coord, { maxLength: 8 }).map((r) => (r.length ? [...r, r[0]] : r)),
  fc.array(coord, { maxLength: 8 }),
);
const geometry = fc.oneof(
  fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(ring, { maxLength: 3 }) }),
  fc.record({
    type: fc.constant('MultiPolygon'),
    coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constantFrom('Point', 'LineString', 'GeometryCollection', 'Polygon'),
    coordinates: fc.jsonValue(),
  }),
  fc.anything(),
);
const properties = fc.oneof(
  fc.record({
    controller: fc.constantFrom('rebels', 'government', 'regime', 'contested', 'martians', 7),
    date: fc.constantFrom('2024-11-29', '2024-11-30', '2024-02-30', 'x'),
    until: fc.constantFrom(undefined, '2024-11-30', '2023-01-01'),
    status: fc.constantFrom(undefined, 'assessed', 'claimed', 'maybe'),
    name: fc.constantFrom('Idlib', 'Hama', 'Nowhere', '', 3),
    PCODE: fc.constantFrom(undefined, 'SY07', 'SY0700', 'x'),
  }),
  fc.anything(),
);
const feature = fc.oneof(
  fc.record({
    type: fc.constant('Feature'),
    geometry,
    properties,
    id: fc.oneof(fc.constant(undefined), fc.string()),
  }),
  fc.anything(),
);
const geojson = fc.oneof(
  fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { maxLength: 5 }) }),
  feature,
  fc.array(feature, { maxLength: 4 }),
  fc.jsonValue(),
);

const TEXT = 'Rebels captured Saraqib and entered Aleppo on Friday, residents said. Shelling hit Idlib.';

describe('fuzzing the pipeline: nothing throws', () => {
  it('random bytes: decoded or refused with a reason, and what decodes runs', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const d = decodeReport(bytes);
        if ('error' in d) expect(d.error).toMatch(/\w/);
        else runPipeline([{ id: 'r', text: d.text, dateline: '2024-11-29' }], gazetteer, { now: NOW });
      }),
      { numRuns: 300 },
    );
  });

  it('random Unicode and hostile reports, with fields of any type, through every stage', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (articles) => {
        const out = runPipeline(articles, gazetteer, { now: NOW });
        expect(out.manifest.counts.articles).toBe(articles.length);
        JSON.stringify(out); // what the CLI writes: no cycles, no BigInt
      }),
      { numRuns: 150 },
    );
  });

  it('random GeoJSON as control polygons: refused by feature or used, never thrown', () => {
    fc.assert(
      fc.property(geojson, (g) => {
        const res = importControl(g, 'fuzz.geojson');
        for (const e of res.errors) expect(typeof e).toBe('string');
        runPipeline([{ id: 'r', text: TEXT, dateline: '2024-11-29' }], gazetteer, {
          now: NOW,
          controlOverrides: res.features,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('random GeoJSON as boundaries: refused by feature or used, never thrown', () => {
    fc.assert(
      fc.property(geojson, (g) => {
        const res = importBoundaries(g, gazetteer);
        for (const e of res.errors) expect(typeof e).toBe('string');
        runPipeline([{ id: 'r', text: TEXT, dateline: '2024-11-29' }], res.gazetteer, { now: NOW });
      }),
      { numRuns: 200 },
    );
  });

  it('random manifests and files: a set check never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.dictionary(fc.string(), fc.anything()), (manifest, files) => {
        const r = checkOutputSet(manifest, files, 'data/');
        expect(r.foreign.length).toBe(r.problems.length);
      }),
      { numRuns: 300 },
    );
  });
});
