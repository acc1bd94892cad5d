// The app's one store: UI state in a Solid store (camera, date, layers, selection — the URL is a
// view of these), the loaded data in a plain signal (large GeoJSON is never made reactive),
// and what the map shows derived with memos.
import { batch, createMemo, createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { ControlFeature, GazetteerEntry, ManifestArticle, PipelineOutput } from '../../types/model.ts';
import type { StoredReport } from '../data/reportStore.ts';
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
    stack: null,
    reader: null,
    messages: [],
    busy: false,
    overrides: initial.overrides ?? {},
  });
  const [base, setBase] = createSignal<AppData>(emptyData(), { equals: false });
  /** The user's reports and the map they make with the loaded data (the pipeline's merge). */
  const [user, setUser] = createSignal<{ reports: StoredReport[]; output: PipelineOutput | null }>({
    reports: [],
    output: null,
  });
  const [bounds, setBounds] = createSignal<[number, number, number, number] | null>(null);
  const [cameraRequest, setCameraRequest] = createSignal<{ camera: Camera; animate: boolean } | null>(null);

  /** A control map published by others, imported to compare with ours (outlines only). */
  const [reference, setReference] = createSignal<{ name: string; features: ControlFeature[] } | null>(null);
  /** Gazetteer entries fetched for places the user switched, by id. */
  const [entries, setEntries] = createSignal(new Map<string, GazetteerEntry>(), { equals: false });

  // The map with the user's reports is the pipeline's merge of them with the loaded data, made
  // in the worker (src/pipeline/mergeOutput.ts): it replaces the loaded layers whole.
  const merged = createMemo((): AppData => {
    const u = user();
    const b = base();
    if (!u.output) return b;
    return {
      ...b,
      manifest: u.output.manifest,
      places: u.output.places,
      incidents: u.output.incidents,
      control: u.output.control,
      texts: { ...b.texts, ...Object.fromEntries(u.reports.map((r) => [r.id, r.text])) },
      outlets: {
        ...b.outlets,
        ...Object.fromEntries(u.reports.map((r) => [r.id, r.outlet ?? r.file ?? null])),
      },
    };
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
  /** The imported map's polygons as of the day shown (its latest date on or before it). */
  const referenceNow = createMemo(() => {
    const r = reference();
    return controlAsOf({ type: 'FeatureCollection', features: r?.features ?? [] }, day());
  });
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

  /** A gazetteer entry chosen in the search that no report names (its entry was fetched). */
  const selectedGazetteer = createMemo(() =>
    ui.selection?.kind === 'gazetteer' ? entries().get(ui.selection.id) : undefined,
  );

  /** The incidents of the open stack, in the order drawn. */
  const stackIncidents = createMemo(() => {
    const ids = ui.stack;
    if (!ids) return [];
    const byId = new Map(data().incidents.features.map((f) => [f.properties.id, f]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  });

  const state = {
    ui,
    selectedGazetteer,
    stackIncidents,
    data,
    days,
    articleById,
    day,
    incidents,
    control,
    reference: referenceNow,
    referenceName: () => reference()?.name ?? null,
    history,
    bounds,
    cameraRequest,
    selectedIncident,
    selectedPlace,
    selectedZone,
    /** The reports the user added, in the order added. */
    userReports: () => user().reports,
    /** The data as loaded, without the user's reports. */
    baseData: base,
  };

  const actions = {
    setData(next: AppData) {
      setBase(next);
    },
    /** The user's reports and the merged map they make (null output: the loaded map as it is). */
    setUserReports(reports: StoredReport[], output: PipelineOutput | null) {
      setUser({ reports, output: reports.length ? output : null });
    },
    /** Shows a published control map beside ours (null removes it). */
    setReference(name: string | null, features: ControlFeature[] = []) {
      setReference(name === null ? null : { name, features });
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
      batch(() => {
        // Choosing something outside the open stack closes the stack.
        if (selection && (selection.kind !== 'incident' || !ui.stack?.includes(selection.id)))
          setUi('stack', null);
        setUi('selection', selection);
      });
    },
    /** Opens the list of incidents drawn at one point; null closes it. */
    openStack(ids: string[] | null) {
      batch(() => {
        setUi('selection', null);
        setUi('stack', ids && ids.length ? [...ids] : null);
      });
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
    /** Shows a message; with `action`, a button beside it (Undo). Returns the message's id. */
    message(level: 'info' | 'error', text: string, action?: { label: string; run: () => void }) {
      const id = messageId++;
      setUi('messages', (m) => [...m, { id, level, text, ...(action ? { action } : {}) }]);
      return id;
    },
    dismiss(id: number) {
      setUi('messages', (m) => m.filter((x) => x.id !== id));
    },
    /** Puts back the view kept from the last visit (before the map is created). */
    restoreView(view: UrlState) {
      batch(() => {
        if (view.camera) setUi('camera', view.camera);
        if (view.date !== undefined) setUi('date', view.date);
        if (view.layers) setUi('layers', view.layers);
        if (view.overrides) setUi('overrides', reconcile(view.overrides));
      });
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
