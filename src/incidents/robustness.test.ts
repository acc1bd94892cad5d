// Bad input never throws: random text, random offsets, random candidates (property tests).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractIncidents } from './extractIncidents.ts';
import { mergeIncidents } from './merge/mergeIncidents.ts';
import type { IncidentCandidate } from './extractIncidents.ts';
import type { IncidentType, ResolvedMention } from '../types/model.ts';
import { TYPE_PRIORITY } from './sentence/taxonomy.ts';
import { reportOf, sentencesOf, WORLD } from './testPlaces.ts';

const WORDS = [
  'rebels',
  'shelled',
  'Midcity',
  'on Friday',
  'denied',
  'killing',
  '4',
  'civilians',
  ',',
  '"',
  'in 2016',
  'the city',
  'and',
  'said',
];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => `${w.join(' ')}.`),
);

describe('robustness', () => {
  it('extractIncidents never throws on random text, sentences and mentions', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.integer({ min: -5, max: 500 }), fc.integer({ min: -5, max: 500 }))),
        (t, spans) => {
          const sentences = [
            ...sentencesOf(t),
            ...spans.map(([start, end], index) => ({ index, start, end })),
          ];
          const mentions: ResolvedMention[] = spans.map(([start, end], i) => ({
            article: 'r',
            start,
            end,
            text: '',
            sentence: i,
            placeId: WORLD[i % WORLD.length].properties.id,
            confidence: 1,
            alternatives: [],
          }));
          const out = extractIncidents(
            reportOf({ id: 'r', text: t, dateline: '2024-11-29' }, { sentences }),
            mentions,
            WORLD,
          );
          expect(Array.isArray(out)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mergeIncidents never throws and keeps every usable candidate in some incident', () => {
    const cand = fc.record({
      article: fc.constantFrom('a', 'b', 'c'),
      type: fc.constantFrom(...(TYPE_PRIORITY as IncidentType[])),
      place: fc.constantFrom(...WORLD.map((p) => p.properties.id), 'missing'),
      date: fc.constantFrom(null, '2024-11-28', '2024-11-29', 'not-a-date'),
      dateWeak: fc.boolean(),
      background: fc.boolean(),
      agent: fc.constantFrom('unknown', 'opposition', 'government', 'russia'),
      stance: fc.constantFrom('claim', 'denial', 'counterclaim', 'confirmation', 'report'),
      start: fc.nat(1000),
    });
    fc.assert(
      fc.property(fc.array(cand, { maxLength: 40 }), (cs) => {
        const full = cs.map(
          (c) =>
            ({
              ...c,
              outlet: null,
              context: [],
              dateFrom: null,
              actors: [],
              figures: [],
              territory: [],
              attribution: null,
              speakerSide: null,
              scope: { start: c.start, end: c.start + 10 },
              end: c.start + 10,
              trigger: { start: c.start, end: c.start + 1 },
            }) as IncidentCandidate,
        );
        const out = mergeIncidents(full, WORLD);
        const sources = out.reduce((n, f) => n + f.properties.sources.length, 0);
        expect(sources).toBeLessThanOrEqual(full.length);
        expect(new Set(out.map((f) => f.properties.id)).size).toBe(out.length);
      }),
      { numRuns: 300 },
    );
  });
});
