// A control zone's panel: who holds it on the chosen day, how sure we are, its area, and the
// incidents that put it in this state, each opening its sources.
import { For, Show } from 'solid-js';
import type { Feature, Geometry } from 'geojson';
import type { ControlAxis, ControlProps } from '../../types/model.ts';
import { axisText, figureText } from '../model/territoryText.ts';
import { incidentLabel } from '../layers/incidentTypes.ts';
import { SIDE_NAMES } from '../layers/styleParts.ts';
import { ZONE_STATUS } from '../layers/controlLayers.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { formatDay, formatKm2 } from './format.ts';
import { IncidentLinks } from './IncidentLinks.tsx';
import { PanelHead } from './PanelHead.tsx';

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
  const axes = () => {
    const seen = new Map<string, ControlAxis>();
    for (const a of props.zones.flatMap((f) => f.properties.axes ?? [])) seen.set(axisText(a), a);
    return [...seen.keys()];
  };
  const figures = () => {
    const seen = new Map<string, string>();
    for (const f of props.zones.flatMap((z) => z.properties.figures ?? []))
      seen.set(figureText(f), f.article);
    return [...seen];
  };
  const placeName = (id: string) => props.state.placeById().get(id)?.properties.name ?? id;
  return (
    <section class="panel zone-panel" aria-labelledby="zone-title">
      <PanelHead
        id="zone-title"
        title={
          p().controller === 'contested' ? 'Contested area' : (SIDE_NAMES[p().controller] ?? p().controller)
        }
        closeLabel="Close zone panel"
        onClose={() => props.actions.select(null)}
      />
      <p class={`status status-${p().status}`}>{ZONE_STATUS[p().status]?.meaning ?? p().status}</p>
      <dl class="facts">
        <dt>As of</dt>
        <dd>{formatDay(p().date)}</dd>
        <Show when={area() > 0}>
          <dt>Area</dt>
          <dd>{formatKm2(area())}</dd>
        </Show>
      </dl>
      <Show when={axes().length}>
        <h3>Assessed along</h3>
        <ul class="plain axes">
          <For each={axes()}>{(a) => <li>{a}</li>}</For>
        </ul>
      </Show>
      <Show when={figures().length}>
        <h3>Driven and bounded by the reported figures</h3>
        <ul class="plain figures">
          <For each={figures()}>
            {([text, article]) => (
              <li>
                {text} <span class="muted">({article})</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h3>Why: {basis().length ? `${basis().length} incidents` : 'baseline, no incident'}</h3>
      <Show
        when={basis().length}
        fallback={<p class="muted">This area is as held before the offensive (the baseline).</p>}
      >
        <IncidentLinks
          incidents={basis()}
          onSelect={(id) => props.actions.select({ kind: 'incident', id })}
          label={(i) =>
            `${incidentLabel(i.type)}: ${placeName(i.place)}, ${formatDay(i.date)} (${i.sources} ` +
            `${i.sources === 1 ? 'source' : 'sources'}${i.status === 'contested' ? ', contested' : ''})`
          }
        />
      </Show>
    </section>
  );
}
