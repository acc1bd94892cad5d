// Adding and removing reports in the browser: read and check them, let the worker read them and
// merge them into the loaded map (the pipeline's own merge), then keep them in IndexedDB in one
// transaction with the map they make. A failure leaves everything already on the map in place;
// a storage failure is said, and the reports stay on the map until the page is closed.
import type { ArticleInput } from '../../types/model.ts';
import { importedControl } from '../../pipeline/importedControl.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { expectedDigest } from '../../pipeline/checkDigests.ts';
import { MAX_REPORT_BYTES, megabytes, textTooLarge } from '../../pipeline/decodeReport.ts';
import { cancelWorker, mergeInWorker } from './pipelineClient.ts';
import { articleIdFor, readReportFiles } from './readReportFiles.ts';
import { reportsAddedMessage } from './reportsAddedMessage.ts';
import { ReportStore, type StoredReport } from './reportStore.ts';

let storage: Promise<ReportStore | null> | null = null;

/** The browser's storage, opened once; null (with a message said once) when it cannot be used. */
export function reportStorage(actions: AppActions): Promise<ReportStore | null> {
  storage ??= ReportStore.open().catch((e: Error) => {
    actions.message('error', `Reports you add cannot be kept after a reload: ${e.message}.`);
    return null;
  });
  return storage;
}

/** Which loaded data a merged map was made on: a new ingest makes the kept map stale. */
export function baseKey(state: AppStateView): string {
  const m = state.baseData().manifest;
  return m ? `${m.generated}|${m.gazetteer?.version}|${m.articles.length}` : 'none';
}

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
  actions.setBusy(true);
  try {
    const all = [...keep, ...put];
    const reply = await mergeInWorker(
      articles,
      all.map((r) => r.reading),
      importedControl(state.baseData().control),
      {
        articles: state.baseData().manifest?.articles.length ?? 0,
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
    for (const s of skipped)
      actions.message(
        'info',
        `${s.article.file ?? s.article.id} is already on the map (same text as ${s.sameAs.outlet ?? s.sameAs.file ?? s.sameAs.id}); nothing changed.`,
      );
    const byId = new Map(articles.map((a) => [a.id, a]));
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
    actions.setUserReports(reports, output);
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
    return fresh;
  } finally {
    actions.setBusy(false);
  }
}

/** Whether the run went through (the reports joined the map or were already on it). */
async function add(state: AppStateView, actions: AppActions, articles: ArticleInput[]): Promise<boolean> {
  if (!articles.length) return false;
  const fresh = await merge(state, actions, articles, state.userReports());
  if (fresh?.length) actions.message('info', reportsAddedMessage(fresh, state.data()));
  return fresh !== null;
}

/**
 * Adds dropped or chosen files; files that cannot be read are named in a message.
 *
 * @example
 * await addReportFiles(state, actions, [...input.files]);
 */
export async function addReportFiles(state: AppStateView, actions: AppActions, files: File[]): Promise<void> {
  const { articles, errors } = await readReportFiles(files, takenIds(state));
  for (const e of errors) actions.message('error', e);
  await add(state, actions, articles);
}

/** Stops the worker's merge in progress (Cancel): the map stays as it was. */
export function cancelMerge(): void {
  cancelWorker();
}

/** Why pasted text cannot be a report (larger than a report file may be), or null. */
export function pastedTextProblem(text: string): string | null {
  return textTooLarge(text)
    ? `pasted text: ${megabytes(new Blob([text]).size)}, larger than the ${megabytes(MAX_REPORT_BYTES)} a report may be (as for files); nothing was added`
    : null;
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
  const id = articleIdFor(meta.outlet ? `pasted ${meta.outlet}` : 'pasted report', takenIds(state));
  return add(state, actions, [
    { id, file: `pasted text (${id})`, text, outlet: meta.outlet || null, dateline: meta.dateline || null },
  ]);
}

/** Takes one of the user's reports off the map (and out of storage), with Undo. */
export async function removeReport(state: AppStateView, actions: AppActions, id: string): Promise<void> {
  const gone = state.userReports().find((r) => r.id === id);
  if (!gone) return;
  const keep = state.userReports().filter((r) => r.id !== id);
  const done = await merge(state, actions, [], keep, [], [id]);
  if (!done) return;
  const name = gone.outlet ?? gone.file ?? gone.id;
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
  if (done) actions.message('info', `Put back ${report.outlet ?? report.file ?? report.id}.`);
}

/**
 * On start: the reports kept from earlier visits, shown with the map they made when it was made
 * on the same loaded data, else merged again (the data was re-ingested).
 */
export async function restoreReports(state: AppStateView, actions: AppActions): Promise<void> {
  const db = await reportStorage(actions);
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
  await merge(state, actions, [], [], kept.reports);
}
