import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guessDateline, readArticles } from './readArticles.ts';
import { segment } from '../../src/geoparse/text/segment.ts';
import { geoparseReport } from '../../src/geoparse/geoparse.ts';
import { testGazetteer } from '../../src/geoparse/testGazetteer.ts';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'articles-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const gaz = testGazetteer();
const run = (text: string) => geoparseReport(segment({ id: 'x', text }), gaz);

describe('readArticles', () => {
  it('reads .txt/.md/.html with index.json metadata, else ids and datelines from file names', () => {
    const dir = folder({
      'a.txt': 'Shelling hit Homs.',
      'hama-2024-12-05.md': '# Hama\nRebels entered Hama.',
      'page.html': '<p>Clashes near Nubl on 3 December 2024.</p>',
      'notes.csv': 'ignored',
      'index.json': JSON.stringify({
        articles: [
          {
            id: 'first',
            file: 'a.txt',
            outlet: 'Wire',
            dateline: '2024-12-01',
            url: 'https://example.org/a',
          },
        ],
      }),
    });
    const { articles, warnings } = readArticles(dir);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => [a.id, a.outlet, a.dateline])).toEqual([
      ['first', 'Wire', '2024-12-01'],
      ['hama-2024-12-05', null, '2024-12-05'],
      ['page', null, '2024-12-03'],
    ]);
  });

  it('warns, naming the file, about empty, binary and malformed input, and keeps the rest', () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const dir = folder({
      'empty.txt': '',
      'garbage.txt': binary,
      'good.txt': 'Rebels reached Tal Rifaat.',
      'index.json': '{ "articles": [ { "file": "good.txt", ',
    });
    const { articles, warnings } = readArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    const byFile = Object.fromEntries(warnings.map((w) => [w.file, w.message]));
    expect(byFile['empty.txt']).toMatch(/empty/);
    expect(byFile['garbage.txt']).toMatch(/binary/);
    expect(byFile['index.json']).toMatch(/malformed/);
  });

  it('warns about a folder that does not exist', () => {
    const { articles, warnings } = readArticles('/nonexistent/folder');
    expect(articles).toEqual([]);
    expect(warnings[0].file).toBe('/nonexistent/folder');
  });

  it('guesses a dateline from a date written in the text', () => {
    expect(guessDateline('x.txt', 'ALEPPO, November 29, 2024 – Rebels entered.')).toBe('2024-11-29');
    expect(guessDateline('x.txt', 'No date here.')).toBeNull();
  });
});

describe('the pipeline on bad input', () => {
  it('handles 10 MB of text', () => {
    const para =
      'Syrian rebels advanced on Hama while government forces regrouped further south and waited for orders. ';
    const text = para.repeat(Math.ceil(10_000_000 / para.length));
    const out = run(text);
    // Places of events; 'Syrian' names Syria as a demonym (a mention with a role).
    const events = out.places.filter((p) => p.properties.mentions.some((m) => !m.role));
    expect(events.map((p) => p.properties.id)).toEqual(['geonames:170017']);
  });

  it('handles one 10 MB line without spaces or punctuation', () => {
    expect(() => run('x'.repeat(10_000_000))).not.toThrow();
  }, 600_000);

  it('handles right-to-left text with offsets into the text as read', () => {
    const text = 'قصفت الطائرات حلب اليوم.';
    const out = run(text);
    const m = out.mentions.find((x) => x.placeId === 'geonames:170063');
    expect(m && text.slice(m.start, m.end)).toBe('حلب');
  });

  it('never throws on random Unicode, and every mention indexes its own text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const out = run(text + ' Homs.');
        for (const m of out.mentions) expect((text + ' Homs.').slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 200 },
    );
  });
});
