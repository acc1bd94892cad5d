// A place found by the search that no loaded report names: its names, kind and size from the
// gazetteer, and a word that nothing on the map is about it.
import type { GazetteerEntry } from '../../types/model.ts';
import type { AppActions } from '../store/createAppStore.ts';
import { thousands } from './format.ts';
import { Show } from 'solid-js';
import { PanelHead } from './PanelHead.tsx';

/** Panel for a gazetteer entry chosen in the search. */
export function GazetteerPanel(props: { entry: GazetteerEntry; actions: AppActions }) {
  return (
    <section class="panel gazetteer-panel" aria-labelledby="gazetteer-title">
      <PanelHead
        id="gazetteer-title"
        title={props.entry.name}
        ar={props.entry.names?.ar}
        closeLabel="Close place panel"
        onClose={() => props.actions.select(null)}
      />
      <dl class="facts">
        <dt>Kind</dt>
        <dd>{props.entry.kind}</dd>
        <Show when={props.entry.population > 0}>
          <dt>Population</dt>
          <dd>{thousands(props.entry.population)}</dd>
        </Show>
        <dt>Gazetteer</dt>
        <dd>{props.entry.id}</dd>
        <dt>Location</dt>
        <dd>
          {props.entry.lat.toFixed(4)}° N, {props.entry.lon.toFixed(4)}° E
        </dd>
      </dl>
      <p class="muted">
        No loaded report names this place. Incidents nearby are in the list of incidents in view.
      </p>
    </section>
  );
}
