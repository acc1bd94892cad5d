// Reports added in the browser are run through the pipeline together; their places and incidents
// are shown beside the loaded data under ids of their own, so nothing loaded disappears.
import type { PipelineOutput } from '../../types/model.ts';
import type { AppData } from '../store/appState.ts';

/** Prefix of ids that come from reports the user added. */
export const USER_PREFIX = 'user:';

/**
 * `base` plus the places and incidents of `user` (ids prefixed with `user:`), the user's days
 * added to the date control, and the user's texts so quotes work for them.
 *
 * @example
 * mergeUserOutput(base, out, { a1: 'text' }).incidents.features.length; // base + user
 */
export function mergeUserOutput(
  base: AppData,
  user: PipelineOutput,
  texts: Record<string, string>,
  outlets: Record<string, string | null>,
): AppData {
  const pid = (id: string) => USER_PREFIX + id;
  const places = user.places.features.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      id: pid(f.properties.id),
      relativeTo: f.properties.relativeTo && {
        ...f.properties.relativeTo,
        placeId: pid(f.properties.relativeTo.placeId),
      },
    },
  }));
  const incidents = user.incidents.features.map((f) => ({
    ...f,
    properties: { ...f.properties, id: pid(f.properties.id), place: pid(f.properties.place) },
  }));
  const days = [...new Set([...(base.manifest?.days ?? []), ...user.manifest.days])].sort();
  return {
    ...base,
    manifest: base.manifest
      ? { ...base.manifest, days, articles: [...base.manifest.articles, ...user.manifest.articles] }
      : { ...user.manifest, days },
    places: { type: 'FeatureCollection', features: [...base.places.features, ...places] },
    incidents: { type: 'FeatureCollection', features: [...base.incidents.features, ...incidents] },
    texts: { ...base.texts, ...texts },
    outlets: { ...base.outlets, ...outlets },
  };
}
