// The basemap dialog's form (src/app/panels/BasemapSettings.tsx): the built-in map, a PMTiles
// file picked here (kept in this browser) or an address. Loaded when the dialog first opens.
import { Show, createSignal, untrack } from 'solid-js';
import {
  BASEMAP_FILE_KEY,
  describeSetting,
  settingForUrl,
  type BasemapSetting,
} from '../basemap/basemapSetting.ts';
import { reportStorage } from '../data/reportStorage.ts';
import type { AppActions } from '../store/createAppStore.ts';

type Choice = 'natural-earth' | 'pmtiles-file' | 'address';

/** True when the blob starts as a PMTiles v3 archive does (as the `pmtiles` reader checks: 'PM', version 3). */
async function looksLikePmtiles(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4d && head[7] === 3;
}

/** The form inside the dialog. */
export function BasemapForm(props: {
  actions: AppActions;
  current: BasemapSetting;
  apply: (s: BasemapSetting) => void;
}) {
  // The form starts from the kept setting, read once when the dialog opens.
  const initial = untrack(() => props.current);
  const [choice, setChoice] = createSignal<Choice>(
    initial.kind === 'natural-earth' || initial.kind === 'pmtiles-file' ? initial.kind : 'address',
  );
  const [file, setFile] = createSignal<File | null>(null);
  const [address, setAddress] = createSignal('url' in initial ? initial.url : '');
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      if (choice() === 'natural-earth') return props.apply({ kind: 'natural-earth' });
      if (choice() === 'address') return props.apply(settingForUrl(address(), document.baseURI));
      const f = file();
      if (!f) {
        if (props.current.kind === 'pmtiles-file') return props.apply(props.current);
        throw new Error('Choose a .pmtiles file first.');
      }
      setBusy(true);
      if (!(await looksLikePmtiles(f))) throw new Error(`“${f.name}” is not a PMTiles (version 3) archive.`);
      const db = await reportStorage(props.actions);
      if (!db) throw new Error('This browser cannot keep the file (storage is off here).');
      await db.set(BASEMAP_FILE_KEY, f);
      props.apply({ kind: 'pmtiles-file', name: f.name });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="basemap-form" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>Draw the map over</legend>
        <label class="choice">
          <input
            type="radio"
            name="basemap"
            value="natural-earth"
            checked={choice() === 'natural-earth'}
            onChange={() => setChoice('natural-earth')}
          />
          <span>
            <strong>Natural Earth</strong> (built in, offline): land, coast and borders, with the gazetteer’s
            town names.
          </span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name="basemap"
            value="pmtiles-file"
            checked={choice() === 'pmtiles-file'}
            onChange={() => setChoice('pmtiles-file')}
          />
          <span>
            <strong>A PMTiles file on this computer</strong>: a Protomaps extract of the region, with streets,
            built-up areas and buildings for city-level work. It is kept in this browser, never uploaded.
          </span>
        </label>
        <Show when={choice() === 'pmtiles-file'}>
          <input
            type="file"
            class="basemap-file"
            accept=".pmtiles"
            aria-label="PMTiles file"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          <Show when={!file() && props.current.kind === 'pmtiles-file'}>
            <p class="muted">Now: {describeSetting(props.current)}.</p>
          </Show>
        </Show>
        <label class="choice">
          <input
            type="radio"
            name="basemap"
            value="address"
            checked={choice() === 'address'}
            onChange={() => setChoice('address')}
          />
          <span>
            <strong>An address</strong>: a <code>.pmtiles</code> archive (e.g.{' '}
            <code>./basemap/north-syria.pmtiles</code> served with the app) or any MapLibre style URL. The
            page will reach that site, and the sites its style names, only because you chose it here.
          </span>
        </label>
        <Show when={choice() === 'address'}>
          {/* Text, not type=url: a relative address (a file served with the app) is allowed. */}
          <input
            type="text"
            inputmode="url"
            spellcheck={false}
            class="basemap-address"
            aria-label="Basemap address"
            placeholder="https://…/style.json or ./basemap/region.pmtiles"
            value={address()}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
        </Show>
      </fieldset>
      <Show when={error()}>
        <p class="form-error" role="alert">
          {error()}
        </p>
      </Show>
      <p class="muted">
        Make an extract with the PMTiles command-line tool from a Protomaps daily build, e.g.{' '}
        <code>
          pmtiles extract https://build.protomaps.com/YYYYMMDD.pmtiles north-syria.pmtiles
          --bbox=35.6,34.8,42.4,37.4 --maxzoom=15
        </code>{' '}
        (docs/app.md, “Basemap”).
      </p>
      <button type="submit" disabled={busy()}>
        Use this basemap (reloads the map)
      </button>
    </form>
  );
}
