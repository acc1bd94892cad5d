// A control zone's panel: who holds it on the chosen day, how sure we are, its area, and the
// incidents that put it in this state, each opening its sources.
import { Show } from 'solid-js';
import type { Feature, Geometry } from 'geojson';
import type { ControlProps } from '../../types/model.ts';
import { incidentLabel } from '../layers/incidentTypes.ts';
import { SIDE_NAMES } from '../layers/styleParts.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { formatDay, formatKm2 } from './format.ts';
import { IncidentLinks } from './IncidentLinks.tsx';

const STATUS: Record<string, string> = {
  assessed: 'Assessed control',
  claimed: 'Claimed, not confirmed (hatched on the map)',
  contested: 'Contested: claimed and denied (hatched on the map)',
};

/** Panel for the selected zone (all its parts on the chosen day). */
export function ZonePanel(props: {
  zones: Feature<Geometry, ControlProps>[];
  state: AppStateView;
  actions: AppActions;
}) {
  const p = () => props.zones[0]!.properties;
  const area = () => props.zones.reduce((a, f) => a + (f.properties.areaKm2 ?? 0), 0);
  const basis = () => {
    const ids = new Set(props.zones.flatMap((f) => f.properties.basis ?? []));
    return props.state.data().incidents.features.filter((f) => ids.has(f.properties.id));
  };
  const placeName = (id: string) =>
    props.state.data().places.features.find((f) => f.properties.id === id)?.properties.name ?? id;
  return (
    <section class="panel zone-panel" aria-labelledby="zone-title">
      <header class="panel-head">
        <h2 id="zone-title">
          {p().controller === 'contested' ? 'Contested area' : (SIDE_NAMES[p().controller] ?? p().controller)}
        </h2>
        <button
          type="button"
          class="close"
          aria-label="Close zone panel"
          onClick={() => props.actions.select(null)}
        >
          ×
        </button>
      </header>
      <p class={`status status-${p().status}`}>{STATUS[p().status] ?? p().status}</p>
      <dl class="facts">
        <dt>As of</dt>
        <dd>{formatDay(p().date)}</dd>
        <Show when={area() > 0}>
          <dt>Area</dt>
          <dd>{formatKm2(area())}</dd>
        </Show>
      </dl>
      <h3>Why: {basis().length ? `${basis().length} incidents` : 'baseline, no incident'}</h3>
      <Show
        when={basis().length}
        fallback={<p class="muted">This area is as held before the offensive (the baseline).</p>}
      >
        <IncidentLinks
          incidents={basis()}
          onSelect={(id) => props.actions.select({ kind: 'incident', id })}
          label={(i) =>
            `${incidentLabel(i.type)}: ${placeName(i.place)}, ${formatDay(i.date)} (${i.sources.length} ` +
            `${i.sources.length === 1 ? 'source' : 'sources'}${i.status === 'contested' ? ', contested' : ''})`
          }
        />
      </Show>
    </section>
  );
}
