// The body of "Add reports": drop or choose .txt/.md files, or paste text (no more than a file may
// hold). Loaded the first time the user opens "Add reports", so the first page load does not carry
// it (nor the report decoder it needs to refuse an oversized paste).
import { Show, createSignal } from 'solid-js';
import { addPastedReport, addReportFiles } from '../data/reportActions.ts';
import { pastedTextProblem } from '../data/pastedTextProblem.ts';
import { mergeRefusal } from '../data/mergeBase.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';

/** The drop zone, file chooser and paste form of the add-reports control. */
export function AddReportsForm(props: { state: AppStateView; actions: AppActions }) {
  let input!: HTMLInputElement;
  const [over, setOver] = createSignal(false);
  const [text, setText] = createSignal('');
  const [outlet, setOutlet] = createSignal('');
  const [dateline, setDateline] = createSignal('');
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    // The page also takes files dropped anywhere (App.tsx): add these once, not twice.
    e.stopPropagation();
    setOver(false);
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) void addReportFiles(props.state, props.actions, files);
  };
  // A map reports cannot be merged into (a published site) says so before anything is pasted.
  const refused = () => mergeRefusal(props.state.baseData());
  return (
    <>
      <Show when={refused()}>
        {(why) => (
          <p class="merge-refused" role="note">
            {why()}
          </p>
        )}
      </Show>
      <div
        class="dropzone"
        classList={{ over: over() }}
        role="button"
        tabindex="0"
        aria-label="Drop .txt or .md reports here, or press Enter to choose files"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        onClick={() => input.click()}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), input.click())}
      >
        Drop .txt or .md reports here or choose files
      </div>
      <input
        ref={input}
        type="file"
        multiple
        accept=".txt,.md,text/plain,text/markdown"
        class="visually-hidden"
        aria-label="Choose report files"
        data-testid="report-files"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          void addReportFiles(props.state, props.actions, files);
        }}
      />
      <form
        class="paste"
        onSubmit={(e) => {
          e.preventDefault();
          void addPastedReport(props.state, props.actions, text(), {
            outlet: outlet(),
            dateline: dateline(),
          }).then((done) => done && setText(''));
        }}
      >
        <label>
          Paste a report
          <textarea
            rows="4"
            value={text()}
            onInput={(e) => setText(e.currentTarget.value)}
            onPaste={(e) => {
              // A paste larger than a report may be is refused before it fills the page.
              const problem = pastedTextProblem(e.clipboardData?.getData('text/plain') ?? '');
              if (!problem) return;
              e.preventDefault();
              props.actions.message('error', problem);
            }}
          />
        </label>
        <div class="paste-meta">
          <label>
            Outlet <input type="text" value={outlet()} onInput={(e) => setOutlet(e.currentTarget.value)} />
          </label>
          <label>
            Report date{' '}
            <input type="date" value={dateline()} onInput={(e) => setDateline(e.currentTarget.value)} />
          </label>
        </div>
        <button type="submit" disabled={props.state.ui.busy || refused() !== null}>
          {props.state.ui.busy ? 'Reading…' : 'Add pasted report'}
        </button>
      </form>
    </>
  );
}
