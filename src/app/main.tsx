// Entry point: the store from the URL, the data and fonts loaded in parallel, then the app. A
// link the app cannot read is named in a message; an error anywhere here shows a readable error
// screen (AppErrorBoundary), never an empty page.
import { batch, createRoot, createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import './app.css';
import { App } from './App.tsx';
import { BASEMAP_FILE } from './basemap/basemapFile.ts';
import { BASEMAP_FILE_KEY, defaultSetting, readSetting, settingOrigin } from './basemap/basemapSetting.ts';
import { applyNarrowPolicy } from './basemap/narrowCsp.ts';
import type { OpenedBasemap } from './basemap/openBasemap.ts';
import { assetUrl, loadData } from './data/loadData.ts';
import { keptStorage, reportStorage, restoreReports } from './data/reportStorage.ts';
import { syncIncidentTiles } from './data/syncIncidentTiles.ts';
import { loadFonts } from './fonts.ts';
import { reportName } from './model/reportName.ts';
import { createAppStore } from './store/createAppStore.ts';
import type { UrlState } from './store/urlState.ts';
import { ignoredMessage, parseHash } from './url/parseHash.ts';
import { AppErrorBoundary, errorText, showFatalError } from './AppErrorBoundary.tsx';
import { wordTable } from '../words/wordTable.ts';

function start(root: HTMLElement): void {
  const link = parseHash(location.hash);
  // The basemap the user chose (Natural Earth unless they chose another). Before anything is
  // fetched, the page's policy is narrowed to this site plus what that basemap needs: nothing
  // else by default. A style's own hosts are known only once it is read (openBasemap).
  const basemapSetting = readSetting(defaultSetting(import.meta.env, document.baseURI));
  // The store lives as long as the page: its memos belong to a root of their own.
  const [state, actions] = createRoot(() =>
    createAppStore(link.state, { streets: basemapSetting.kind !== 'natural-earth' }),
  );
  if (link.ignored.length) actions.message('error', ignoredMessage(link.ignored));
  if (basemapSetting.kind !== 'style') {
    const origin = settingOrigin(basemapSetting, location.origin);
    applyNarrowPolicy(origin ? [origin] : []);
  }
  const basemap: Promise<OpenedBasemap | null> =
    basemapSetting.kind === 'natural-earth'
      ? Promise.resolve(null)
      : import('./basemap/openBasemap.ts')
          .then((m) =>
            m.openBasemap(basemapSetting, async () =>
              (await reportStorage(actions))?.get<Blob>(BASEMAP_FILE_KEY),
            ),
          )
          .catch((e: Error) => {
            actions.message('error', `The basemap you chose cannot be shown: ${e.message}.`);
            return null;
          })
          .then((b) => {
            if (basemapSetting.kind === 'style') applyNarrowPolicy(b?.origins ?? []);
            return b;
          });
  const [fontsReady, setFontsReady] = createSignal(false);
  const [dataReady, setDataReady] = createSignal(false);
  const fontsLoaded = loadFonts().then(() => {
    performance.mark('sm:fonts');
    setFontsReady(true);
  });

  // With no view in the link, the view kept from the last visit (camera, date, layers, place switches).
  const keptView: Promise<UrlState | null> =
    location.hash.length > 1
      ? Promise.resolve(null)
      : keptStorage(actions)
          .then(async (db) => (await db?.get<UrlState>('view')) ?? null)
          .catch(() => null);

  // The map is made once the fonts are in (and a chosen basemap is open), while the data still
  // comes. A view kept from the last visit is applied when read: before the map is made, the map
  // starts there; after, its camera jumps there (asking the browser which databases it holds can
  // take longer than the fonts).
  const [viewReady, setViewReady] = createSignal(false);
  const viewLoaded = basemap.then((chosen) => {
    performance.mark('sm:view');
    setViewReady(true);
    return chosen;
  });
  const keptApplied = keptView.then((view) => {
    if (!view) return;
    actions.restoreView(view);
    if (view.camera) actions.flyTo(view.camera, false);
  });

  // The map's first idle with its data (or 20 s, should the map never draw).
  let mapShown!: () => void;
  const mapIdle = new Promise<void>((resolve) => {
    mapShown = resolve;
    setTimeout(resolve, 20_000);
  });
  // The incidents' rows in the store (lists, stacks, search, the full records' ids).
  let rowsSettled!: () => void;
  const incidentsLoaded = new Promise<void>((resolve) => (rowsSettled = resolve));
  const dataLoaded = Promise.all([loadData({ publishedRowsAfter: mapIdle }), viewLoaded, keptApplied])
    .then(([{ data, problems, incidents }, chosen]) => {
      performance.mark('sm:data-fetched');
      if (chosen?.parts) data.basemap.chosen = { parts: chosen.parts, credit: chosen.credit };
      if (chosen?.problem) actions.message('error', chosen.problem);
      // One update: the map is created from the data (MapView) before the panels draw it.
      batch(() => {
        actions.setData(data);
        setDataReady(true);
      });
      if (!data.manifest && !data.places.features.length) {
        actions.message(
          'error',
          'No map data yet: run `npm run ingest` to write public/data/, then rebuild.',
        );
      }
      for (const p of problems) actions.message('error', p);
      // The incidents come from the data worker, which cuts the map's tiles from them: the map
      // is made without waiting for their rows, which the lists and panels then show.
      const rowsApplied = incidents.then(({ rows, problem, articles }) => {
        // A published site's articles come with its rows (the manifest's list is empty there).
        const more: Partial<typeof data> = rows ? { incidents: rows } : {};
        if (articles && data.manifest) {
          const outlets = wordTable({ ...data.outlets });
          for (const a of articles) if (typeof a?.id === 'string') outlets[a.id] = reportName(a);
          Object.assign(more, { manifest: { ...data.manifest, articles }, outlets });
        }
        if (rows || articles) actions.setData({ ...data, ...more });
        if (problem) actions.message('error', problem);
        createRoot(() => syncIncidentTiles(state, actions));
        // A shared link may move places, or show a gazetteer place no report names (a search
        // result): their entries come from the pack, only when there are any.
        if (Object.keys(state.ui.overrides).length || state.ui.selection?.kind === 'gazetteer')
          void import('./data/switchPlace.ts').then(async (m) => {
            if (Object.keys(state.ui.overrides).length) await m.loadOverrideEntries(state, actions);
            await m.loadSelectedEntry(state, actions);
          });
        // Reports added on earlier visits, kept in this browser.
        void restoreReports(state, actions);
      });
      void rowsApplied.finally(rowsSettled);
      // A published site's map draws its incidents from its tile files: it is ready without
      // their rows (a 100,000-incident site's rows file is ~40 MB), which are fetched after its
      // first idle. Elsewhere the map's incident tiles are cut from the rows: the map waits.
      if (!data.published) return rowsApplied;
      rowsApplied.catch((err: unknown) =>
        actions.message('error', `The incidents' list could not be loaded: ${errorText(err)}`),
      );
    })
    .catch((err: unknown) => {
      rowsSettled();
      actions.baseSettled();
      setViewReady(true);
      setDataReady(true);
      actions.message('error', `The map data could not be loaded: ${errorText(err)}`);
    });

  /** The page; with an online style, only once the policy allows its hosts (MapLibre's worker inherits it). */
  const show = (onlineStyleUrl?: string) => {
    try {
      render(
        () => (
          <AppErrorBoundary>
            <App
              state={state}
              actions={actions}
              fontsReady={fontsReady}
              viewReady={viewReady}
              dataReady={dataReady}
              dataLoaded={Promise.all([dataLoaded, fontsLoaded]).then(() => undefined)}
              incidentsLoaded={incidentsLoaded}
              onFirstIdle={mapShown}
              basemapUrl={assetUrl(BASEMAP_FILE)}
              onlineStyleUrl={onlineStyleUrl}
            />
          </AppErrorBoundary>
        ),
        root,
      );
    } catch (err) {
      showFatalError(root, err);
    }
  };
  if (basemapSetting.kind === 'style') void basemap.then((b) => show(b?.styleUrl ?? undefined));
  else show();
}

const root = document.getElementById('root')!;
try {
  start(root);
} catch (err) {
  showFatalError(root, err);
}
