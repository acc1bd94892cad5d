// The add/remove actions the page's controls call, with the reading and merging behind them
// (addReports.ts, the pipeline worker's client) loaded when a report is first added or removed
// rather than with the map.
import type { AppActions, AppStateView } from '../store/createAppStore.ts';

const adding = () => import('./addReports.ts');

/** addReports.ts's addReportFiles, loaded on first use. */
export async function addReportFiles(state: AppStateView, actions: AppActions, files: File[]): Promise<void> {
  return (await adding()).addReportFiles(state, actions, files);
}

/** addReports.ts's addPastedReport, loaded on first use: true when the run went through. */
export async function addPastedReport(
  state: AppStateView,
  actions: AppActions,
  text: string,
  meta: { outlet?: string; dateline?: string },
): Promise<boolean> {
  return (await adding()).addPastedReport(state, actions, text, meta);
}

/** addReports.ts's removeReport (with Undo), loaded on first use. */
export async function removeReport(state: AppStateView, actions: AppActions, id: string): Promise<void> {
  return (await adding()).removeReport(state, actions, id);
}
