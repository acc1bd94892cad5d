// The page: controls and the incident list beside the map, the selected item's panel, the
// article reader, and messages. On narrow screens the side panels become bottom sheets.
import { Show, createEffect, createSignal, lazy, on, onCleanup, onMount } from 'solid-js';
import { LazyDialog as Dialog } from './panels/LazyDialog.tsx';
import { pushEscape } from './panels/escapeStack.ts';
import { MapView } from './map/MapView.tsx';
import { AddReports } from './panels/AddReports.tsx';
import { BasemapSettings } from './panels/BasemapSettings.tsx';
import { DateChip } from './panels/DateChip.tsx';
import { DateControl } from './panels/DateControl.tsx';
import { IncidentList } from './panels/IncidentList.tsx';
import { LayerPanel } from './panels/LayerPanel.tsx';
import { Messages } from './panels/Messages.tsx';
import { ReportsList } from './panels/ReportsList.tsx';
import { SearchBox } from './panels/SearchBox.tsx';
import { UnplacedNames } from './panels/UnplacedNames.tsx';
import { addReportFiles } from './data/reportActions.ts';
import { reportStorage } from './data/reportStorage.ts';
import type { AppActions, AppStateView } from './store/createAppStore.ts';
import { syncUrl } from './store/syncUrl.ts';

// What only a click opens (the selected item's panels, the reader, export, about) is loaded when
// first opened, not with the map: the first load carries only what the first screen shows. No
// Suspense boundary: a panel shows its light row at once and its details when they come, as before.
const IncidentPanel = lazy(() =>
  import('./panels/IncidentPanel.tsx').then((m) => ({ default: m.IncidentPanel })),
);
const ZonePanel = lazy(() => import('./panels/ZonePanel.tsx').then((m) => ({ default: m.ZonePanel })));
const PlacePanel = lazy(() => import('./panels/PlacePanel.tsx').then((m) => ({ default: m.PlacePanel })));
const GazetteerPanel = lazy(() =>
  import('./panels/GazetteerPanel.tsx').then((m) => ({ default: m.GazetteerPanel })),
);
const StackPanel = lazy(() => import('./panels/StackPanel.tsx').then((m) => ({ default: m.StackPanel })));
const ArticleReader = lazy(() =>
  import('./panels/ArticleReader.tsx').then((m) => ({ default: m.ArticleReader })),
);
const ExportPanel = lazy(() => import('./panels/ExportPanel.tsx').then((m) => ({ default: m.ExportPanel })));
const AboutData = lazy(() => import('./panels/AboutData.tsx').then((m) => ({ default: m.AboutData })));

/** Calls `found` with the first element matching `selector` in `root`, now or once it appears (a panel still loading). */
function whenInside(root: HTMLElement | undefined, selector: string, found: (el: HTMLElement) => void): void {
  const now = root?.querySelector<HTMLElement>(selector);
  if (now || !root) {
    if (now) found(now);
    return;
  }
  const watch = new MutationObserver(() => {
    const el = root.querySelector<HTMLElement>(selector);
    if (!el) return;
    watch.disconnect();
    found(el);
  });
  watch.observe(root, { childList: true, subtree: true });
  setTimeout(() => watch.disconnect(), 10_000);
}

export interface AppProps {
  state: AppStateView;
  actions: AppActions;
  fontsReady: () => boolean;
  viewReady: () => boolean;
  dataReady: () => boolean;
  dataLoaded: Promise<void>;
  /** Resolves when the incidents' rows are in the store (or could not be loaded). */
  incidentsLoaded: Promise<void>;
  /** Called at the map's first idle with its data. */
  onFirstIdle?: () => void;
  basemapUrl: string;
  onlineStyleUrl?: string;
}

/** The whole app. */
export function App(props: AppProps) {
  const [sheetOpen, setSheetOpen] = createSignal(false);
  const [aboutOpen, setAboutOpen] = createSignal(false);
  const [exportOpen, setExportOpen] = createSignal(false);
  let detail: HTMLElement | undefined;
  /** What had focus when the detail panel opened: focus goes back there when it closes. */
  let opener: HTMLElement | null = null;
  const selected = () =>
    !!(
      props.state.selectedIncident() ||
      props.state.selectedPlace() ||
      props.state.selectedZone().length ||
      props.state.selectedGazetteer() ||
      props.state.ui.stack
    );
  // Focus moves into the detail panel when something is selected, and back when it closes.
  createEffect(
    on(
      () => props.state.ui.selection ?? props.state.ui.stack,
      (sel) => {
        if (!sel) {
          const back = opener;
          opener = null;
          // Only when focus was in the panel (it went to the page as the panel closed).
          const active = document.activeElement;
          if (back?.isConnected && (!active || active === document.body || detail?.contains(active)))
            back.focus();
          return;
        }
        const active = document.activeElement as HTMLElement | null;
        if (!opener && active && !detail?.contains(active)) opener = active;
        queueMicrotask(() =>
          whenInside(detail, 'h2', (h) => {
            h.tabIndex = -1;
            h.focus({ preventScroll: true });
          }),
        );
      },
      { defer: true },
    ),
  );
  createEffect(() => {
    // eslint-disable-next-line solid/reactivity -- an event handler: called on a key press
    if (props.state.ui.selection) onCleanup(pushEscape(() => props.actions.select(null)));
  });
  createEffect(() => {
    // eslint-disable-next-line solid/reactivity -- an event handler: called on a key press
    if (props.state.ui.stack) onCleanup(pushEscape(() => props.actions.openStack(null)));
  });
  // The view is kept for the next visit (a link with a view of its own wins over it). The view a
  // page opens on is written only when it came from a link: the default view or the kept one
  // need no writing (a first visit then neither loads the storage code nor makes the database
  // while the map loads), and the camera as the map reports it is compared rounded.
  let unchanged: string | null = null;
  const fromLink = location.hash.length > 1;
  createEffect(() => {
    const view = {
      camera: { ...props.state.ui.camera },
      date: props.state.ui.date,
      layers: { ...props.state.ui.layers },
      overrides: { ...props.state.ui.overrides },
    };
    const { lon, lat, zoom } = view.camera;
    const key = JSON.stringify({ ...view, camera: [lon.toFixed(4), lat.toFixed(4), zoom.toFixed(2)] });
    unchanged ??= fromLink ? '' : key;
    if (key === unchanged) return;
    unchanged = '';
    const t = setTimeout(() => {
      void reportStorage(props.actions).then((db) => db?.set('view', view).catch(() => undefined));
    }, 800);
    onCleanup(() => clearTimeout(t));
  });
  createEffect(() => {
    if (sheetOpen()) onCleanup(pushEscape(() => setSheetOpen(false)));
  });
  // The store and its actions are created once in main.tsx and never replaced.
  // eslint-disable-next-line solid/reactivity
  syncUrl(props.state, props.actions);
  onMount(() => {
    // A file dropped anywhere is a report, not a page to navigate to.
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void addReportFiles(props.state, props.actions, files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    onCleanup(() => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    });
  });
  return (
    <div class="app" classList={{ 'has-detail': !!props.state.ui.selection, 'sheet-open': sheetOpen() }}>
      <a class="skip" href="#map">
        Skip to the map
      </a>
      <header class="topbar">
        <h1>Situation map</h1>
        <p class="subtitle">Places, incidents and control from news reports, with their sources</p>
        <SearchBox state={props.state} actions={props.actions} />
        <DateChip state={props.state} actions={props.actions} />
        <div class="tools">
          <button type="button" class="tool" onClick={() => setExportOpen(true)}>
            Export
          </button>
          <button type="button" class="tool" onClick={() => setAboutOpen(true)}>
            About the data
          </button>
        </div>
        <button
          type="button"
          class="sheet-toggle"
          aria-expanded={sheetOpen()}
          aria-controls="sidebar"
          onClick={() => setSheetOpen(!sheetOpen())}
        >
          {sheetOpen() ? 'Hide list and layers' : 'List and layers'}
        </button>
      </header>
      <aside id="sidebar" class="sidebar" aria-label="Date, layers and incidents">
        <DateControl state={props.state} actions={props.actions} />
        <LayerPanel state={props.state} actions={props.actions} />
        <BasemapSettings actions={props.actions} />
        <AddReports state={props.state} actions={props.actions} />
        <ReportsList state={props.state} actions={props.actions} />
        <UnplacedNames state={props.state} actions={props.actions} />
        <IncidentList state={props.state} actions={props.actions} />
      </aside>
      <main id="map" class="map-wrap" tabindex="-1">
        <MapView
          state={props.state}
          actions={props.actions}
          basemapUrl={props.basemapUrl}
          dataLoaded={props.dataLoaded}
          incidentsLoaded={props.incidentsLoaded}
          onFirstIdle={props.onFirstIdle}
          dataReady={props.dataReady}
          fontsReady={props.fontsReady}
          viewReady={props.viewReady}
          onlineStyleUrl={props.onlineStyleUrl}
        />
        <Messages state={props.state} actions={props.actions} />
      </main>
      <Show when={selected()}>
        <aside class="detail" aria-label="Details" ref={detail}>
          <Show when={props.state.stackIncidents().length > 1}>
            <StackPanel state={props.state} actions={props.actions} />
          </Show>
          <Show when={props.state.selectedIncident()}>
            {(f) => <IncidentPanel incident={f()} state={props.state} actions={props.actions} />}
          </Show>
          <Show when={props.state.selectedZone().length}>
            <ZonePanel zones={props.state.selectedZone()} state={props.state} actions={props.actions} />
          </Show>
          <Show when={props.state.selectedPlace()}>
            {(f) => <PlacePanel place={f()} state={props.state} actions={props.actions} />}
          </Show>
          <Show when={props.state.selectedGazetteer()}>
            {(e) => <GazetteerPanel entry={e()} actions={props.actions} />}
          </Show>
        </aside>
      </Show>
      <Show when={props.state.ui.reader}>
        <ArticleReader state={props.state} actions={props.actions} />
      </Show>
      <Dialog open={exportOpen()} onClose={() => setExportOpen(false)} title="Export and import" id="export">
        <ExportPanel state={props.state} actions={props.actions} onDone={() => setExportOpen(false)} />
      </Dialog>
      <Dialog open={aboutOpen()} onClose={() => setAboutOpen(false)} title="About the data" id="about">
        <AboutData state={props.state} basemapCredit={props.state.data().basemap.chosen?.credit ?? null} />
      </Dialog>
    </div>
  );
}
