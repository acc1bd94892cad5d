// The worker's side of adding reports: read each new report on its own (a report that cannot be
// read is named and left out, the others go on), then merge them with the loaded map and the
// user's earlier reports through the pipeline's own merge.
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { mergeOutput } from '../pipeline/mergeOutput.ts';
import { readReport, type ReportReading } from '../pipeline/readReport.ts';
import type { ArticleInput, ControlFeature } from '../types/model.ts';
import { MAX_REPORT_BYTES, textTooLarge } from '../pipeline/decodeReport.ts';
import type { MergeProgress, MergeResults } from './messages.ts';

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The merged map, or null with the errors when even the merge failed (the app then keeps what
 * it shows). Errors name the report's file. A report larger than a file may be (2 MB) is refused
 * unread, whoever sent it. `progress` hears of each report before it is read, then of the merge.
 *
 * @example
 * mergeReports(base, [], [{ id: 'a', file: 'a.txt', text: '…' }], gaz); // { result, errors: [] }
 */
export function mergeReports(
  base: ReportReading[],
  earlier: ReportReading[],
  articles: ArticleInput[],
  gazetteer: Gazetteer,
  controlOverrides: ControlFeature[] = [],
  read: typeof readReport = readReport,
  progress: (p: MergeProgress) => void = () => {},
): { result: MergeResults | null; errors: string[] } {
  const errors: string[] = [];
  const fresh: ReportReading[] = [];
  const total = articles.length;
  articles.forEach((a, i) => {
    const name = a.file ?? a.id;
    progress({ done: i, total, step: `Reading report ${i + 1} of ${total}: ${name}` });
    if (typeof a.text === 'string' && textTooLarge(a.text)) {
      errors.push(`${name}: larger than ${MAX_REPORT_BYTES / 1_000_000} MB, not a news report? Not read.`);
      return;
    }
    try {
      fresh.push(read(a, gazetteer));
    } catch (e) {
      errors.push(`${name}: could not be read (${reason(e)})`);
    }
  });
  progress({ done: total, total, step: 'Merging with the map' });
  try {
    // Earlier reports first: they were deduplicated when added, so only new ones can be skipped.
    const merged = mergeOutput([...base, ...earlier], fresh, gazetteer, {
      controlOverrides: controlOverrides.length ? controlOverrides : undefined,
    });
    const { readings: _all, ...output } = merged.output;
    return { result: { output, added: merged.added, skipped: merged.skipped }, errors };
  } catch (e) {
    return {
      result: null,
      errors: [...errors, `the reports could not be merged with the map (${reason(e)})`],
    };
  }
}
