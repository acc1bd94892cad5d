// Adding and removing reports in the browser: read and check them, let the worker read them and
// merge them into the loaded map (the pipeline's own merge), then keep them in IndexedDB in one
// transaction with the map they make. A failure leaves everything already on the map in place;
// a storage failure is said, and the reports stay on the map until the page is closed. Loaded
// when first used (a report added, removed, or kept reports on data that changed): opening the
// storage and showing kept reports is reportStorage.ts.
import type { ArticleInput } from '../../types/model.ts';
import { importedControl } from '../../pipeline/importedControl.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { expectedDigest } from '../../pipeline/checkDigests.ts';
import { mergeInWorker } from './pipelineClient.ts';
import { loadedReportCount, mergeRefusal } from './mergeBase.ts';
import { pastedTextProblem } from './pastedTextProblem.ts';
import { articleIdFor, readReportFiles } from './readReportFiles.ts';
import { reportsAddedMessage } from './reportsAddedMessage.ts';
import { addedExtent, boxInside, dayToShow } from '../model/addedExtent.ts';
import { fitCamera } from '../model/fitCamera.ts';
import { pastedLabel, reportName } from '../model/reportName.ts';
import { baseKey, reportStorage } from './reportStorage.ts';
import type { StoredReport } from './reportStore.ts';

function takenIds(state: AppStateView): Set<string> {
  return new Set([...Object.keys(state.baseData().outlets), ...state.userReports().map((r) => r.id)]);
}

/**
 * Merges `articles` (new) with the user's reports `keep` into the loaded map, shows the result
 * and keeps it. Returns the reports that joined the map.
 */
async function merge(
  state: AppStateView,
  actions: AppActions,
  articles: ArticleInput[],
  keep: StoredReport[],
  put: StoredReport[] = [],
  remove: string[] = [],
): Promise<StoredReport[] | null> {
  const refused = mergeRefusal(state.baseData());
  if (refused) {
    actions.message('error', refused);
    return null;
  }
  actions.setBusy(true);
  try {
    const all = [...keep, ...put];
    const reply = await mergeInWorker(
      articles,
      all.map((r) => r.reading),
      importedControl(state.baseData().control),
      {
        articles: loadedReportCount(state.baseData().manifest),
        digest: expectedDigest(state.baseData().manifest, 'readings.json'),
      },
      (p) => actions.setProgress(p),
    );
    actions.setProgress(null); // past the worker: nothing left to cancel
    if (!reply.ok && reply.cancelled) {
      actions.message('info', 'Stopped: nothing was added or removed; the map is as it was.');
      return null;
    }
    for (const e of reply.errors) actions.message('error', e);
    if (!reply.ok || !reply.merge) return null;
    const { output, added, skipped } = reply.merge;
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const s of skipped)
      actions.message(
        'info',
        `${reportName({ ...s.article, text: byId.get(s.article.id)?.text })} is already on the map (same text as ${reportName(s.sameAs)}); nothing changed.`,
      );
    const now = new Date().toISOString();
    const fresh: StoredReport[] = added.flatMap((reading) => {
      const a = byId.get(reading.article.id);
      return a
        ? [
            {
              id: reading.article.id,
              text: a.text,
              outlet: a.outlet ?? null,
              dateline: a.dateline ?? null,
              ...(a.file ? { file: a.file } : {}),
              added: now,
              reading,
            },
          ]
        : [];
    });
    const reports = [...all, ...fresh];
    if (!fresh.length && !put.length && !remove.length) return [];
    // Kept first, shown second: a reload the moment the map shows the change must not lose it
    // (the map showed a put-back report before its transaction ended; a reload then dropped it).
    const db = await reportStorage(actions);
    if (db) {
      try {
        await db.commit(
          [...put, ...fresh],
          remove,
          reports.length ? { baseKey: baseKey(state), output } : null,
        );
      } catch (e) {
        actions.message(
          'error',
          `Could not keep this change in the browser: ${(e as Error).message}. It is on the map until you close the page.`,
        );
      }
    }
    actions.setUserReports(reports, output);
    return fresh;
  } finally {
    actions.setBusy(false);
  }
}

/**
 * What shows the reports `ids` on the map: the camera fitted to what they put there and, when
 * all their incidents are later than the day shown, that day moved on so they are drawn. Null
 * when they put nothing on the map.
 */
function showerOf(
  state: AppStateView,
  actions: AppActions,
  ids: Set<string>,
): ((always: boolean) => void) | null {
  const extent = addedExtent(ids, state.data());
  if (!extent) return null;
  return (always) => {
    const day = dayToShow(extent.days, state.day(), state.days());
    if (day) actions.setDate(day);
    const view = state.bounds();
    if (!always && view && boxInside(extent.bounds, view)) return;
    const map = document.getElementById('map');
    if (!map) return;
    // Never closer than an incident is shown at, so one town's report shows the town, not a roof;
    // and no closer than the basemap has something to show there (`show`).
    actions.show(fitCamera(extent.bounds, map.clientWidth, map.clientHeight, { padding: 60, maxZoom: 11 }));
  };
}

/**
 * Waits for the loaded map's data: a report added in the page's first moments (the manifest, the
 * loaded reports and their zones not in yet) is merged once they are, never against an empty map
 * (it would replace every loaded layer, and its id could be one a loaded report has).
 */
async function loadedMap(state: AppStateView, actions: AppActions): Promise<void> {
  if (state.baseIn()) return;
  actions.setBusy(true);
  const note = actions.message(
    'info',
    'The map’s data is still loading: your reports are added once it is in.',
  );
  try {
    await state.baseLoaded();
  } finally {
    actions.dismiss(note);
    actions.setBusy(false);
  }
}

/** Whether the run went through (the reports joined the map or were already on it). */
async function add(state: AppStateView, actions: AppActions, articles: ArticleInput[]): Promise<boolean> {
  if (!articles.length) return false;
  const fresh = await merge(state, actions, articles, state.userReports());
  if (fresh?.length) {
    // A report about another region would change nothing in view (the list shows only what is
    // in view): the map moves to what was added unless it is all in view already, and the
    // message can bring it back after the user moved on.
    const show = showerOf(state, actions, new Set(fresh.map((r) => r.id)));
    actions.message(
      'info',
      reportsAddedMessage(fresh, state.data()),
      show ? { label: 'Show what was added', run: () => show(true) } : undefined,
    );
    show?.(false);
  }
  return fresh !== null;
}

/**
 * Adds dropped or chosen files; files that cannot be read are named in a message.
 *
 * @example
 * await addReportFiles(state, actions, [...input.files]);
 */
export async function addReportFiles(state: AppStateView, actions: AppActions, files: File[]): Promise<void> {
  await loadedMap(state, actions);
  const { articles, errors } = await readReportFiles(files, takenIds(state));
  for (const e of errors) actions.message('error', e);
  await add(state, actions, articles);
}

/**
 * Adds pasted text as one report (no larger than a report file may be). Resolves true when the
 * run went through; on a refusal, a failure or Cancel it is false, and the text is the user's still.
 */
export async function addPastedReport(
  state: AppStateView,
  actions: AppActions,
  text: string,
  meta: { outlet?: string; dateline?: string },
): Promise<boolean> {
  if (!text.trim()) {
    actions.message('error', 'pasted text: nothing to add');
    return false;
  }
  const tooLarge = pastedTextProblem(text);
  if (tooLarge) {
    actions.message('error', tooLarge);
    return false;
  }
  await loadedMap(state, actions);
  const id = articleIdFor(meta.outlet ? `pasted ${meta.outlet}` : 'pasted report', takenIds(state));
  return add(state, actions, [
    { id, file: pastedLabel(id), text, outlet: meta.outlet || null, dateline: meta.dateline || null },
  ]);
}

/** Takes one of the user's reports off the map (and out of storage), with Undo. */
export async function removeReport(state: AppStateView, actions: AppActions, id: string): Promise<void> {
  const gone = state.userReports().find((r) => r.id === id);
  if (!gone) return;
  const keep = state.userReports().filter((r) => r.id !== id);
  const done = await merge(state, actions, [], keep, [], [id]);
  if (!done) return;
  const name = reportName(gone);
  const msg = actions.message('info', `Removed ${name}.`, {
    label: 'Undo',
    run: () => {
      actions.dismiss(msg);
      void putBack(state, actions, gone);
    },
  });
}

/** Puts a removed report back (its reading is kept: nothing is read again). */
export async function putBack(state: AppStateView, actions: AppActions, report: StoredReport): Promise<void> {
  if (state.userReports().some((r) => r.id === report.id)) return;
  const done = await merge(state, actions, [], state.userReports(), [report]);
  if (done) actions.message('info', `Put back ${reportName(report)}.`);
}

/** Merges reports kept from an earlier visit into loaded data that changed since (a new ingest). */
export async function mergeKept(
  state: AppStateView,
  actions: AppActions,
  kept: StoredReport[],
): Promise<void> {
  await merge(state, actions, [], [], kept);
}
