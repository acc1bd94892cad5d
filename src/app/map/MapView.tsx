// The map component: creates MapLibre in onMount, removes it in onCleanup, and after `load`
// pushes the store's style through applyStyle. Map events call back into store actions.
import {
  For,
  createComputed,
  createEffect,
  createSignal,
  createMemo,
  createResource,
  getOwner,
  on,
  onCleanup,
  onMount,
  runWithOwner,
  untrack,
} from 'solid-js';
import maplibregl, { type MapGeoJSONFeature } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { appStyle, toStyleSpec, type AppStyleInput } from '../layers/appStyle.ts';
import { bbox, enclosesView } from '../layers/areaLayers.ts';
import { drawnPlaces } from '../layers/placeLayers.ts';
import { withMapLabels } from '../layers/mapLabelText.ts';
import { slimCollection } from '../model/slimCollection.ts';
import { zoneId } from '../store/appState.ts';
import type { StyleParts } from '../layers/styleParts.ts';
import { CREDITS } from './credits.ts';
import { BASEMAP_FILE } from '../basemap/basemapFile.ts';
import { publishedTilesPage } from '../data/loadData.ts';
import { incidentLabel } from '../layers/incidentTypes.ts';
import { formatDay } from '../panels/format.ts';
import { CLICKABLE_LAYERS } from './clickableLayers.ts';
import { applyStyle, moveCamera, provideImages } from './applyStyle.ts';
import { publishTestHandle } from './testHandle.ts';
import { registerMap } from './snapshot.ts';
import { registerIncidentProtocol } from './incidentProtocol.ts';
import { giveOverlay, overlayUrl } from './overlayProtocol.ts';
import { MERGED_SOURCE } from '../layers/mergeSources.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';

const PLACE_KEYS = ['id', 'name', 'kind', 'gazetteerId', 'precision'] as const;
const INCIDENT_KEYS = ['id', 'type', 'status', 'place', 'date'] as const;
const CONTROL_KEYS = ['layer', 'controller', 'status', 'date', 'source'] as const;
const CLICKABLE: readonly string[] = CLICKABLE_LAYERS;
/** Keyboard buttons over markers: enough for a view, not one per incident of a large map. */
const MAX_MARKER_BUTTONS = 150;

/** The incidents' vector source (layers/incidentLayers.ts). */
const INCIDENT_SOURCE = 'incidents';
const NO_FEATURES: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Runs `task` when the browser is next idle (at most 500 ms on); returns what cancels it. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}

/** A button over one marker on screen: the incidents drawn there, or a cluster. */
interface MarkerButton {
  x: number;
  y: number;
  ids: string[];
  cluster: number;
  history: boolean;
}

export interface MapViewProps {
  state: AppStateView;
  actions: AppActions;
  basemapUrl: string;
  /** Resolves when the data is in the store and the fonts are loaded (the map's `ready` waits for it). */
  dataLoaded: Promise<void>;
  /**
   * Resolves when the incidents' rows are in the store: with the data on a site that cuts its
   * tiles from them, after it on a published site (its tiles are files).
   */
  incidentsLoaded: Promise<void>;
  /** Called at the map's first idle with its data. */
  onFirstIdle?: () => void;
  /** True once the loaded data is in the store (set in the same batch as the data). */
  dataReady: () => boolean;
  fontsReady: () => boolean;
  /** True once the view to show is known (the kept view read, the chosen basemap opened). */
  viewReady: () => boolean;
  /** An online vector style used instead of the offline basemap, when configured. */
  onlineStyleUrl?: string;
}

/** The MapLibre map, driven by the store. */
export function MapView(props: MapViewProps) {
  let container!: HTMLDivElement;
  const owner = getOwner();
  // The overlays join the map in one step once the data and the bundled fonts are both in:
  // MapLibre caches each glyph it draws (a label drawn early would keep the fallback font), and
  // every source added or changed apart costs another round of tiling and frames.
  // Each drawn collection is recomputed only when its own data changes (not when the incidents'
  // rows come in after the map was made): a new object would send the whole overlay again.
  const placeData = createMemo(() => withMapLabels(props.state.data().places, ['name']));
  const places = createMemo(() => slimCollection(drawnPlaces(placeData()), PLACE_KEYS));
  // Areas (off by default) join the overlay only while their layer is on, as background incidents
  // do: MapLibre's worker would tile their polygons for a hidden layer. The code that makes them
  // is loaded when the layer is first shown.
  const [areaCode] = createResource(
    () => props.state.ui.layers.areas || null,
    () => import('../layers/areaPlaces.ts'),
  );
  const areas = createMemo(() => {
    const code = props.state.ui.layers.areas ? areaCode() : undefined;
    return code ? code.areaPlaces(slimCollection(placeData(), PLACE_KEYS)) : NO_FEATURES;
  });
  /** Bounding box of each area the areas layer fills, by place id (the map only has tiled parts). */
  const areaBoxes = createMemo(
    () =>
      new Map(
        areas()
          .features.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
          .map((f) => [String(f.properties?.id), bbox(f.geometry)] as const),
      ),
  );
  // Our zones, and a published map's outlines when one was imported to compare.
  const control = createMemo(() =>
    slimCollection(
      {
        type: 'FeatureCollection',
        features: [...props.state.control().features, ...props.state.reference().features],
      },
      CONTROL_KEYS,
    ),
  );
  // Background incidents join the overlay only while their layer is on (off by default).
  const history = createMemo(() =>
    props.state.ui.layers.history ? slimCollection(props.state.history(), INCIDENT_KEYS) : NO_FEATURES,
  );
  const ready = () => props.dataReady() && props.fontsReady();
  const styleInput = (): AppStyleInput => ({
    basemapUrl: props.onlineStyleUrl ? null : props.basemapUrl,
    basemap: props.state.data().basemap,
    control: control(),
    incidents: {
      tiles: props.state.incidentTiles(),
      day: props.state.tileDay(),
      types: props.state.types(),
      hiddenTypes: [...props.state.ui.hiddenTypes],
    },
    history: history(),
    places: places() as AppStyleInput['places'],
    areas: areas(),
    layers: { ...props.state.ui.layers },
    selection: props.state.ui.selection,
  });

  // Offline, the map is created once the fonts and the view are in, with its complete style,
  // while the data is still coming: its merged overlay source waits on a `smoverlay:` URL that is
  // answered with the data (`giveOverlay`). MapLibre then loads one style, tiles every source
  // once and draws no basemap-only frames (each frame costs ~100 ms in software WebGL, and added
  // sources and layers are validated again), and sets up WebGL and the style meanwhile. Its
  // worker is started at once (`prewarm`). With an online style the map starts at once and the
  // overlays join it when the remote style is parsed.
  let map: maplibregl.Map | undefined;
  /** What the map was given last (applyStyle brings it to the next). */
  let prev: StyleParts = { sources: {}, layers: [] };
  /** The URL the overlay waits on, until the data is in. */
  let overlayWaits: string | null = null;
  const [markers, setMarkers] = createSignal<MarkerButton[]>([]);
  let markerActivate: (x: number, y: number) => void = () => {};
  const markerLabel = (b: MarkerButton) => {
    if (b.cluster) return `${b.cluster} incidents grouped here: zoom in`;
    const byId = new Map(props.state.data().incidents.features.map((f) => [f.properties.id, f.properties]));
    const first = byId.get(b.ids[0]!);
    if (b.ids.length > 1) return `${b.ids.length} incidents at one point: list them`;
    if (!first) return 'Incident';
    const place = props.state.data().places.features.find((p) => p.properties.id === first.place);
    return `${incidentLabel(first.type)} at ${place?.properties.name ?? first.place}, ${formatDay(first.date)}${b.history ? ' (history)' : ''}`;
  };
  maplibregl.prewarm();
  registerIncidentProtocol();
  onMount(() => {
    if (props.onlineStyleUrl) runWithOwner(owner, () => createMap(null));
    else
      runWithOwner(owner, () => {
        createComputed(() => {
          if (props.fontsReady() && props.viewReady() && !map) untrack(() => createMap(firstStyle()));
        });
        // A computation, not an effect: it runs in the update that brings the data, before the
        // panels draw it, so MapLibre's worker is tiling while they render.
        createComputed(() => {
          if (ready() && overlayWaits) untrack(giveData);
        });
      });
  });

  /** The style the map starts with: complete when the data is in, else waiting for the overlay's data. */
  function firstStyle(): StyleParts {
    if (ready()) return appStyle(styleInput());
    // Every layer group as with data (a collection given for each), so the layers are the same.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an empty collection is every kind
    const none = (): GeoJSON.FeatureCollection<any, any> => ({ type: 'FeatureCollection', features: [] });
    const input = styleInput();
    const parts = appStyle({
      ...input,
      basemap: { admin1: none(), roads: none(), labels: none() },
      control: none(),
      history: none(),
      places: none() as AppStyleInput['places'],
      areas: none(),
    });
    // The incidents' tiles are cut by the data worker, which answers the map's requests once it
    // has the rows and the manifest's days: their source is in the first style, its tiles asked
    // for at once (a source added with the data costs a frame and a round of tiling of its own).
    // A published site's tile files are named by its manifest: there they join with the data.
    const sources = { ...parts.sources };
    let layers = parts.layers;
    if (publishedTilesPage()) {
      delete sources[INCIDENT_SOURCE];
      layers = layers.filter((l) => !('source' in l) || l.source !== INCIDENT_SOURCE);
    }
    const overlay = sources[MERGED_SOURCE];
    if (overlay?.type !== 'geojson') return { sources, layers };
    overlayWaits = overlayUrl();
    return { layers, sources: { ...sources, [MERGED_SOURCE]: { ...overlay, data: overlayWaits } } };
  }

  /** The data is in: the overlay's data goes to the map, and what else differs (applyStyle, once the style is loaded). */
  function giveData(): void {
    const next = appStyle(styleInput());
    const overlay = next.sources[MERGED_SOURCE];
    const data = overlay?.type === 'geojson' && typeof overlay.data === 'object' ? overlay.data : null;
    giveOverlay(overlayWaits!, (data ?? NO_FEATURES) as GeoJSON.FeatureCollection);
    overlayWaits = null;
    // The map now holds that data: only the rest of the difference is left to apply.
    if (overlay) prev = { ...prev, sources: { ...prev.sources, [MERGED_SOURCE]: overlay } };
  }
  /** Cancels the marker buttons' placing, when one is waiting. */
  let cancelMarkers = () => {};
  onCleanup(() => {
    cancelMarkers();
    registerMap(null);
    map?.remove();
  });

  function createMap(initial: StyleParts | null): void {
    const cam = props.state.ui.camera;
    if (initial) prev = initial;
    const m = new maplibregl.Map({
      container,
      style: initial ? toStyleSpec(initial) : props.onlineStyleUrl!,
      center: [cam.lon, cam.lat],
      zoom: cam.zoom,
      minZoom: 4,
      maxZoom: 17,
      // Our style is unit-tested against the spec (appStyle.test.ts); skip validating it again.
      validateStyle: false,
      attributionControl: { compact: false, customAttribution: CREDITS },
      dragRotate: false,
      pitchWithRotate: false,
      fadeDuration: 0,
    });
    map = m;
    registerMap(m);
    m.touchZoomRotate.disableRotation();
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    m.getCanvas().setAttribute('aria-label', 'Situation map. Arrow keys pan, plus and minus zoom.');
    provideImages(m);

    let resolveApplied!: () => void;
    const applied = new Promise<void>((r) => (resolveApplied = r));
    // Read when a test asks, not tracked.
    const readData = () => props.state.data();
    const readRecords = () => props.state.userIncidents();
    // eslint-disable-next-line solid/reactivity
    const firstIdle = publishTestHandle(m, applied, readData, async () => {
      await props.incidentsLoaded;
      const d = readData();
      const { allIncidentRecords } = await import('../data/incidentDetails.ts');
      return (await allIncidentRecords(d.incidents, readRecords(), d.published)).features;
    });
    // eslint-disable-next-line solid/reactivity -- called once, when it happens
    void firstIdle.then(() => props.onFirstIdle?.());

    performance.mark('sm:map-created');
    m.once('load', () => performance.mark('sm:map-load'));
    // Later changes (date, toggles, selection, added reports) go through applyStyle once the
    // style is parsed; with the complete style given at creation the first run changes nothing.
    // Map events are event handlers: they read the store when they fire, as intended.
    // eslint-disable-next-line solid/reactivity
    m.once('style.load', () => {
      performance.mark('sm:style-load');
      // eslint-disable-next-line solid/reactivity
      runWithOwner(owner, () => {
        createEffect(() => {
          if (!ready()) return;
          const next = appStyle(styleInput());
          applyStyle(m, prev, next);
          prev = next;
        });
        createEffect(
          on(props.state.cameraRequest, (req) => {
            if (req) moveCamera(m, req.camera, req.animate);
          }),
        );
        // Loaded with the first selection: until then there is nothing to keep above the sheets.
        let keeping = false;
        createEffect(() => {
          if (keeping || !props.state.ui.selection) return;
          keeping = true;
          void import('./keepAboveSheet.ts').then((k) =>
            // eslint-disable-next-line solid/reactivity -- sets up its own effects
            runWithOwner(owner, () => k.keepSelectionAboveSheets(m, props.state)),
          );
        });
      });
      props.dataLoaded.then(() => queueMicrotask(resolveApplied));
      reportCamera();
    });

    const reportCamera = () => {
      const c = m.getCenter();
      const b = m.getBounds();
      props.actions.cameraMoved({ lon: c.lng, lat: c.lat, zoom: m.getZoom() }, [
        b.getWest(),
        b.getSouth(),
        b.getEast(),
        b.getNorth(),
      ]);
    };
    m.on('moveend', reportCamera);

    const hits = (point: maplibregl.PointLike): MapGeoJSONFeature[] => {
      const layers = CLICKABLE.filter(
        (id) => m.getLayer(id) && m.getLayoutProperty(id, 'visibility') !== 'none',
      );
      const b = m.getBounds();
      const view: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      const found = (layers.length ? m.queryRenderedFeatures(point, { layers }) : []).filter((f) => {
        if (f.layer.id !== 'areas-fill') return true;
        const g = untrack(areaBoxes).get(String(f.properties.id));
        return !g || !enclosesView(g, view);
      });
      return found.sort((a, b) => CLICKABLE.indexOf(a.layer.id) - CLICKABLE.indexOf(b.layer.id));
    };
    m.on('mousemove', (e) => {
      m.getCanvas().style.cursor = hits(e.point).length ? 'pointer' : '';
    });
    /** What a click or Enter on a marker at `point` does: select, open the stack, or zoom in. */
    const activate = (point: maplibregl.PointLike) => {
      const found = hits(point);
      const f = found[0];
      if (!f) return;
      if (f.layer.id === 'incidents-point' || f.layer.id === 'incidents-top') {
        // Several incidents drawn here: list them all.
        const ids = [
          ...new Set(
            found
              .filter((h) => h.layer.id === 'incidents-point' || h.layer.id === 'incidents-top')
              .map((h) => String(h.properties.id)),
          ),
        ];
        if (ids.length > 1) props.actions.openStack(ids);
        else props.actions.select({ kind: 'incident', id: ids[0]! });
      } else if (f.layer.id === 'incidents-cluster') {
        const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        // A cluster of incidents at one place does not split when zoomed: list them instead (the
        // tiles name its place; the rows shown today are its members).
        const at = f.properties.at ? String(f.properties.at) : null;
        const here = at ? props.state.incidents().features.filter((i) => i.properties.place === at) : [];
        if (here.length > 1) props.actions.openStack(here.map((i) => i.properties.id));
        else {
          // The tiles say at which zoom a cluster splits.
          const zoom = Number(f.properties.expand) || m.getZoom() + 2;
          props.actions.flyTo({ lon, lat, zoom: Math.max(zoom, m.getZoom() + 1) + 0.1 });
        }
      } else if (f.layer.id === 'history-point')
        props.actions.select({ kind: 'incident', id: String(f.properties.id) });
      else if (f.layer.id === 'control-fill')
        props.actions.select({
          kind: 'zone',
          id: zoneId(f.properties as { controller: string; status: string }),
        });
      else props.actions.select({ kind: 'place', id: String(f.properties.id) });
    };
    // eslint-disable-next-line solid/reactivity
    m.on('click', (e) => activate(e.point));
    // eslint-disable-next-line solid/reactivity
    markerActivate = (x, y) => activate([x, y]);

    // Markers reachable from the keyboard: a button over each incident marker and cluster in view,
    // placed when the map stops moving, in reading order.
    const placeMarkers = () => {
      const layers = ['incidents-cluster', 'incidents-point', 'history-point'].filter(
        (id) => m.getLayer(id) && m.getLayoutProperty(id, 'visibility') !== 'none',
      );
      const features = layers.length ? m.queryRenderedFeatures({ layers }) : [];
      const byPoint = new Map<string, MarkerButton>();
      const { width, height } = m.getCanvas().getBoundingClientRect();
      for (const f of features) {
        const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
        const key = `${Math.round(p.x)},${Math.round(p.y)}`;
        const b = byPoint.get(key) ?? { x: p.x, y: p.y, ids: [], cluster: 0, history: false };
        if (f.properties.point_count) b.cluster = Number(f.properties.point_count);
        else if (!b.ids.includes(String(f.properties.id))) b.ids.push(String(f.properties.id));
        if (f.layer.id === 'history-point') b.history = true;
        byPoint.set(key, b);
      }
      setMarkers([...byPoint.values()].sort((a, b) => a.y - b.y || a.x - b.x).slice(0, MAX_MARKER_BUTTONS));
    };
    // Placed when the browser is next idle, not in the map's `idle` event: the query, the
    // projections and the buttons' DOM are nothing the map's drawing waits for.
    m.on('movestart', () => {
      cancelMarkers();
      setMarkers([]);
    });
    m.on('idle', () => {
      cancelMarkers();
      cancelMarkers = whenIdle(placeMarkers);
    });
    // eslint-disable-next-line solid/reactivity -- an event handler: reads the store when it fires
    m.on('error', (e: maplibregl.ErrorEvent & { sourceId?: string }) => {
      // Natural Earth is fetched by MapLibre's worker (appStyle's baseParts): a file it could not
      // load is named, as loadData names the files it fetches.
      if (e.sourceId === 'ne')
        props.actions.message(
          'error',
          `${BASEMAP_FILE}: ${e.error?.message ?? 'not loaded'}; the land is not drawn`,
        );
      console.warn('map:', e.error?.message ?? e, (e.error as Error | undefined)?.stack);
    });
  }

  return (
    <>
      <div ref={container} class="map" role="region" aria-label="Map" />
      <div class="marker-buttons" role="group" aria-label="Incident markers in view">
        <For each={markers()}>
          {(b) => (
            <button
              type="button"
              class="marker-button"
              style={{ left: `${b.x}px`, top: `${b.y}px` }}
              aria-label={markerLabel(b)}
              onClick={() => markerActivate(b.x, b.y)}
            />
          )}
        </For>
      </div>
    </>
  );
}
