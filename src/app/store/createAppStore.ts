// The app's one store: UI state in a Solid store (camera, date, layers, selection — the URL is a
// view of these), the loaded data in a plain signal (large GeoJSON is never made reactive),
// and what the map shows derived with memos.
import { batch, createMemo, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { ArticleInput, PipelineOutput } from '../../types/model.ts';
import { mergeUserOutput } from '../data/mergeUserOutput.ts';
import { controlAsOf, incidentsAsOf } from '../model/asOfDate.ts';
import {
  DEFAULT_CAMERA,
  allLayersOn,
  emptyData,
  type AppData,
  type Camera,
  type LayerId,
  type Selection,
  type UiState,
  zoneId,
} from './appState.ts';
import type { UrlState } from './urlState.ts';

let messageId = 1;

/**
 * Creates the store from what the URL says; returns `[state, actions]`.
 *
 * @example
 * const [state, actions] = createAppStore(fromHash(location.hash));
 * actions.toggleLayer('roads'); state.ui.layers.roads; // false
 */
export function createAppStore(initial: UrlState = {}) {
  const [ui, setUi] = createStore<UiState>({
    camera: initial.camera ?? DEFAULT_CAMERA,
    date: initial.date ?? null,
    layers: initial.layers ?? allLayersOn(),
    selection: initial.selection ?? null,
    reader: null,
    messages: [],
    busy: false,
  });
  const [base, setBase] = createSignal<AppData>(emptyData(), { equals: false });
  const [user, setUser] = createSignal<{ output: PipelineOutput; articles: ArticleInput[] } | null>(null);
  const [bounds, setBounds] = createSignal<[number, number, number, number] | null>(null);
  const [cameraRequest, setCameraRequest] = createSignal<{ camera: Camera; animate: boolean } | null>(null);

  const data = createMemo(() => {
    const u = user();
    if (!u) return base();
    const texts = Object.fromEntries(u.articles.map((a) => [a.id, a.text]));
    const outlets = Object.fromEntries(u.articles.map((a) => [a.id, a.outlet ?? a.file ?? null]));
    return mergeUserOutput(base(), u.output, texts, outlets);
  });
  const days = createMemo(() => data().manifest?.days ?? []);
  /** The day shown: the URL's if it is in the data, else the last day. */
  const day = createMemo(() => {
    const d = days();
    if (ui.date && (d.includes(ui.date) || !d.length)) return ui.date;
    return d.length ? d[d.length - 1]! : null;
  });
  const incidents = createMemo(() => incidentsAsOf(data().incidents, day()));
  const control = createMemo(() => controlAsOf(data().control, day()));
  const selectedIncident = createMemo(() =>
    ui.selection?.kind === 'incident'
      ? data().incidents.features.find((f) => f.properties.id === ui.selection!.id)
      : undefined,
  );
  const selectedZone = createMemo(() =>
    ui.selection?.kind === 'zone'
      ? control().features.filter(
          (f) => f.properties.layer === 'zone' && zoneId(f.properties) === ui.selection!.id,
        )
      : [],
  );
  const selectedPlace = createMemo(() =>
    ui.selection?.kind === 'place'
      ? data().places.features.find((f) => f.properties.id === ui.selection!.id)
      : undefined,
  );

  const state = {
    ui,
    data,
    days,
    day,
    incidents,
    control,
    bounds,
    cameraRequest,
    selectedIncident,
    selectedPlace,
    selectedZone,
    userArticles: () => user()?.articles ?? [],
  };

  const actions = {
    setData(next: AppData) {
      setBase(next);
    },
    setUserOutput(output: PipelineOutput, articles: ArticleInput[]) {
      setUser({ output, articles });
    },
    /** Called by the map when the user moved it. */
    cameraMoved(camera: Camera, b: [number, number, number, number]) {
      batch(() => {
        setUi('camera', camera);
        setBounds(b);
      });
    },
    /** Asks the map to move (list selection, URL change). */
    flyTo(camera: Camera, animate = true) {
      setCameraRequest({ camera, animate });
    },
    setDate(date: string | null) {
      setUi('date', date);
    },
    toggleLayer(id: LayerId, on?: boolean) {
      setUi('layers', id, (v) => on ?? !v);
    },
    select(selection: Selection) {
      setUi('selection', selection);
    },
    openReader(article: string, start: number, end: number) {
      setUi('reader', { article, start, end });
    },
    closeReader() {
      setUi('reader', null);
    },
    setBusy(busy: boolean) {
      setUi('busy', busy);
    },
    message(level: 'info' | 'error', text: string) {
      setUi('messages', (m) => [...m, { id: messageId++, level, text }]);
    },
    dismiss(id: number) {
      setUi('messages', (m) => m.filter((x) => x.id !== id));
    },
    /** Applies a URL the user navigated to (hashchange). */
    applyUrl(url: UrlState) {
      batch(() => {
        if (url.date !== undefined) setUi('date', url.date);
        if (url.layers) setUi('layers', url.layers);
        if (url.selection !== undefined) setUi('selection', url.selection);
        if (url.camera) setCameraRequest({ camera: url.camera, animate: false });
      });
    },
  };
  return [state, actions] as const;
}

export type AppStore = ReturnType<typeof createAppStore>;
export type AppStateView = AppStore[0];
export type AppActions = AppStore[1];
