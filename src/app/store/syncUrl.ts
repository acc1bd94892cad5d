// Keeps the URL hash a view of the store: written with replaceState when the view changes,
// read back when the user edits or navigates the hash.
import { createEffect, onCleanup } from 'solid-js';
import type { AppActions, AppStateView } from './createAppStore.ts';
import { toHash } from './urlState.ts';
import { ignoredMessage, parseHash } from '../url/parseHash.ts';

/** Call once inside a component or root. */
export function syncUrl(state: AppStateView, actions: AppActions): void {
  createEffect(() => {
    const hash = toHash({
      camera: { ...state.ui.camera },
      date: state.days().length ? state.day() : state.ui.date,
      layers: { ...state.ui.layers },
      selection: state.ui.selection ? { ...state.ui.selection } : null,
      overrides: { ...state.ui.overrides },
      hiddenTypes: [...state.ui.hiddenTypes],
    });
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  });
  const onHash = () => {
    const link = parseHash(location.hash);
    if (link.ignored.length) actions.message('error', ignoredMessage(link.ignored));
    actions.applyUrl(link.state);
    // The gazetteer entries a moved place or a gazetteer selection needs (loaded when there are any).
    if (Object.keys(state.ui.overrides).length || state.ui.selection?.kind === 'gazetteer')
      void import('../data/switchPlace.ts').then((m) => {
        void m.loadOverrideEntries(state, actions);
        void m.loadSelectedEntry(state, actions);
      });
  };
  window.addEventListener('hashchange', onHash);
  onCleanup(() => window.removeEventListener('hashchange', onHash));
}
