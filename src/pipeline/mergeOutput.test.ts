import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { IncidentFeature, PipelineOutput, PlaceFeature } from '../types/model.ts';
import { importedControl, mergeOutput, renameReading, restoreReadings, slimReadings } from './mergeOutput.ts';
import { readReport, type ReportReading } from './readReport.ts';

const root = new URL('../..', import.meta.url);
const file = (p: string) => new URL(p, root);
const read = <T>(p: string) => JSON.parse(readFileSync(file(p), 'utf8')) as T;
const present = [
  'public/gazetteer/pack.json',
  'public/data/readings.json',
  'public/data/places.geojson',
  'public/data/incidents.geojson',
].every((p) => existsSync(file(p)));

const ids = (o: PipelineOutput) => o.incidents.features.map((f) => f.properties.id);
const outlets = (f: IncidentFeature | undefined) => [...new Set(f?.properties.sources.map((s) => s.outlet))];

describe.skipIf(!present)('mergeOutput on the committed sample (browser pack)', () => {
  let gaz: Gazetteer;
  let base: ReportReading[];
  let loaded: { places: PlaceFeature[]; incidents: IncidentFeature[] };
  beforeAll(() => {
    gaz = new Gazetteer(read('public/gazetteer/pack.json'));
    loaded = {
      places: read<{ features: PlaceFeature[] }>('public/data/places.geojson').features,
      incidents: read<{ features: IncidentFeature[] }>('public/data/incidents.geojson').features,
    };
    base = restoreReadings(read('public/data/readings.json'), loaded.places);
  });

  it('with nothing added, gives back the loaded map', () => {
    const { output, added, skipped } = mergeOutput(base, [], gaz);
    expect(added).toEqual([]);
    expect(skipped).toEqual([]);
    expect(ids(output)).toEqual(loaded.incidents.map((f) => f.properties.id));
    expect(output.places.features.map((f) => f.properties.id)).toEqual(
      loaded.places.map((f) => f.properties.id),
    );
  });

  it('skips a report whose text is already on the map, naming the one it repeats', () => {
    const again = renameReading(base[0]!, 'pasted-again');
    const { output, skipped } = mergeOutput(base, [again], gaz);
    expect(skipped.map((s) => [s.article.id, s.sameAs.id])).toEqual([['pasted-again', base[0]!.article.id]]);
    expect(ids(output)).toEqual(loaded.incidents.map((f) => f.properties.id));
  });

  it('adds a report telling a loaded event as a second source of that incident, not a second incident', () => {
    const aleppo = loaded.incidents.find(
      (f) => f.properties.type === 'advance' && f.properties.place === 'geonames:170063' && f.properties.date,
    );
    expect(aleppo, 'the sample has an advance into Aleppo').toBeDefined();
    // Our own sentence, dated the day of the loaded incident.
    const mine = readReport(
      {
        id: 'test-wire',
        text: 'Opposition fighters entered the city of Aleppo, a war monitor said.',
        outlet: 'Test Wire',
        dateline: aleppo!.properties.date,
      },
      gaz,
    );
    expect(mine.candidates.length).toBeGreaterThan(0);
    const { output, added } = mergeOutput(base, [mine], gaz);
    expect(added).toHaveLength(1);
    const withMine = output.incidents.features.filter((f) =>
      f.properties.sources.some((s) => s.article === 'test-wire'),
    );
    expect(withMine).toHaveLength(1);
    expect(withMine[0]!.properties.place).toBe('geonames:170063');
    expect(outlets(withMine[0])).toEqual(expect.arrayContaining(['Test Wire', ...outlets(aleppo)]));
    expect(output.incidents.features).toHaveLength(loaded.incidents.length);
    expect(output.manifest.articles.map((a) => a.id)).toContain('test-wire');
    // The same report once more changes nothing.
    const twice = mergeOutput(output.readings!, [renameReading(mine, 'test-wire-again')], gaz);
    expect(twice.skipped).toHaveLength(1);
    expect(ids(twice.output)).toEqual(ids(output));
  });
});

describe('mergeOutput helpers', () => {
  const reading = {
    article: { id: 'a', outlet: null, dateline: null, url: null, length: 10, excluded: [], hash: 'h' },
    mentions: [{ article: 'a', start: 0, end: 3 }],
    candidates: [{ article: 'a', start: 0, end: 9 }],
    places: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [37, 36] },
        properties: { id: 'p', mentions: [{ article: 'a', start: 0, end: 3, text: 'Abc' }] },
      },
    ],
  } as unknown as ReportReading;

  it('renames every reference to the article', () => {
    const r = renameReading(reading, 'b');
    expect(JSON.stringify(r)).not.toContain('"article":"a"');
    expect(r.article.id).toBe('b');
  });

  it('leaves place geometry out of readings.json and restores it from places.geojson', () => {
    const slim = slimReadings([reading]);
    expect(slim[0]!.places[0]!.geometry).toBeNull();
    expect(restoreReadings(slim, reading.places)).toEqual([reading]);
    expect(() => restoreReadings(slim, [])).toThrow(/places\.geojson lacks \(p\)/);
  });

  it("keeps a report's own point of a place the gazetteer lacks, whatever places.geojson holds", () => {
    const approx = structuredClone(reading);
    Object.assign(approx.places[0]!.properties, { precision: 'approximate' });
    const slim = slimReadings([approx]);
    expect(slim[0]!.places[0]!.geometry).toEqual({ type: 'Point', coordinates: [37, 36] });
    const merged = [{ ...approx.places[0]!, geometry: { type: 'Point' as const, coordinates: [38, 35] } }];
    expect(restoreReadings(slim, merged)).toEqual([approx]);
  });

  it('keeps imported control polygons as overrides for the next combine', () => {
    const f = (source: string) => ({ type: 'Feature', geometry: null, properties: { source } }) as never;
    expect(importedControl({ features: [f('derived'), f('imported')] })).toHaveLength(1);
  });
});
