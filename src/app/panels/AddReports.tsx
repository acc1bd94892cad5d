// Add reports: a closed "Add reports" section whose form (AddReportsForm) is loaded when first
// opened. The pipeline runs in a worker, which tells how far it has got, and Cancel stops it with
// the map as it was; the report text stays in memory and is only ever shown as text.
import { createSignal, lazy, Show, Suspense } from 'solid-js';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';

const AddReportsForm = lazy(() =>
  import('./AddReportsForm.tsx').then((m) => ({ default: m.AddReportsForm })),
);

/** The add-reports control. */
export function AddReports(props: { state: AppStateView; actions: AppActions }) {
  const [opened, setOpened] = createSignal(false);
  return (
    <>
      <details class="add-reports" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary>Add reports</summary>
        <Show when={opened()}>
          <Suspense fallback={<p class="loading">Loading…</p>}>
            <AddReportsForm state={props.state} actions={props.actions} />
          </Suspense>
        </Show>
      </details>
      <Show when={props.state.ui.busy && props.state.ui.progress}>
        {(p) => (
          <div class="merge-progress" role="status">
            <progress max={Math.max(1, p().total)} value={p().done} aria-label="Reports read" />
            <span>{p().step}</span>
            <button
              type="button"
              onClick={() => void import('../data/pipelineClient.ts').then((m) => m.cancelWorker())}
            >
              Cancel
            </button>
          </div>
        )}
      </Show>
    </>
  );
}
