// The rows of "Not on the map" (UnplacedNames.tsx), loaded when the list is first opened: each
// name with its report and the reason in words; a name opens the article reader at it when the
// report's text is here.
import { Show, createMemo } from 'solid-js';
import { Paged } from './Paged.tsx';
import { unplacedRows } from '../model/unplacedRows.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';

/** The names that could not be placed, as a paged list. */
export function UnplacedList(props: { state: AppStateView; actions: AppActions }) {
  const rows = createMemo(() =>
    unplacedRows(props.state.data().manifest?.articles ?? [], props.state.data().outlets),
  );
  const hasText = (article: string) => props.state.data().texts[article] !== undefined;
  return (
    <Paged each={rows()} class="plain unplaced-list" label="Names not on the map">
      {(r) => (
        <li class="unplaced-row" data-article={r.article}>
          <Show when={hasText(r.article)} fallback={<strong class="unplaced-name">{r.text}</strong>}>
            <button
              type="button"
              class="link unplaced-name"
              aria-label={`${r.text}: open ${r.report} at this name`}
              onClick={() => props.actions.openReader(r.article, r.start, r.end)}
            >
              {r.text}
            </button>
          </Show>
          <span class="unplaced-report"> · {r.report}</span>
          <span class="unplaced-reason muted">
            {' '}
            · {r.reason}
            {r.candidates.length ? ` (${r.candidates.join(', ')})` : ''}
          </span>
        </li>
      )}
    </Paged>
  );
}
