// A modal dialog: focus moves into it when it opens and back to what opened it when it closes;
// Escape, the close button or a click on the backdrop close it.
import { Show, createEffect, onCleanup, type JSX } from 'solid-js';
import { pushEscape } from './escapeStack.ts';

/** The dialog; `open` decides whether it is shown, `onClose` hides it. */
export function Dialog(props: {
  open: boolean;
  onClose: () => void;
  title: string;
  id: string;
  class?: string;
  children: JSX.Element;
}) {
  let heading: HTMLHeadingElement | undefined;
  createEffect(() => {
    if (!props.open) return;
    const opener = document.activeElement as HTMLElement | null;
    queueMicrotask(() => heading?.focus());
    // eslint-disable-next-line solid/reactivity -- an event handler: called on a key press
    const pop = pushEscape(() => props.onClose());
    onCleanup(() => {
      pop();
      if (opener?.isConnected) opener.focus();
    });
  });
  return (
    <Show when={props.open}>
      <div
        class="dialog-backdrop"
        onClick={(e) => {
          if (e.target === e.currentTarget) props.onClose();
        }}
      >
        <section
          class={`dialog ${props.class ?? ''}`}
          role="dialog"
          aria-modal="true"
          aria-labelledby={`${props.id}-title`}
        >
          <header class="panel-head">
            <h2 id={`${props.id}-title`} ref={heading} tabindex="-1">
              {props.title}
            </h2>
            <button
              type="button"
              class="close"
              aria-label={`Close ${props.title}`}
              onClick={() => props.onClose()}
            >
              ×
            </button>
          </header>
          <div class="dialog-body">{props.children}</div>
        </section>
      </div>
    </Show>
  );
}
