// The incidents in view, sorted by date, beside the map. Arrow keys, Page Up/Down, Home and End
// move between them; Enter or a click selects one and flies the map there. A long list is
// windowed: only the rows in and near the sidebar's visible part are in the page (each row
// says its position, aria-posinset/setsize), so 100,000 incidents in view cost what 40 do.
import { For, Show, createEffect, createMemo, createSignal, on, onCleanup, onMount } from 'solid-js';
import { firstDay } from '../model/asOfDate.ts';
import type { IncidentRowFeature } from '../model/incidentRow.ts';
import { incidentCamera } from '../model/areaBounds.ts';
import { representativePoint } from '../model/representativePoint.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { thousands } from './format.ts';
import { IncidentRowButton } from './IncidentRowButton.tsx';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Height of one row in pixels (rows are one line of title, one of detail; see app.css). */
export const ROW_HEIGHT = 46;
/** Rows drawn above and below the visible ones. */
const OVERSCAN = 10;
/** Lists up to this long are drawn whole. */
const WHOLE = 120;

interface Item {
  f: IncidentRowFeature;
  pt: [number, number] | null;
}

/** The list of visible incidents. */
export function IncidentList(props: { state: AppStateView; actions: AppActions }) {
  const placeName = (id: string) => props.state.placeById().get(id)?.properties.name ?? id;
  // Sorted once per day, data or type filter; a camera move only filters (no sort).
  const sorted = createMemo((): Item[] =>
    props.state
      .incidents()
      .features.map((f) => ({ f, pt: representativePoint(f.geometry) as [number, number] | null }))
      .filter(({ pt }) => pt)
      // Plain comparison: ISO dates and type ids are ASCII (localeCompare's collator costs ~20 ms
      // to set up on its first call, while the map is starting).
      .sort(
        (a, b) =>
          cmp(firstDay(a.f.properties) ?? '9999', firstDay(b.f.properties) ?? '9999') ||
          cmp(a.f.properties.type, b.f.properties.type),
      ),
  );
  const items = createMemo((): Item[] => {
    if (!props.state.ui.layers.incidents) return [];
    const b = props.state.bounds();
    const all = sorted();
    if (!b) return all;
    return all.filter(({ pt }) => pt![0] >= b[0] && pt![0] <= b[2] && pt![1] >= b[1] && pt![1] <= b[3]);
  });

  let section!: HTMLElement;
  let list: HTMLOListElement | undefined;
  let scroller: HTMLElement | null = null;
  const [view, setView] = createSignal({ top: 0, height: 800 });
  // Only a windowed list needs to know where it is (reading it lays the page out at once).
  const measure = () => {
    if (!windowed() || !scroller || !list) return;
    const listTop =
      list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    setView({ top: scroller.scrollTop - listTop, height: scroller.clientHeight });
  };
  onMount(() => {
    scroller = section.closest<HTMLElement>('.sidebar') ?? (document.scrollingElement as HTMLElement | null);
    if (!scroller) return;
    const target: HTMLElement | Window = scroller === document.scrollingElement ? window : scroller;
    target.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    measure();
    onCleanup(() => {
      target.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    });
  });
  const windowed = () => items().length > WHOLE;
  // The list moves when the panels above it change: measure again once it is drawn.
  createEffect(on(windowed, () => queueMicrotask(measure)));
  const range = createMemo(() => {
    const n = items().length;
    if (!windowed()) return { start: 0, end: n };
    const v = view();
    const start = Math.max(0, Math.floor(v.top / ROW_HEIGHT) - OVERSCAN);
    const end = Math.min(n, Math.ceil((v.top + v.height) / ROW_HEIGHT) + OVERSCAN);
    return { start, end: Math.max(end, Math.min(n, start + 2 * OVERSCAN)) };
  });
  // The same item objects from one scroll to the next: the rows already drawn are kept.
  const shown = createMemo(() => items().slice(range().start, range().end));

  /** Index of the row that has (or last had) the keyboard focus. */
  let active = 0;
  const focusRow = (i: number) => {
    active = i;
    if (windowed() && scroller && list) {
      const listTop =
        list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      const rowTop = listTop + i * ROW_HEIGHT;
      if (rowTop < scroller.scrollTop) scroller.scrollTop = rowTop;
      else if (rowTop + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight)
        scroller.scrollTop = rowTop + ROW_HEIGHT - scroller.clientHeight;
      measure();
    }
    queueMicrotask(() => list?.querySelector<HTMLButtonElement>(`button[data-index="${i}"]`)?.focus());
  };
  const onKey = (e: KeyboardEvent) => {
    const n = items().length;
    const el = document.activeElement as HTMLElement | null;
    const i = el?.dataset.index !== undefined ? Number(el.dataset.index) : active;
    const page = Math.max(1, Math.floor(view().height / ROW_HEIGHT) - 1);
    const next =
      e.key === 'ArrowDown'
        ? i + 1
        : e.key === 'ArrowUp'
          ? i - 1
          : e.key === 'PageDown'
            ? i + page
            : e.key === 'PageUp'
              ? i - page
              : e.key === 'Home'
                ? 0
                : e.key === 'End'
                  ? n - 1
                  : null;
    if (next === null || !n) return;
    e.preventDefault();
    focusRow(Math.max(0, Math.min(n - 1, next)));
  };
  const choose = (f: IncidentRowFeature, pt: [number, number] | null) => {
    props.actions.select({ kind: 'incident', id: f.properties.id });
    // An incident told of a governorate, a region or a road shows that area whole; one at a town, its streets.
    const map = document.getElementById('map');
    const camera = incidentCamera(
      pt,
      props.state.placeById().get(f.properties.place)?.geometry,
      { width: map?.clientWidth ?? 800, height: map?.clientHeight ?? 600 },
      props.state.ui.camera.zoom,
    );
    if (camera) props.actions.show(camera);
  };
  return (
    <section ref={section} class="incident-list" aria-labelledby="list-title">
      <h2 id="list-title">
        Incidents in view <span class="count">{thousands(items().length)}</span>
      </h2>
      <Show
        when={items().length}
        fallback={<p class="muted">No incidents in view on this day. Zoom out or pick a later day.</p>}
      >
        <ol
          ref={list}
          class="plain list"
          classList={{ windowed: windowed() }}
          onKeyDown={onKey}
          style={
            windowed()
              ? {
                  'padding-top': `${range().start * ROW_HEIGHT}px`,
                  'padding-bottom': `${(items().length - range().end) * ROW_HEIGHT}px`,
                }
              : {}
          }
        >
          <For each={shown()}>
            {({ f, pt }, i) => {
              const index = () => range().start + i();
              return (
                <li aria-setsize={items().length} aria-posinset={index() + 1}>
                  <IncidentRowButton
                    f={f}
                    place={placeName(f.properties.place)}
                    current={props.state.ui.selection?.id === f.properties.id}
                    index={index()}
                    onFocus={() => (active = index())}
                    onClick={() => choose(f, pt)}
                  />
                </li>
              );
            }}
          </For>
        </ol>
      </Show>
    </section>
  );
}
