// A report's places must not depend on which other reports share its batch: each report is
// read on its own (readReport) and only the combining step sees them together.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReport } from './readReport.ts';
import { collectPlaces, combineReports } from './combineReports.ts';
import { runPipeline } from './runPipeline.ts';
import { testGazetteer } from '../geoparse/testGazetteer.ts';
import { loadGazetteer } from '../../scripts/lib/loadGazetteer.ts';
import { readArticles } from '../../scripts/lib/readArticles.ts';
import type { ArticleInput, PipelineOutput } from '../types/model.ts';

/** Each report's mentions as "article:start:end → place", so outputs of any batch compare. */
function placesOf(out: PipelineOutput, article: string): string[] {
  return out.places.features
    .flatMap((f) =>
      f.properties.mentions
        .filter((m) => m.article === article)
        .map((m) => `${m.start}:${m.end}:${m.text} → ${f.properties.id}`),
    )
    .sort();
}

describe('combineReports', () => {
  const gaz = testGazetteer();
  // Our own sentences: one report writes a country in lowercase, another names it.
  const reports: ArticleInput[] = [
    {
      id: 'a',
      text: 'Shelling hit Nubl on Monday. A plate of turkey was served to the displaced.',
      dateline: '2024-11-25',
    },
    { id: 'b', text: 'Turkey said its drones struck near Tal Rifaat on Tuesday.', dateline: '2024-11-26' },
    { id: 'c', text: 'Rebels entered Aleppo and Saraqib, residents said.', dateline: '2024-11-29' },
  ];

  it('gives each report the same places alone and in a batch', () => {
    const together = runPipeline(reports, gaz, { now: 'x' });
    for (const r of reports) {
      const alone = runPipeline([r], gaz, { now: 'x' });
      expect(placesOf(together, r.id)).toEqual(placesOf(alone, r.id));
    }
    expect(placesOf(together, 'b').join()).toMatch(/Turkey → ne:TUR/);
  });

  it('merges a place named by several reports into one feature, mentions in report order', () => {
    const readings = [
      readReport({ id: 'x', text: 'Clashes near Aleppo.' }, gaz),
      readReport({ id: 'y', text: 'Aleppo was quiet, then Aleppo burned.' }, gaz),
    ];
    const aleppo = collectPlaces(readings).filter((p) => p.properties.id === 'geonames:170063');
    expect(aleppo).toHaveLength(1);
    expect(aleppo[0].properties.mentions.map((m) => m.article)).toEqual(['x', 'y', 'y']);
  });

  it('puts a place the gazetteer lacks where the report that says most puts it, in any report order', () => {
    const readings = [
      readReport(
        { id: 'x', text: 'Jets struck Saraqib overnight. Shelling hit Saraqib and Kafr Zummar on Monday.' },
        gaz,
      ),
      readReport(
        { id: 'y', text: 'Rebels captured Kafr Zummar, a village 10 km south of Saraqib, on Monday.' },
        gaz,
      ),
    ];
    const placed = (list: typeof readings) => {
      const [p] = collectPlaces(list).filter((f) => f.properties.name === 'Kafr Zummar');
      return {
        at: p.geometry,
        anchor: p.properties.anchor,
        articles: p.properties.mentions.map((m) => m.article),
      };
    };
    const forward = placed(readings);
    const backward = placed([...readings].reverse());
    expect(forward.anchor).toMatchObject({ relation: 'of', uncertaintyKm: 3 });
    expect(forward.at).toEqual(backward.at);
    expect(forward.anchor).toEqual(backward.anchor);
    expect(forward.articles).toEqual(['x', 'y']);
  });

  it('is what runPipeline returns, and its readings survive a JSON round trip', () => {
    const readings = reports.map((r) => readReport(r, gaz));
    const copied = JSON.parse(JSON.stringify(readings)) as typeof readings;
    expect(combineReports(copied, gaz, { now: 'x' })).toEqual(runPipeline(reports, gaz, { now: 'x' }));
  });
});

// Needs ../shared/articles (the sample reports, never committed); skipped on a fresh clone.
const articlesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/articles');
describe.skipIf(!existsSync(articlesDir))('the sample reports alone and together', () => {
  it('give every report the same places', async () => {
    const { articles } = readArticles(articlesDir);
    const world = await loadGazetteer({ scope: 'world' });
    const together = runPipeline(articles, world, { now: 'x' });
    for (const a of articles)
      expect(placesOf(together, a.id)).toEqual(placesOf(runPipeline([a], world, { now: 'x' }), a.id));
  }, 300_000);
});
