import { describe, expect, it } from 'vitest';
import type { ManifestArticle } from '../../types/model.ts';
import { unplacedCount, unplacedRows } from './unplacedRows.ts';

// Made-up names and offsets: no article text.
const articles: Pick<ManifestArticle, 'id' | 'outlet' | 'unplaced'>[] = [
  {
    id: 'a1',
    outlet: 'Test Wire',
    unplaced: [
      {
        start: 40,
        end: 46,
        text: 'Tall Q',
        reason: 'far',
        candidates: [{ gazetteerId: 'g:9', name: 'Tall Q' }],
      },
      {
        start: 10,
        end: 18,
        text: 'Kafr Zed',
        reason: 'ambiguous',
        candidates: [
          { gazetteerId: 'g:1', name: 'Kafr Zed' },
          { gazetteerId: 'g:2', name: 'Kafr Zed' },
          { gazetteerId: 'g:3', name: 'Kfar Zed' },
        ],
      },
    ],
  },
  { id: 'a2', outlet: null },
  { id: 'mine', outlet: null, unplaced: [{ start: 0, end: 5, text: 'Umm X', reason: 'unknown' }] },
];

describe('unplacedRows', () => {
  it('lists each name with its report and the reason in words, by article then position', () => {
    const rows = unplacedRows(articles, { mine: 'mine.txt' });
    expect(rows.map((r) => [r.key, r.text, r.report, r.reason])).toEqual([
      ['a1:10', 'Kafr Zed', 'Test Wire', 'several places fit'],
      ['a1:40', 'Tall Q', 'Test Wire', 'too far from the report’s other places'],
      ['mine:0', 'Umm X', 'mine.txt', 'not in the gazetteer'],
    ]);
    expect(rows[0]!.candidates).toEqual(['Kfar Zed']);
    expect(rows[2]!.candidates).toEqual([]);
    expect(rows[0]).toMatchObject({ article: 'a1', start: 10, end: 18 });
  });

  it('names a report by its id when it has no outlet', () => {
    expect(unplacedRows([articles[2]!])[0]!.report).toBe('mine');
  });

  it('counts names, zero when the manifest has none', () => {
    expect(unplacedCount(articles)).toBe(3);
    expect(unplacedCount([{ unplaced: undefined }])).toBe(0);
    expect(unplacedRows([])).toEqual([]);
  });

  it("words a reason it does not know by the reason itself, even one a plain object's prototype has", () => {
    const reason = 'constructor' as 'unknown';
    const rows = unplacedRows([
      { id: 'a9', outlet: 'Wire', unplaced: [{ start: 0, end: 4, text: 'Kfar', reason }] },
    ]);
    expect(rows[0]!.reason).toBe('constructor');
  });
});
