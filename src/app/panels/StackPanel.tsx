// Incidents drawn at one point (five at Aleppo's centre): a list, so each can be reached from the
// map and the keyboard; choosing one opens its panel, with previous/next through the stack.
import { For, Show } from 'solid-js';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { IncidentRowButton } from './IncidentRowButton.tsx';
import { PanelHead } from './PanelHead.tsx';

/** The stack: the full list when none is chosen, a compact bar above the chosen one's panel. */
export function StackPanel(props: { state: AppStateView; actions: AppActions }) {
  const items = () => props.state.stackIncidents();
  const placeName = (id: string) =>
    props.state.data().places.features.find((f) => f.properties.id === id)?.properties.name ?? id;
  const current = () =>
    props.state.ui.selection?.kind === 'incident'
      ? items().findIndex((f) => f.properties.id === props.state.ui.selection!.id)
      : -1;
  const go = (i: number) => {
    const f = items()[(i + items().length) % items().length];
    if (f) props.actions.select({ kind: 'incident', id: f.properties.id });
  };
  return (
    <Show
      when={current() < 0}
      fallback={
        <nav class="stack-bar" aria-label="Incidents at this point">
          <button type="button" class="link" onClick={() => props.actions.select(null)}>
            All {items().length} here
          </button>
          <span class="muted">
            {current() + 1} of {items().length}
          </span>
          <button type="button" aria-label="Previous incident here" onClick={() => go(current() - 1)}>
            ‹
          </button>
          <button type="button" aria-label="Next incident here" onClick={() => go(current() + 1)}>
            ›
          </button>
        </nav>
      }
    >
      <section class="panel stack-panel" aria-labelledby="stack-title">
        <PanelHead
          id="stack-title"
          title={`${items().length} incidents at ${placeName(items()[0]?.properties.place ?? '')}`}
          closeLabel="Close the list of incidents here"
          onClose={() => props.actions.openStack(null)}
        />
        <p class="muted">They are drawn at the same point on the map. Choose one to read its sources.</p>
        <ol class="plain list stack-list">
          <For each={items()}>
            {(f) => (
              <li>
                <IncidentRowButton
                  f={f}
                  onClick={() => props.actions.select({ kind: 'incident', id: f.properties.id })}
                />
              </li>
            )}
          </For>
        </ol>
      </section>
    </Show>
  );
}
