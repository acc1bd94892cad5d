// A user switching a place to another of the resolver's alternatives. The entry's geometry comes
// from the browser gazetteer pack, which the worker loads once; the switch itself is a store
// override (applied by model/placeOverrides.ts, kept in the URL).
import { resolvedAs } from '../model/placeOverrides.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { entriesInWorker } from './pipelineClient.ts';

/** Fetches the entries of `ids` not known yet; returns the ids the pack does not have. */
async function fetchEntries(actions: AppActions, ids: string[]): Promise<string[]> {
  const wanted = [...new Set(ids)].filter((id) => !actions.hasEntry(id));
  if (!wanted.length) return [];
  actions.setBusy(true);
  try {
    const { entries, errors } = await entriesInWorker(wanted);
    for (const e of errors) actions.message('error', e);
    actions.addEntries(entries);
    return errors.length ? [] : wanted.filter((id) => !actions.hasEntry(id));
  } finally {
    actions.setBusy(false);
  }
}

/**
 * Moves place `placeId` to gazetteer entry `gazetteerId` (the resolver's own choice undoes the
 * switch). An entry the browser pack lacks is refused with a message naming it.
 *
 * @example
 * await switchPlace(state, actions, 'geonames:170063', 'sm:adm1:SY02');
 */
export async function switchPlace(
  state: AppStateView,
  actions: AppActions,
  placeId: string,
  gazetteerId: string,
): Promise<void> {
  const place = state.data().places.features.find((f) => f.properties.id === placeId);
  if (!place) return;
  const original = resolvedAs(place.properties)?.gazetteerId ?? place.properties.gazetteerId;
  if (gazetteerId === original) {
    actions.setOverride(placeId, null);
    return;
  }
  const missing = await fetchEntries(actions, [gazetteerId]);
  if (missing.length || !actions.hasEntry(gazetteerId)) {
    const name =
      place.properties.alternatives.find((a) => a.gazetteerId === gazetteerId)?.name ?? gazetteerId;
    actions.message(
      'error',
      `${name} (${gazetteerId}) is not in the browser gazetteer (gazetteer/pack.json), so ${place.properties.name} cannot be moved there`,
    );
    return;
  }
  actions.setOverride(placeId, gazetteerId);
}

/** Fetches the entries the current overrides need (a shared link with `fix=`). */
export async function loadOverrideEntries(state: AppStateView, actions: AppActions): Promise<void> {
  const missing = await fetchEntries(actions, Object.values(state.ui.overrides));
  for (const id of missing)
    actions.message(
      'error',
      `${id}: not in the browser gazetteer; that place is shown where the resolver put it`,
    );
}

/**
 * Fetches the entry a gazetteer selection shows (a link with `sel=gazetteer:<id>`, opened anew
 * or reloaded); when the pack has none, says so and closes the selection.
 */
export async function loadSelectedEntry(state: AppStateView, actions: AppActions): Promise<void> {
  const sel = state.ui.selection;
  if (sel?.kind !== 'gazetteer' || actions.hasEntry(sel.id)) return;
  const missing = await fetchEntries(actions, [sel.id]);
  if (!missing.length && actions.hasEntry(sel.id)) return;
  actions.message('error', `${sel.id}: not in the browser gazetteer, so that place cannot be shown`);
  if (state.ui.selection?.kind === 'gazetteer' && state.ui.selection.id === sel.id) actions.select(null);
}
