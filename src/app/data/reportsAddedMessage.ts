// The message shown once reports added in the app have been read: what was added, what it
// gave, and how many names could not be placed (listed under "Not on the map").
import type { ArticleInput, PipelineOutput } from '../../types/model.ts';
import { unplacedCount } from '../model/unplacedRows.ts';

/**
 * `Added a.txt: 3 places and 1 incidents from your 2 report(s).`, followed by how many names
 * could not be placed when there are any (over all the user's reports, as the counts are).
 *
 * @example
 * reportsAddedMessage([{ id: 'a', file: 'a.txt', text: '…' }], output, 1);
 * // 'Added a.txt: 3 places and 1 incidents from your 1 report(s); 2 names could not be placed (see “Not on the map”).'
 */
export function reportsAddedMessage(
  added: readonly Pick<ArticleInput, 'id' | 'file'>[],
  output: Pick<PipelineOutput, 'manifest'>,
  reports: number,
): string {
  const o = output.manifest.counts;
  const head = `Added ${added.map((a) => a.file ?? a.id).join(', ')}: ${o.places} places and ${o.incidents} incidents from your ${reports} report(s)`;
  const n = unplacedCount(output.manifest.articles);
  if (!n) return `${head}.`;
  return `${head}; ${n} ${n === 1 ? 'name' : 'names'} could not be placed (see “Not on the map”).`;
}
