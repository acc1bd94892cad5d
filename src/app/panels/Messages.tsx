// Messages for the user (missing files, refused reports), announced politely to screen readers.
import { For, Show } from 'solid-js';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';

/** The message area. */
export function Messages(props: { state: AppStateView; actions: AppActions }) {
  return (
    <div class="messages" role="status" aria-live="polite">
      <For each={props.state.ui.messages}>
        {(m) => (
          <p class={`message message-${m.level}`}>
            <span>
              {m.level === 'error' ? 'Problem: ' : ''}
              {m.text}
            </span>
            <Show when={m.action}>
              {(a) => (
                <button type="button" class="message-action" onClick={() => a().run()}>
                  {a().label}
                </button>
              )}
            </Show>
            <button
              type="button"
              class="close"
              aria-label="Dismiss message"
              onClick={() => props.actions.dismiss(m.id)}
            >
              ×
            </button>
          </p>
        )}
      </For>
    </div>
  );
}
