// The incidents in view, sorted by date, beside the map. Arrow keys move between them; Enter or
// a click selects one and flies the map there.
import { For, Show, createMemo } from 'solid-js';
import { iconDataUrl } from '../map/iconDataUrl.ts';
import { iconName, incidentLabel } from '../layers/incidentTypes.ts';
import { representativePoint } from '../model/representativePoint.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { formatWhen } from './format.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The list of visible incidents. */
export function IncidentList(props: { state: AppStateView; actions: AppActions }) {
  const placeName = (id: string) =>
    props.state.data().places.features.find((f) => f.properties.id === id)?.properties.name ?? id;
  const items = createMemo(() => {
    if (!props.state.ui.layers.incidents) return [];
    const b = props.state.bounds();
    return (
      props.state
        .incidents()
        .features.map((f) => ({ f, pt: representativePoint(f.geometry) }))
        .filter(({ pt }) => pt && (!b || (pt[0] >= b[0] && pt[0] <= b[2] && pt[1] >= b[1] && pt[1] <= b[3])))
        // Plain comparison: ISO dates and type ids are ASCII (localeCompare's collator costs ~20 ms
        // to set up on its first call, while the map is starting).
        .sort(
          (a, b) =>
            cmp(a.f.properties.date ?? '9999', b.f.properties.date ?? '9999') ||
            cmp(a.f.properties.type, b.f.properties.type),
        )
    );
  });
  let list!: HTMLOListElement;
  const onKey = (e: KeyboardEvent) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      e.key === 'ArrowDown'
        ? i + 1
        : e.key === 'ArrowUp'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null || !buttons.length) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]!.focus();
  };
  const choose = (id: string, pt: [number, number] | null) => {
    props.actions.select({ kind: 'incident', id });
    if (pt) props.actions.flyTo({ lon: pt[0], lat: pt[1], zoom: Math.max(props.state.ui.camera.zoom, 12.5) });
  };
  return (
    <section class="incident-list" aria-labelledby="list-title">
      <h2 id="list-title">
        Incidents in view <span class="count">{items().length}</span>
      </h2>
      <Show
        when={items().length}
        fallback={<p class="muted">No incidents in view on this day. Zoom out or pick a later day.</p>}
      >
        <ol ref={list} class="plain list" onKeyDown={onKey}>
          <For each={items()}>
            {({ f, pt }) => (
              <li>
                <button
                  type="button"
                  class="list-item"
                  aria-current={props.state.ui.selection?.id === f.properties.id ? 'true' : undefined}
                  data-incident={f.properties.id}
                  onClick={() => choose(f.properties.id, pt)}
                >
                  <img
                    src={iconDataUrl(iconName(f.properties.type, f.properties.status === 'contested'))}
                    alt=""
                    width="20"
                    height="20"
                  />
                  <span class="list-text">
                    <span class="list-title">
                      {incidentLabel(f.properties.type)} · {placeName(f.properties.place)}
                    </span>
                    <span class="list-sub">
                      {formatWhen(f.properties.date, f.properties.dateRange)} · {f.properties.sources.length}{' '}
                      {f.properties.sources.length === 1 ? 'source' : 'sources'}
                      {f.properties.status === 'contested' ? ' · contested' : ''}
                    </span>
                  </span>
                </button>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
