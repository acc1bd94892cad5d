// The full text of one article, opened at a place: text nodes only, the place marked and
// scrolled into view. Escape or the close button returns focus to the panel.
import { Show, createEffect, onCleanup } from 'solid-js';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { pushEscape } from './escapeStack.ts';

/** Dialog with the article text. */
export function ArticleReader(props: { state: AppStateView; actions: AppActions }) {
  let mark: HTMLElement | undefined;
  let close: HTMLButtonElement | undefined;
  let returnFocus: Element | null = null;
  const r = () => props.state.ui.reader;
  const text = () => (r() ? props.state.data().texts[r()!.article] : undefined);
  createEffect(() => {
    if (!r()) return;
    returnFocus = document.activeElement;
    queueMicrotask(() => {
      mark?.scrollIntoView({ block: 'center' });
      close?.focus();
    });
    onCleanup(pushEscape(done));
  });
  const done = () => {
    props.actions.closeReader();
    (returnFocus as HTMLElement | null)?.focus?.();
  };
  return (
    <Show when={r() && text() !== undefined}>
      <div class="reader-backdrop">
        <section class="reader" role="dialog" aria-modal="true" aria-labelledby="reader-title">
          <header class="panel-head">
            <h2 id="reader-title">{props.state.data().outlets[r()!.article] ?? r()!.article}</h2>
            <button type="button" class="close" ref={close} aria-label="Close article" onClick={done}>
              ×
            </button>
          </header>
          <div class="reader-text" tabindex="0">
            {text()!.slice(0, r()!.start)}
            <mark ref={mark}>{text()!.slice(r()!.start, r()!.end)}</mark>
            {text()!.slice(r()!.end)}
          </div>
        </section>
      </div>
    </Show>
  );
}
