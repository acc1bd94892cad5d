// What adding reports needs to know of the loaded map before anything is merged: how many reports
// it was made of, and whether a report can be merged into it at all. Both are read from what is
// known once the manifest is in: a published site's list of reports and its incidents' rows come
// only after its map's first idle, and a merge decided on them before that was made against an
// empty map (the user's report alone then replaced every loaded layer).
import type { Manifest } from '../../types/model.ts';

/**
 * How many reports the loaded map was made of: the manifest's count (its list may not be in yet).
 *
 * @example
 * loadedReportCount({ counts: { articles: 5, … }, articles: [], … }); // 5
 */
export function loadedReportCount(manifest: Pick<Manifest, 'counts' | 'articles'> | null): number {
  return manifest?.counts?.articles ?? manifest?.articles?.length ?? 0;
}

/**
 * Why no report can be merged into the loaded map, or null when one can. The pipeline's merge
 * starts from the loaded reports' readings (data/readings.json): a published site (npm run
 * publish) carries its layers but not them, and a manifest that names its files names no
 * readings.json then.
 *
 * @example
 * mergeRefusal({ published: null, manifest: null }); // null
 */
export function mergeRefusal(data: {
  published: unknown;
  manifest: Pick<Manifest, 'files'> | null;
}): string | null {
  const files = data.manifest?.files;
  if (!data.published && (!files || 'readings.json' in files)) return null;
  return (
    'This map was published without the readings of its reports, which a new report is merged with: ' +
    'reports cannot be added to it in the browser, and nothing was changed. To add reports, ingest ' +
    'them with the map’s own (npm run ingest) and publish again.'
  );
}
