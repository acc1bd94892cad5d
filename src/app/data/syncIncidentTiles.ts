// Keeps the data worker's incidents — the ones it cuts the map's tiles from — the incidents the
// store shows: after reports are added (the pipeline's merge) or places switched, the worker is
// given the new rows (and the added incidents' full records) and the map fetches new tiles.
import { createEffect, on } from 'solid-js';
import type { IncidentFeature } from '../../types/model.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { replaceIncidents, setIncidentDays } from './incidentData.ts';

/** Call once, inside a reactive root, after the loaded data is in the store. */
export function syncIncidentTiles(state: AppStateView, actions: AppActions): void {
  let sentRows = state.data().incidents;
  // A published site's worker was never given days (its tiles are files).
  let sentDays = state.data().published ? null : state.days().join();
  let queue = Promise.resolve();
  createEffect(
    on([() => state.data().incidents, state.days], ([rows, days]) => {
      if (state.data().published) return;
      const dayKey = days.join();
      if (rows === sentRows && dayKey === sentDays) return;
      const daysChanged = dayKey !== sentDays;
      sentRows = rows;
      sentDays = dayKey;
      const details: Record<string, IncidentFeature> = Object.fromEntries(state.userIncidents());
      queue = queue
        .then(async () => {
          if (daysChanged) await setIncidentDays(days);
          await replaceIncidents(rows.features, details);
          actions.incidentTilesChanged();
        })
        .catch((e: unknown) => {
          actions.message(
            'error',
            `Incidents could not be redrawn: ${e instanceof Error ? e.message : String(e)}`,
          );
        });
    }),
  );
}
