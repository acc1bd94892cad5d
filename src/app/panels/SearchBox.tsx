// The search box: places on the map (named in reports, or labelled by the gazetteer) and in the
// whole browser gazetteer, in English or Arabic however transliterated, and incidents by
// outlet, type or actor. Arrow keys choose; Enter flies there and opens the panel. The index and
// the ranking (searchHits.ts) are loaded and built when the box is first focused or typed in.
import { For, Show, createEffect, createMemo, createSignal, onCleanup } from 'solid-js';
import type { GazetteerEntry } from '../../types/model.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { pushEscape } from './escapeStack.ts';
import type { Hit } from './searchHits.ts';

type SearchLib = typeof import('./searchHits.ts');

/** The search box with its list of results. */
export function SearchBox(props: { state: AppStateView; actions: AppActions }) {
  const [query, setQuery] = createSignal('');
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  const [remote, setRemote] = createSignal<GazetteerEntry[]>([]);
  let input!: HTMLInputElement;

  const [lib, setLib] = createSignal<SearchLib | null>(null);
  let loading: Promise<void> | null = null;
  const load = () => (loading ??= import('./searchHits.ts').then((m) => void setLib(() => m)));

  /** Everything searchable on the map, built once the search is loaded and again when the data changes. */
  const index = createMemo(() => {
    const l = lib();
    return l ? l.searchIndex(props.state.data()) : null;
  });

  const hits = createMemo((): Hit[] => {
    const q = query().trim();
    const l = lib();
    const ix = index();
    if (!q || !l || !ix) return [];
    return l.searchHits(ix, q, remote(), props.state);
  });

  // The gazetteer in the worker is asked a moment after typing stops.
  createEffect(() => {
    const q = query().trim();
    const l = lib();
    setActive(0);
    if (!l || l.foldKey(q).length < 3) return setRemote([]);
    const t = setTimeout(() => {
      void import('../data/pipelineClient.ts')
        .then((m) => m.searchInWorker(q, 8))
        .then((r) => {
          if (query().trim() === q) setRemote(r);
        });
    }, 200);
    onCleanup(() => clearTimeout(t));
  });
  createEffect(() => {
    // eslint-disable-next-line solid/reactivity -- an event handler: called on a key press
    if (open() && query()) onCleanup(pushEscape(() => (setOpen(false), setQuery(''))));
  });

  const choose = (h: Hit | undefined) => {
    if (!h) return;
    if (h.kind === 'gazetteer' && h.entry) props.actions.addEntries([h.entry]);
    props.actions.select({ kind: h.kind, id: h.id });
    const map = document.getElementById('map');
    // An area is shown whole, however large it is and however small the screen; a point at its kind's zoom.
    if (h.bounds && map && Number.isFinite(h.bounds[0]))
      props.actions.show(lib()!.fitCamera(h.bounds, map.clientWidth, map.clientHeight, { maxZoom: 13 }));
    else if (h.point) props.actions.show({ lon: h.point[0], lat: h.point[1], zoom: h.zoom });
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent) => {
    const n = hits().length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      setOpen(true);
      setActive((active() + 1) % n);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      setActive((active() - 1 + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits()[active()]);
    }
  };
  return (
    <div class="search" role="search">
      <input
        ref={input}
        type="search"
        class="search-input"
        placeholder="Search places, outlets, incidents"
        aria-label="Search places, outlets and incidents"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open() && hits().length > 0}
        aria-controls="search-results"
        aria-activedescendant={open() && hits().length ? `search-hit-${active()}` : undefined}
        value={query()}
        onInput={(e) => {
          void load();
          setQuery(e.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => (void load(), setOpen(true))}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      <Show when={open() && query().trim()}>
        <ul id="search-results" class="search-results" role="listbox" aria-label="Search results">
          <For each={hits()} fallback={<li class="search-empty muted">Nothing found</li>}>
            {(h, i) => (
              <li
                id={`search-hit-${i()}`}
                role="option"
                class="search-hit"
                data-kind={h.kind}
                aria-selected={i() === active()}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(h)}
              >
                <span class="search-label">{h.label}</span>
                <span class="search-detail">{h.detail}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
