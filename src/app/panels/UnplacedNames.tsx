// "Not on the map": names the reports use as places that the geoparser left off the map, each
// with its report and the reason in words (UnplacedList.tsx, loaded when the list is first
// opened). Collapsed by default, and absent when every name was placed.
import { Show, createMemo, createSignal, lazy } from 'solid-js';
import { unplacedCount } from '../model/unplacedRows.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';

const UnplacedList = lazy(() => import('./UnplacedList.tsx').then((m) => ({ default: m.UnplacedList })));

/** The collapsible list of names that could not be placed. */
export function UnplacedNames(props: { state: AppStateView; actions: AppActions }) {
  const count = createMemo(() => unplacedCount(props.state.data().manifest?.articles ?? []));
  const [opened, setOpened] = createSignal(false);
  return (
    <Show when={count()}>
      <details class="unplaced" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary>
          Not on the map <span class="count">{count()}</span>
        </summary>
        <p class="muted">Names the reports use as places that could not be placed on the map.</p>
        <Show when={opened()}>
          <UnplacedList state={props.state} actions={props.actions} />
        </Show>
      </details>
    </Show>
  );
}
