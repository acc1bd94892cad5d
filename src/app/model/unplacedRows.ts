// Names the reports use as places but the geoparser left off the map, as rows for the list
// "Not on the map": nothing a report names is dropped without the user seeing it.
import type { ManifestArticle, UnplacedName } from '../../types/model.ts';
import { wordTable } from '../../words/wordTable.ts';

/** Why a name is not on the map, in words. */
export const UNPLACED_REASONS: Record<UnplacedName['reason'], string> = wordTable({
  unknown: 'not in the gazetteer',
  ambiguous: 'several places fit',
  far: 'too far from the report’s other places',
});

export interface UnplacedRow {
  /** Unique within the list: `<article>:<start>`. */
  key: string;
  article: string;
  /** The report's outlet, else its name for readers (`AppData.outlets`, reportName), else its id. */
  report: string;
  start: number;
  end: number;
  text: string;
  reason: string;
  /** Names of the readings considered and rejected, best first, unless spelt as the report does. */
  candidates: string[];
}

/**
 * One row per unplaced name, in the manifest's article order and then by position in the report.
 *
 * @example
 * unplacedRows([{ id: 'a1', outlet: 'Wire', unplaced: [{ start: 5, end: 9, text: 'Kfar', reason: 'unknown' }] }]);
 * // [{ key: 'a1:5', article: 'a1', report: 'Wire', text: 'Kfar', reason: 'not in the gazetteer', … }]
 */
export function unplacedRows(
  articles: readonly Pick<ManifestArticle, 'id' | 'outlet' | 'unplaced'>[],
  outlets: Record<string, string | null> = {},
): UnplacedRow[] {
  return articles.flatMap((a) =>
    [...(a.unplaced ?? [])]
      .sort((x, y) => x.start - y.start)
      .map((u) => ({
        key: `${a.id}:${u.start}`,
        article: a.id,
        report: a.outlet ?? outlets[a.id] ?? a.id,
        start: u.start,
        end: u.end,
        text: u.text,
        reason: UNPLACED_REASONS[u.reason] ?? u.reason,
        // A reading spelt as the report spells it adds nothing to "several places fit".
        candidates: [...new Set((u.candidates ?? []).map((c) => c.name))].filter(
          (name) => name.toLowerCase() !== u.text.toLowerCase(),
        ),
      })),
  );
}

/** How many names could not be placed, over these articles. */
export function unplacedCount(articles: readonly Pick<ManifestArticle, 'unplaced'>[]): number {
  return articles.reduce((n, a) => n + (a.unplaced?.length ?? 0), 0);
}
