import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guessDateline, inputProblem, readArticles, readReportPaths } from './readArticles.ts';
import { parseText, testGazetteer } from '../../src/geoparse/testGazetteer.ts';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'articles-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const gaz = testGazetteer();
const run = (text: string) => parseText(text, gaz);

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
    expect(byFile['garbage.txt']).toMatch(/not UTF-8/);
    expect(byFile['index.json']).toMatch(/malformed/);
  });

  it('warns about a folder that does not exist', () => {
    const { articles, warnings } = readArticles('/nonexistent/folder');
    expect(articles).toEqual([]);
    expect(warnings[0].file).toBe('/nonexistent/folder');
  });

  it('gives every report an id of its own when ids repeat', () => {
    const dir = folder({
      'a.txt': 'Shelling hit Homs.',
      'b.txt': 'Shelling hit Hama.',
      'c.txt': 'Shelling hit Idlib.',
      'same-2.txt': 'Rebels entered Aleppo.',
      'index.json': JSON.stringify([
        { file: 'a.txt', id: 'same' },
        { file: 'b.txt', id: 'same' },
        { file: 'c.txt', id: 'same' },
      ]),
    });
    const { articles, warnings } = readArticles(dir);
    const ids = articles.map((a) => a.id);
    expect(ids).toEqual(['same', 'same-3', 'same-4', 'same-2']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([
      'b.txt: id "same" is already used, renamed to "same-3"',
      'c.txt: id "same" is already used, renamed to "same-4"',
    ]);
  });

  it('checks datelines: a real calendar day in a sane range, else a warning naming the file', () => {
    const dir = folder({
      'feb.txt': 'Shelling hit Homs.',
      'far-2024-11-29.txt': 'Shelling hit Hama.',
      'word.txt': 'On 29 November 2024 shelling hit Idlib.',
      'old.txt': 'On 3 March 1024 nothing happened in Aleppo.',
      'index.json': JSON.stringify([
        { file: 'feb.txt', dateline: '2024-02-30' },
        { file: 'far-2024-11-29.txt', dateline: '9999-12-31' },
        { file: 'word.txt', dateline: 'not-a-date' },
      ]),
    });
    const { articles, warnings } = readArticles(dir);
    expect(Object.fromEntries(articles.map((a) => [a.file, a.dateline]))).toEqual({
      'far-2024-11-29.txt': '2024-11-29',
      'feb.txt': null,
      'old.txt': null,
      'word.txt': '2024-11-29',
    });
    const byFile = Object.fromEntries(warnings.map((w) => [w.file, w.message]));
    expect(byFile['feb.txt']).toBe(
      'index.json dateline "2024-02-30" is not a calendar day; no dateline used',
    );
    expect(byFile['far-2024-11-29.txt']).toMatch(
      /"9999-12-31" is after .*; using 2024-11-29, found in the file name/,
    );
    expect(byFile['word.txt']).toMatch(
      /"not-a-date" is not a date written YYYY-MM-DD; using 2024-11-29, found in the text/,
    );
    expect(byFile['old.txt']).toMatch(/"1024-03-03" is before 1900-01-01/);
  });

  it('refuses a symbolic link that leads out of the folder, and follows one inside it', () => {
    const outside = folder({ 'secret.txt': 'Rebels entered Aleppo.' });
    const dir = folder({ 'real.txt': 'Shelling hit Homs.' });
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'inner.txt'), 'Shelling hit Hama.');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
    symlinkSync(path.join(dir, 'sub', 'inner.txt'), path.join(dir, 'inner.txt'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'index.json'));
    const { articles, warnings } = readArticles(dir);
    expect(articles.map((a) => a.file)).toEqual(['inner.txt', 'real.txt']);
    const byFile = Object.fromEntries(warnings.map((w) => [w.file, w.message]));
    expect(byFile['leak.txt']).toMatch(/^a link to .*secret\.txt, outside the folder: refused$/);
    expect(byFile['index.json']).toMatch(/outside the folder: refused/);
  });

  it('refuses a Latin-1 file as the app does', () => {
    const dir = folder({
      'latin1.txt': Buffer.from('Rebels entered Hal\xe9b.', 'latin1'),
      'ok.txt': 'Shelling hit Homs.',
    });
    const { articles, warnings } = readArticles(dir);
    expect(articles.map((a) => a.file)).toEqual(['ok.txt']);
    expect(warnings[0]).toEqual({
      file: 'latin1.txt',
      message:
        'not UTF-8 text (line 1 has a byte that is not UTF-8: Latin-1 or Windows-1252? Save it as UTF-8), skipped',
    });
  });

  it('names a path that cannot be read as reports', () => {
    const dir = folder({ 'a.txt': 'Shelling hit Homs.', 'notes.csv': 'x' });
    expect(inputProblem(dir)).toBeNull();
    expect(inputProblem(path.join(dir, 'a.txt'))).toBeNull();
    expect(inputProblem(path.join(dir, 'typo'))).toBe(`${path.join(dir, 'typo')}: does not exist`);
    expect(inputProblem(path.join(dir, 'notes.csv'))).toBe(
      `${path.join(dir, 'notes.csv')} is not a report (a .txt, .md or .html file, or a folder of them)`,
    );
  });

  it('reads files given one by one as their folder would, with its index.json', () => {
    const dir = folder({
      'a.txt': 'Shelling hit Homs.',
      'b.txt': 'Rebels entered Hama on 5 December 2024.',
      'c.txt': 'Clashes near Nubl.',
      'index.json': JSON.stringify({
        articles: [{ id: 'first', file: 'a.txt', outlet: 'Wire', dateline: '2024-12-01' }],
      }),
    });
    const whole = readArticles(dir).articles;
    const one = readReportPaths([path.join(dir, 'a.txt')]);
    expect(one.warnings).toEqual([]);
    expect(one.articles).toEqual([whole[0]]);
    // In the order given; a file reached again (given twice, or inside a folder given) is read once.
    const some = readReportPaths([
      path.join(dir, 'c.txt'),
      path.join(dir, 'b.txt'),
      dir,
      path.join(dir, 'c.txt'),
    ]);
    expect(some.warnings).toEqual([]);
    expect(some.articles.map((a) => a.id)).toEqual(['c', 'b', 'first']);
    expect(some.articles[1]).toEqual(whole[1]);
  });

  it('keeps ids apart across folders and names what it cannot read', () => {
    const one = folder({ 'report.txt': 'Shelling hit Homs.' });
    const two = folder({ 'report.txt': 'Shelling hit Hama.' });
    const { articles, warnings } = readReportPaths([one, two, path.join(two, 'gone.txt')]);
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ['report', 'Shelling hit Homs.'],
      ['report-2', 'Shelling hit Hama.'],
    ]);
    expect(warnings).toEqual([
      {
        file: path.join(two, 'gone.txt'),
        message: `cannot read: ${path.join(two, 'gone.txt')}: does not exist`,
      },
      { file: 'report.txt', message: 'id "report" is already used, renamed to "report-2"' },
    ]);
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
