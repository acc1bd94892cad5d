// The message shown once reports added in the app have been read: what they gave — places named,
// incidents they tell (new ones, and those they add a source to) — and how many names could not
// be placed (listed under "Not on the map").
import type { AppData } from '../store/appState.ts';
import { plural } from '../model/plural.ts';
import { reportName } from '../model/reportName.ts';

/**
 * `Added a.txt: 3 places, 2 incidents (1 already reported elsewhere).`, followed by how many of
 * its names could not be placed, when there are any.
 *
 * @example
 * reportsAddedMessage([{ id: 'a', file: 'a.txt' }], data);
 */
export function reportsAddedMessage(
  added: readonly { id: string; file?: string; outlet?: string | null; text?: string }[],
  data: Pick<AppData, 'places' | 'incidents' | 'manifest'>,
): string {
  const ids = new Set(added.map((a) => a.id));
  const places = data.places.features.filter((f) => f.properties.mentions.some((m) => ids.has(m.article)));
  const incidents = data.incidents.features.filter((f) => f.properties.articles.some((a) => ids.has(a)));
  const shared = incidents.filter((f) => f.properties.articles.some((a) => !ids.has(a))).length;
  const n = (data.manifest?.articles ?? [])
    .filter((a) => ids.has(a.id))
    .reduce((sum, a) => sum + (a.unplaced?.length ?? 0), 0);
  const head =
    `Added ${added.map(reportName).join(', ')}: ${plural(places.length, 'place', 'places')}, ` +
    `${plural(incidents.length, 'incident', 'incidents')}` +
    (shared ? ` (${shared} also told by other reports: one marker, every source)` : '');
  if (!n) return `${head}.`;
  return `${head}; ${plural(n, 'name', 'names')} could not be placed (see “Not on the map”).`;
}
