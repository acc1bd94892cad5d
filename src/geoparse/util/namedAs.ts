// `isNamedAs` (gazetteer/admin1Names.ts) folds the written form each time it is asked about
// another one than the last: the geoparser asks it about each hit of each name, name after
// name, so a report's "Aleppo" was folded again (Unicode normalisation and two replaces) at
// every mention. Its answers, by written form and entry, kept as a text cache.
import type { GazetteerEntry } from '../../types/model.ts';
import { isNamedAs } from '../../gazetteer/admin1Names.ts';
import { textCache } from './textCaches.ts';

const answers = textCache<string, Map<GazetteerEntry, boolean>>();

/** Written forms kept before the cache starts again. */
const MAX_FORMS = 20_000;

/**
 * `isNamedAs(e, written)`, remembered. Gazetteer entries do not change while reports are read,
 * so the answer for an entry and a written form stays the same.
 *
 * @example namedAs(aleppo, 'Aleppo') // true, folded once however often asked
 */
export function namedAs(e: GazetteerEntry, written: string | undefined): boolean {
  if (!written) return false;
  let byEntry = answers.get(written);
  if (!byEntry) {
    if (answers.size >= MAX_FORMS) answers.clear();
    answers.set(written, (byEntry = new Map()));
  }
  let named = byEntry.get(e);
  if (named === undefined) byEntry.set(e, (named = isNamedAs(e, written)));
  return named;
}
