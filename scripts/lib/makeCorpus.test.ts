import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/types/model.ts';
import { gazetteerEntry } from '../../src/gazetteer/gazetteerEntry.ts';
import { corpusPlaces, makeCorpus, reporterSpelling } from './makeCorpus.ts';

/** A place of Aleppo governorate, of 5,000 people unless told. */
const entry = (id: string, name: string, over: Partial<GazetteerEntry> = {}) =>
  gazetteerEntry({ id, name, lon: 37, lat: 36, population: 5000, admin1: 'SY.09', ...over });

const ENTRIES: GazetteerEntry[] = [
  entry('adm:1', 'Halab Governorate', { kind: 'admin1', featureCode: 'ADM1' }),
  ...[
    'Ţayyibat al Imām',
    'Kafr Nubl',
    'Saraqib',
    'Tall Rif‘at',
    'Manbij',
    'Azaz',
    'Jarabulus',
    'Dana',
    'Harim',
    'Salqin',
    'Atarib',
  ].map((n, i) => entry(`geonames:${i + 1}`, n, { population: 1000 * (i + 1) })),
  entry('sm:nbhd:x', 'Old Quarter', { kind: 'neighbourhood', featureCode: 'NBHD' }),
  entry('geonames:900', 'Kharkiv', { country: 'UA', population: 1_400_000 }),
  ...['Greece', 'Poland', 'Egypt', 'Sudan'].map((n, i) =>
    entry(`ne:${i}`, n, { kind: 'country', country: `C${i}`, population: 10_000_000, featureCode: 'PCLI' }),
  ),
];

describe('makeCorpus', () => {
  const places = corpusPlaces(ENTRIES);

  it('spells places as English reports do and keeps their province', () => {
    expect(reporterSpelling('Ţayyibat al Imām')).toBe('Tayyibat al Imam');
    expect(reporterSpelling('Tall Rif‘at')).toBe('Tall Rifat');
    expect(places.towns.find((t) => t.id === 'geonames:1')?.province).toBe('Halab');
    expect(places.neighbourhoods.map((p) => p.name)).toEqual(['Old Quarter']);
    expect(places.abroad.map((p) => p.name)).toEqual(['Kharkiv']);
  });

  it('writes the same reports for the same seed, other reports for another', () => {
    const a = [...makeCorpus(places, { reports: 30, seed: 7 })];
    const b = [...makeCorpus(places, { reports: 30, seed: 7 })];
    const c = [...makeCorpus(places, { reports: 30, seed: 8 })];
    expect(a).toEqual(b);
    expect(a.map((r) => r.text)).not.toEqual(c.map((r) => r.text));
  });

  it('writes reports with datelines rising over the days, outlets, speakers, figures and noise', () => {
    const reps = [...makeCorpus(places, { reports: 60, seed: 1, start: '2024-11-27', days: 30 })];
    expect(reps[0].dateline).toBe('2024-11-27');
    expect(reps[59].dateline).toBe('2024-12-26');
    expect(reps.map((r) => r.dateline)).toEqual([...reps.map((r) => r.dateline)].sort());
    expect(new Set(reps.map((r) => r.id)).size).toBe(60);
    expect(new Set(reps.map((r) => r.outlet)).size).toBeGreaterThan(5);
    const all = reps.map((r) => r.text).join('\n');
    const names = [...places.towns, ...places.neighbourhoods].map((p) => p.name);
    expect(names.filter((n) => all.includes(n)).length).toBeGreaterThan(8);
    expect(all).toMatch(/\bsaid\b/);
    expect(all).toMatch(/\b\d+ (?:people|civilians|fighters)\b|killing \d+/);
    expect(all).toMatch(/All rights reserved|Latest Stories|Photo:/);
    expect(reps.some((r) => r.noise !== null)).toBe(true);
    // Events are shared between reports of the same days, so merging has work to do.
    const leads = reps.map(
      (r) =>
        r.text.match(/(?:captured|struck|shelled|entered) ([A-Z][\w ]+?)(?: in| on| early| late|,)/)?.[1],
    );
    expect(new Set(leads.filter(Boolean)).size).toBeLessThan(leads.filter(Boolean).length);
  });
});
