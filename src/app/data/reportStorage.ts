// The browser's storage for the reports a user adds (IndexedDB, src/app/data/reportStore.ts),
// opened once, and the reports kept from earlier visits shown again on start. Adding, removing
// and merging are addReports.ts, loaded when first needed; the store itself (and `idb`) is
// loaded when first opened: a first visit reads nothing and writes its view only after a while.
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import type { ReportStore } from './reportStore.ts';
import { loadedReportCount } from './mergeBase.ts';

/** The app's IndexedDB database. */
export const DB_NAME = 'situation-map';

let storage: Promise<ReportStore | null> | null = null;

/** The browser's storage, opened once; null (with a message said once) when it cannot be used. */
export function reportStorage(actions: AppActions): Promise<ReportStore | null> {
  storage ??= import('./reportStore.ts')
    .then((m) => m.ReportStore.open())
    .catch((e: Error) => {
      actions.message('error', `Reports you add cannot be kept after a reload: ${e.message}.`);
      return null;
    });
  return storage;
}

/**
 * The browser's storage for reading what earlier visits kept: null without opening (or making)
 * the database when this browser holds none, as on a first visit.
 */
export async function keptStorage(actions: AppActions): Promise<ReportStore | null> {
  return (await databaseExists()) ? reportStorage(actions) : null;
}

/**
 * Whether this browser holds the app's database (false when it surely does not: nothing was
 * kept, so there is nothing to read and the database need not be made). Asks
 * `indexedDB.databases()`, which does not create it; true where that is missing.
 */
export async function databaseExists(name = DB_NAME): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === name);
  } catch {
    return true;
  }
}

/** Which loaded data a merged map was made on: a new ingest makes the kept map stale. */
export function baseKey(state: AppStateView): string {
  const m = state.baseData().manifest;
  return m ? `${m.generated}|${m.gazetteer?.version}|${loadedReportCount(m)}` : 'none';
}

/**
 * On start: the reports kept from earlier visits, shown with the map they made when it was made
 * on the same loaded data, else merged again (the data was re-ingested).
 */
export async function restoreReports(state: AppStateView, actions: AppActions): Promise<void> {
  const db = await keptStorage(actions);
  if (!db) return;
  let kept: Awaited<ReturnType<ReportStore['load']>>;
  try {
    kept = await db.load();
  } catch (e) {
    actions.message('error', `Could not read the reports kept in this browser: ${(e as Error).message}.`);
    return;
  }
  if (!kept.reports.length) return;
  if (kept.snapshot?.baseKey === baseKey(state)) {
    actions.setUserReports(kept.reports, kept.snapshot.output);
    return;
  }
  // The loaded data changed since: merge the kept readings into it again.
  const { mergeKept } = await import('./addReports.ts');
  await mergeKept(state, actions, kept.reports);
}
