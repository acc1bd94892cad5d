import { describe, expect, it } from 'vitest';
import type { ReportReading } from '../../../src/pipeline/readReport.ts';
import { fillReading, slimReading, type GeometryTable } from './slimReading.ts';

/** A reading of one report naming a town and a village the gazetteer lacks, put at `village`. */
function reading(article: string, village: [number, number]): ReportReading {
  const place = (id: string, coordinates: [number, number], more = {}) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { id, mentions: [{ article, start: 0, end: 3, text: 'Abc' }], ...more },
  });
  return {
    article: { id: article },
    mentions: [],
    candidates: [],
    places: [
      place('geonames:1', [37, 36]),
      place('approx:kafr@geonames:1', village, { precision: 'approximate' }),
    ],
  } as unknown as ReportReading;
}

describe('slimReading', () => {
  it("sends a gazetteer place's geometry once, and each report's own point of a place the gazetteer lacks", () => {
    const a = reading('a', [37.1, 35.9]);
    const b = reading('b', [37.0, 36.2]);
    const sent = new Set<string>();
    const table: GeometryTable = new Map();
    const received = [a, b].map((r) => {
      const { reading: slim, geometries } = slimReading(r, sent);
      for (const [id, g] of geometries) table.set(id, g);
      return slim;
    });
    expect(received[1].places[0].geometry).toBeNull();
    expect(table.size).toBe(1);
    expect(received.map((r) => fillReading(r, table))).toEqual([a, b]);
  });
});
