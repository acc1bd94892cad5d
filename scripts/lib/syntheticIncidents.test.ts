import { describe, expect, it } from 'vitest';
import { gazetteerEntry } from '../../src/gazetteer/gazetteerEntry.ts';
import { INCIDENT_TYPES } from '../../src/app/layers/incidentTypes.ts';
import { syntheticIncidents } from './syntheticIncidents.ts';

const entry = (id: string, name: string, lon: number, lat: number, population: number) =>
  gazetteerEntry({ id, name, lon, lat, population, admin1: 'SY.09' });
const entries = [
  entry('g:1', 'Alpha Town', 37.1, 36.2, 500000),
  entry('g:2', 'Beta Village', 36.6, 35.9, 3000),
  entry('g:3', 'Gamma', 38.0, 35.0, 20000),
  { ...entry('g:4', 'Elsewhere', 30.5, 50.4, 900000), country: 'UA' },
];

describe('syntheticIncidents', () => {
  it('is the same for the same seed, and differs for another', () => {
    const a = syntheticIncidents(entries, { incidents: 300, seed: 7, days: 30 });
    const b = syntheticIncidents(entries, { incidents: 300, seed: 7, days: 30 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = syntheticIncidents(entries, { incidents: 300, seed: 8, days: 30 });
    expect(JSON.stringify(c.incidents)).not.toBe(JSON.stringify(a.incidents));
  });

  it('writes incidents, places and a manifest in the shape the CLI writes', () => {
    const d = syntheticIncidents(entries, { incidents: 500, seed: 1, days: 20, start: '2024-03-01' });
    expect(d.incidents.features).toHaveLength(500);
    const ids = new Set(d.incidents.features.map((f) => f.properties.id));
    expect(ids.size).toBe(500);
    const places = new Map(d.places.features.map((f) => [f.properties.id, f]));
    const articles = new Map(d.manifest.articles.map((a) => [a.id, a]));
    for (const f of d.incidents.features) {
      const p = f.properties;
      expect(INCIDENT_TYPES).toContain(p.type);
      // At a Syrian place of the gazetteer, at its point.
      const place = places.get(p.place)!;
      expect(place.geometry.coordinates).toEqual(f.geometry.coordinates);
      expect(p.place).not.toBe('g:4');
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(articles.get(s.article)?.outlet).toBe(s.outlet);
      if (p.date && !p.background) expect(d.manifest.days).toContain(p.date);
    }
    expect(d.manifest.days[0]! >= '2024-03-01').toBe(true);
    expect(d.manifest.days.length).toBeLessThanOrEqual(20);
    expect(d.manifest.counts.incidents).toBe(500);
    // Every source's place is mentioned in its article.
    const mentions = d.places.features.reduce((n, f) => n + f.properties.mentions.length, 0);
    expect(mentions).toBe(d.incidents.features.reduce((n, f) => n + f.properties.sources.length, 0));
    // Larger towns see more incidents.
    const at = (id: string) => d.incidents.features.filter((f) => f.properties.place === id).length;
    expect(at('g:1')).toBeGreaterThan(at('g:2'));
  });
});
