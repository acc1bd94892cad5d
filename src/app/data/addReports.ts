// Adding reports in the browser: read, check, run the pipeline in the worker on all reports
// added so far, merge, and rebuild the control zones for the loaded and the added incidents
// together. A failure leaves everything already on the map in place.
import type { ArticleInput } from '../../types/model.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { controlInWorker, runInWorker } from './pipelineClient.ts';
import { articleIdFor, readReportFiles } from './readReportFiles.ts';
import { reportsAddedMessage } from './reportsAddedMessage.ts';

function takenIds(state: AppStateView): Set<string> {
  return new Set([...Object.keys(state.data().outlets), ...state.userArticles().map((a) => a.id)]);
}

async function run(state: AppStateView, actions: AppActions, added: ArticleInput[]): Promise<void> {
  if (!added.length) return;
  actions.setBusy(true);
  try {
    const all = [...state.userArticles(), ...added];
    const reply = await runInWorker(all);
    for (const e of reply.errors) actions.message('error', e);
    if (reply.ok && reply.output) {
      actions.setUserOutput(reply.output, all);
      actions.message('info', reportsAddedMessage(added, reply.output, all.length));
      const d = state.data();
      const zones = await controlInWorker(d.incidents.features, d.places.features);
      for (const e of zones.errors) actions.message('error', e);
      if (zones.control) {
        actions.setUserControl(zones.control);
        actions.message('info', 'Control zones recomputed with your reports.');
      }
    }
  } finally {
    actions.setBusy(false);
  }
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
  await run(state, actions, articles);
}

/** Adds pasted text as one report. */
export async function addPastedReport(
  state: AppStateView,
  actions: AppActions,
  text: string,
  meta: { outlet?: string; dateline?: string },
): Promise<void> {
  if (!text.trim()) {
    actions.message('error', 'pasted text: nothing to add');
    return;
  }
  const id = articleIdFor(meta.outlet ? `pasted ${meta.outlet}` : 'pasted report', takenIds(state));
  await run(state, actions, [
    { id, file: `pasted text (${id})`, text, outlet: meta.outlet || null, dateline: meta.dateline || null },
  ]);
}
