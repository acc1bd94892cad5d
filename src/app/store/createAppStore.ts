// The app's one store: UI state in a Solid store (camera, date, layers, selection — the URL is a
// view of these), the loaded data in a plain signal (large GeoJSON is never made reactive),
// and what the map shows derived with memos.
import { batch, createMemo, createResource, createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { FeatureCollection, Geometry } from 'geojson';
import type {
  ControlFeature,
  GazetteerEntry,
  IncidentFeature,
  IncidentProps,
  ManifestArticle,
  PipelineOutput,
} from '../../types/model.ts';
import type { StoredReport } from '../data/reportStore.ts';
import { INCIDENT_TYPES } from '../layers/incidentTypes.ts';
import type { IncidentTileSource } from '../layers/incidentLayers.ts';
import { toIncidentRow } from '../model/incidentRow.ts';
import { applyPlaceOverrides } from '../model/placeOverrides.ts';
import { cappedCamera, type BasemapDetail } from '../model/closestZoom.ts';
import { backgroundAsOf, controlAsOf, incidentsAsOf } from '../model/asOfDate.ts';
import { changedOn } from '../model/controlSummary.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../tiles/incidentKeys.ts';
import { reportName } from '../model/reportName.ts';
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
import { wordTable } from '../../words/wordTable.ts';

let messageId = 1;

/**
 * Creates the store from what the URL says; returns `[state, actions]`.
 *
 * @example
 * const [state, actions] = createAppStore(fromHash(location.hash));
 * actions.toggleLayer('roads'); state.ui.layers.roads; // false
 */
export function createAppStore(
  initial: UrlState = {},
  /** Whether the basemap the user chose has streets (a PMTiles extract, a style): `show` goes as close as asked. */
  { streets = false }: { streets?: boolean } = {},
) {
  const [ui, setUi] = createStore<UiState>({
    camera: initial.camera ?? DEFAULT_CAMERA,
    date: initial.date ?? null,
    layers: initial.layers ?? defaultLayers(),
    selection: initial.selection ?? null,
    stack: null,
    reader: null,
    messages: [],
    busy: false,
    progress: null,
    overrides: initial.overrides ?? {},
    hiddenTypes: initial.hiddenTypes ?? [],
  });
  const [base, setBase] = createSignal<AppData>(emptyData(), { equals: false });
  // Settled once the loaded map's data is in (or could not be loaded): a report added before then
  // waits for it, else it would be merged against an empty map and replace every loaded layer.
  let resolveBase!: () => void;
  const baseLoaded = new Promise<void>((resolve) => (resolveBase = resolve));
  let baseIn = false;
  const settleBase = () => {
    baseIn = true;
    resolveBase();
  };
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
  /** Full records of the incidents of the user's merged map, by id (the loaded ones are fetched). */
  /** Full records of the incidents of an opened export (its map replaced the loaded one). */
  const [imported, setImported] = createSignal<IncidentFeature[]>([]);
  const userIncidents = createMemo(
    () =>
      new Map(
        [...imported(), ...(user().output?.incidents.features ?? [])].map((f) => [
          f.properties.id,
          f as IncidentFeature,
        ]),
      ),
  );
  const merged = createMemo((): AppData => {
    const u = user();
    const b = base();
    if (!u.output) return b;
    return {
      ...b,
      manifest: u.output.manifest,
      places: u.output.places,
      incidents: { type: 'FeatureCollection', features: u.output.incidents.features.map(toIncidentRow) },
      control: u.output.control,
      texts: wordTable({ ...b.texts, ...Object.fromEntries(u.reports.map((r) => [r.id, r.text])) }),
      outlets: wordTable({
        ...b.outlets,
        ...Object.fromEntries(u.reports.map((r) => [r.id, reportName(r)])),
      }),
    };
  });
  const data = createMemo(() => {
    const d = merged();
    const known = entries();
    const switched = applyPlaceOverrides(d.places, d.incidents, { ...ui.overrides }, (id) => known.get(id));
    return switched.places === d.places ? d : { ...d, ...switched };
  });
  // Each part of the data apart: the same object while only another part changes (the incidents'
  // rows come in after the map's data, and a place switch changes places and incidents only), so
  // what is derived from one part is not made again, nor its panels drawn again, for another.
  const manifest = createMemo(() => data().manifest);
  const places = createMemo(() => data().places);
  const incidentRows = createMemo(() => data().incidents);
  const published = createMemo(() => data().published);
  const labels = createMemo(() => data().basemap.labels);
  const days = createMemo(() => manifest()?.days ?? []);
  /** What the basemap shows close up, for the app's own moves (`show`). */
  const basemapDetail = createMemo((): BasemapDetail => ({
    streets,
    localLabels: (labels()?.features ?? []).flatMap((f) =>
      (f.properties.kind === 'neighbourhood' || f.properties.kind === 'landmark') &&
      f.geometry.type === 'Point'
        ? [f.geometry.coordinates as [number, number]]
        : [],
    ),
  }));
  /** Places by id (lists name thousands of incidents' places). */
  const placeById = createMemo(() => new Map(places().features.map((f) => [f.properties.id, f])));
  /** Manifest articles (loaded and added) by id: outlet, report date, where it was filed from. */
  const articleById = createMemo(
    () => new Map<string, ManifestArticle>((manifest()?.articles ?? []).map((a) => [a.id, a])),
  );
  /** The day shown: the URL's if it is in the data, else the last day. */
  const day = createMemo(() => {
    const d = days();
    if (ui.date && (d.includes(ui.date) || !d.length)) return ui.date;
    return d.length ? d[d.length - 1]! : null;
  });
  const incidents = createMemo(() => incidentsAsOf(incidentRows(), day(), ui.hiddenTypes));
  /** The loaded control layer: the same object while only other data changes (incidents coming in). */
  const controlData = createMemo(() => data().control);
  const control = createMemo(() => controlAsOf(controlData(), day()));
  /** What happened or changed on the day shown: the incidents shown then that it covers, and those that moved its zones. */
  const dayChanges = createMemo(() => changedOn(incidents(), controlData(), day()));
  /** The imported map's polygons as of the day shown (its latest date on or before it). */
  const referenceNow = createMemo(() => {
    const r = reference();
    return controlAsOf({ type: 'FeatureCollection', features: r?.features ?? [] }, day());
  });
  const history = createMemo(() => backgroundAsOf(incidentRows(), day()));
  /** Index of the day shown in `days` (the tiles' day filter); the last day when none is chosen. */
  const dayIndex = createMemo(() => {
    const d = days();
    const i = d.indexOf(day() ?? '');
    return i >= 0 ? i : Math.max(0, d.length - 1);
  });
  /**
   * The day the map's incident layers filter on: its index, or null on the last day and before
   * the manifest is in (every incident: the manifest's days span them all). The map is made
   * before the data with the layers the data will need, so a first visit changes no filter.
   */
  const tileDay = createMemo(() => (dayIndex() < days().length - 1 ? dayIndex() : null));
  /** Every incident type there is: the taxonomy, and any other the data holds. */
  const types = createMemo(() => {
    const seen = new Set<string>(INCIDENT_TYPES);
    for (const f of incidentRows().features) seen.add(f.properties.type);
    for (const t of published()?.incidents.types ?? []) seen.add(t);
    return [...seen];
  });
  /** Bumped when the incidents given to the tile worker change, so the map fetches new tiles. */
  const [tileGeneration, setTileGeneration] = createSignal(0);
  /** Where the map's incident tiles come from: the published files, or the data worker. */
  const incidentTiles = createMemo((): IncidentTileSource => {
    const p = published()?.incidents;
    if (p)
      return {
        // The folder resolved, the template appended: URL() would escape its braces. An archive
        // is read through the pmtiles protocol (registered by loadData).
        url: p.tiles.endsWith('.pmtiles')
          ? `pmtiles://${new URL(`data/${p.tiles}`, document.baseURI).href}/{z}/{x}/{y}`
          : new URL('data/', document.baseURI).href + p.tiles,
        minzoom: p.minzoom,
        maxzoom: p.maxzoom,
        bounds: p.bounds,
      };
    return {
      url: `smtiles://incidents/${tileGeneration()}/{z}/{x}/{y}`,
      minzoom: MIN_ZOOM,
      maxzoom: MAX_ZOOM,
    };
  });
  /** The selected incident in full: from the user's merged map, else the worker or the published shards. */
  // The fetcher reads the data when it runs, as intended (a new selection fetches again).
  // Asked once the data is in (a link opened with a selection), and again when the incidents
  // change (added reports or a switched place change the record).
  const [selectedDetails] = createResource(
    () => {
      const d = data();
      const loaded = d.manifest !== null || d.incidents.features.length > 0;
      return ui.selection?.kind === 'incident' && loaded ? { id: ui.selection.id, rows: d.incidents } : null;
    },
    // eslint-disable-next-line solid/reactivity
    async ({ id }): Promise<IncidentFeature | undefined> =>
      userIncidents().get(id) ??
      // Loaded with the first selection: the first screen draws rows, not records.
      (await (await import('../data/incidentDetails.ts')).fetchIncidentDetails([id], data().published))[0],
  );
  const selectedIncident = createMemo(() => {
    const f = selectedDetails.latest;
    return ui.selection?.kind === 'incident' && f?.properties.id === ui.selection.id ? f : undefined;
  });
  // The zone's features of the day, then its cells (which carry what moved its ground).
  const selectedZone = createMemo(() =>
    ui.selection?.kind === 'zone'
      ? ['zone', 'cell'].flatMap((layer) =>
          control().features.filter(
            (f) => f.properties.layer === layer && zoneId(f.properties) === ui.selection!.id,
          ),
        )
      : [],
  );
  const selectedPlace = createMemo(() =>
    ui.selection?.kind === 'place'
      ? places().features.find((f) => f.properties.id === ui.selection!.id)
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
    const byId = new Map(incidentRows().features.map((f) => [f.properties.id, f]));
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
    placeById,
    dayIndex,
    tileDay,
    types,
    incidentTiles,
    incidents,
    control,
    dayChanges,
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
    /** Resolves once the loaded data is in (`setData`) or could not be loaded (`baseSettled`). */
    baseLoaded: () => baseLoaded,
    /** Whether `baseLoaded` has resolved. */
    baseIn: () => baseIn,
    /** Full records of the incidents of the user's merged map, by id. */
    userIncidents,
  };

  const actions = {
    setData(next: AppData) {
      setBase(next);
      settleBase();
    },
    /** The loaded data will not come (a failed load): reports may be merged, into no map. */
    baseSettled: settleBase,
    /** Shows a map opened from an export (full records) in place of the loaded one. */
    showImported(
      map: Pick<AppData, 'manifest' | 'places' | 'control' | 'outlets'> & {
        incidents: FeatureCollection<Geometry, IncidentProps>;
      },
    ) {
      batch(() => {
        setImported(map.incidents.features);
        setBase({
          ...base(),
          ...map,
          incidents: { type: 'FeatureCollection', features: map.incidents.features.map(toIncidentRow) },
          published: null,
          texts: wordTable({}),
        });
      });
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
    /**
     * Flies to what the app chose to show (a search hit, what reports added, an incident from a
     * list), no closer than the basemap has something to show there (model/closestZoom.ts).
     */
    show(camera: Camera) {
      setCameraRequest({
        camera: cappedCamera(camera, { zoom: ui.camera.zoom, bounds: bounds() }, basemapDetail()),
        animate: true,
      });
    },
    setDate(date: string | null) {
      setUi('date', date);
    },
    toggleLayer(id: LayerId, on?: boolean) {
      setUi('layers', id, (v) => on ?? !v);
    },
    /** Shows or hides one incident type (on the map, in lists and counts). */
    toggleType(type: string, on?: boolean) {
      const hidden = new Set(ui.hiddenTypes);
      if (on ?? hidden.has(type)) hidden.delete(type);
      else hidden.add(type);
      setUi('hiddenTypes', [...hidden].sort());
    },
    /** The data worker has new incidents: the map fetches their tiles. */
    incidentTilesChanged() {
      setTileGeneration((g) => g + 1);
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
      if (!busy) setUi('progress', null);
    },
    /** How far the worker's merge has got (shown beside Cancel). */
    setProgress(progress: UiState['progress']) {
      setUi('progress', progress);
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
        if (view.hiddenTypes) setUi('hiddenTypes', view.hiddenTypes);
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
        setUi('hiddenTypes', url.hiddenTypes ?? []);
      });
    },
  };
  return [state, actions] as const;
}

export type AppStore = ReturnType<typeof createAppStore>;
export type AppStateView = AppStore[0];
export type AppActions = AppStore[1];
