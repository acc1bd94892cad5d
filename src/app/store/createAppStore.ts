// The app's one store: UI state in a Solid store (camera, date, layers, selection — the URL is a
// view of these), the loaded data in a plain signal (large GeoJSON is never made reactive),
// and what the map shows derived with memos.
import { batch, createMemo, createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type {
  ArticleInput,
  ControlFeature,
  GazetteerEntry,
  ManifestArticle,
  PipelineOutput,
} from '../../types/model.ts';
import { mergeUserOutput } from '../data/mergeUserOutput.ts';
import { applyPlaceOverrides } from '../model/placeOverrides.ts';
import { backgroundAsOf, controlAsOf, incidentsAsOf } from '../model/asOfDate.ts';
import {
  DEFAULT_CAMERA,
  defaultLayers,
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
    layers: initial.layers ?? defaultLayers(),
    selection: initial.selection ?? null,
    reader: null,
    messages: [],
    busy: false,
    overrides: initial.overrides ?? {},
  });
  const [base, setBase] = createSignal<AppData>(emptyData(), { equals: false });
  const [user, setUser] = createSignal<{ output: PipelineOutput; articles: ArticleInput[] } | null>(null);
  const [bounds, setBounds] = createSignal<[number, number, number, number] | null>(null);
  const [cameraRequest, setCameraRequest] = createSignal<{ camera: Camera; animate: boolean } | null>(null);

  /** Control zones rebuilt in the worker for the loaded and the user's incidents together. */
  const [userControl, setUserControl] = createSignal<ControlFeature[] | null>(null);
  /** Gazetteer entries fetched for places the user switched, by id. */
  const [entries, setEntries] = createSignal(new Map<string, GazetteerEntry>(), { equals: false });

  const merged = createMemo(() => {
    const u = user();
    if (!u) return base();
    const texts = Object.fromEntries(u.articles.map((a) => [a.id, a.text]));
    const outlets = Object.fromEntries(u.articles.map((a) => [a.id, a.outlet ?? a.file ?? null]));
    const out = mergeUserOutput(base(), u.output, texts, outlets);
    const c = userControl();
    return c ? { ...out, control: { type: 'FeatureCollection' as const, features: c } } : out;
  });
  const data = createMemo(() => {
    const d = merged();
    const known = entries();
    const switched = applyPlaceOverrides(d.places, d.incidents, { ...ui.overrides }, (id) => known.get(id));
    return switched.places === d.places ? d : { ...d, ...switched };
  });
  const days = createMemo(() => data().manifest?.days ?? []);
  /** Manifest articles (loaded and added) by id: outlet, report date, where it was filed from. */
  const articleById = createMemo(
    () => new Map<string, ManifestArticle>((data().manifest?.articles ?? []).map((a) => [a.id, a])),
  );
  /** The day shown: the URL's if it is in the data, else the last day. */
  const day = createMemo(() => {
    const d = days();
    if (ui.date && (d.includes(ui.date) || !d.length)) return ui.date;
    return d.length ? d[d.length - 1]! : null;
  });
  const incidents = createMemo(() => incidentsAsOf(data().incidents, day()));
  const control = createMemo(() => controlAsOf(data().control, day()));
  const history = createMemo(() => backgroundAsOf(data().incidents, day()));
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
    articleById,
    day,
    incidents,
    control,
    history,
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
    /** Replaces the control layer with zones rebuilt for the loaded and the user's incidents. */
    setUserControl(control: ControlFeature[]) {
      setUserControl(control);
    },
    /** Remembers gazetteer entries fetched from the pack. */
    addEntries(list: GazetteerEntry[]) {
      setEntries((m) => {
        for (const e of list) m.set(e.id, e);
        return m;
      });
    },
    /** True when the entry is already known (no need to ask the worker). */
    hasEntry(id: string) {
      return entries().has(id);
    },
    /** Switches a place to another gazetteer entry, or back to the resolver's choice (null). */
    setOverride(placeId: string, gazetteerId: string | null) {
      // Store setters merge objects; reconcile replaces, so a removed key goes.
      const next = { ...ui.overrides };
      if (gazetteerId === null) delete next[placeId];
      else next[placeId] = gazetteerId;
      setUi('overrides', reconcile(next));
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
        setUi('overrides', reconcile(url.overrides ?? {}));
      });
    },
  };
  return [state, actions] as const;
}

export type AppStore = ReturnType<typeof createAppStore>;
export type AppStateView = AppStore[0];
export type AppActions = AppStore[1];
