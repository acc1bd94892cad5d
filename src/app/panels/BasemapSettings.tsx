// The basemap setting: the built-in Natural Earth map, a PMTiles extract picked on this computer
// (kept in this browser), or an address (a .pmtiles archive or a MapLibre style). The page
// reloads with the choice, so its policy allows exactly the hosts that basemap needs.
import { createSignal, lazy } from 'solid-js';
import {
  defaultSetting,
  describeSetting,
  readSetting,
  writeSetting,
  type BasemapSetting,
} from '../basemap/basemapSetting.ts';
import type { AppActions } from '../store/createAppStore.ts';
import { LazyDialog as Dialog } from './LazyDialog.tsx';

// The form is loaded when the dialog first opens.
const BasemapForm = lazy(() => import('./BasemapForm.tsx').then((m) => ({ default: m.BasemapForm })));

/** The sidebar row naming the basemap, and its dialog. */
export function BasemapSettings(props: { actions: AppActions }) {
  const [open, setOpen] = createSignal(false);
  const current = readSetting(defaultSetting(import.meta.env, document.baseURI));
  const apply = (s: BasemapSetting) => {
    try {
      writeSetting(s);
    } catch (e) {
      props.actions.message(
        'error',
        `The basemap cannot be changed: ${e instanceof Error ? e.message : String(e)}.`,
      );
      return;
    }
    location.reload();
  };
  return (
    <section class="basemap-settings" aria-labelledby="basemap-title">
      <h2 id="basemap-title">Basemap</h2>
      <p class="basemap-now">
        {describeSetting(current)}{' '}
        <button type="button" class="link" onClick={() => setOpen(true)}>
          Change…
        </button>
      </p>
      <Dialog open={open()} onClose={() => setOpen(false)} title="Basemap" id="basemap">
        <BasemapForm actions={props.actions} current={current} apply={apply} />
      </Dialog>
    </section>
  );
}
