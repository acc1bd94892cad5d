// The layer panel: one checkbox per layer group with its count, and a legend that explains
// colours with words, hatching and shapes.
import { For, Show, createMemo, type JSX } from 'solid-js';
import { iconDataUrl } from '../map/iconDataUrl.ts';
import { HISTORY_COLOUR } from '../layers/historyLayers.ts';
import { INCIDENT_TYPES, iconName, incidentLabel } from '../layers/incidentTypes.ts';
import { AREA_COLOUR, RELATIVE_COLOUR, isNamedArea } from '../layers/areaLayers.ts';
import { PLACE_KIND_COLOURS, placeKindGroup } from '../layers/placeLayers.ts';
import { SIDE_COLOURS, SIDE_NAMES } from '../layers/styleParts.ts';
import { ZONE_STATUS, zoneSwatch } from '../layers/controlLayers.ts';
import { ReferenceImport } from './ReferenceImport.tsx';

/** A legend swatch for a zone status, drawn with the opposition's colour as on the map. */
function statusSwatch(status: string, opacity: number): JSX.CSSProperties {
  const side = status === 'contested' ? 'contested' : 'opposition';
  const fill = zoneSwatch(side, opacity);
  const hatched = status === 'claimed' || status === 'contested';
  return {
    background: hatched ? `repeating-linear-gradient(135deg, #444 0 1.5px, ${fill} 1.5px 5px)` : fill,
    'border-color': SIDE_COLOURS[side] ?? '#999',
  };
}
import { LAYER_IDS, type LayerId } from '../store/appState.ts';
import { incidentsAsOf } from '../model/asOfDate.ts';
import { thousands } from './format.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';

const TITLES: Record<LayerId, string> = {
  incidents: 'Incidents',
  history: 'Background (history)',
  places: 'Places named in reports',
  labels: 'Town and district names',
  areas: 'Areas: districts, regions, relative',
  roads: 'Main roads',
  control: 'Control zones and front line',
  governorates: 'Governorates',
};

/** Layer toggles with counts and legends. */
export function LayerPanel(props: { state: AppStateView; actions: AppActions }) {
  const isRel = (id: string) => id.startsWith('rel:');
  const counts = createMemo(() => {
    const d = props.state.data();
    const places = d.places.features.filter((f) => !isRel(f.properties.gazetteerId ?? ''));
    const named = d.places.features.filter(isNamedArea).length;
    const relative = d.places.features.length - places.length;
    const incidents = props.state.incidents().features;
    const control = props.state.control().features;
    const byType = new Map<string, number>();
    let shown = incidents.length;
    let contested = incidents.filter((f) => f.properties.status === 'contested').length;
    const published = d.published?.incidents;
    if (published) {
      // A published site counts from its manifest: the incidents themselves are tiles.
      const day = props.state.dayIndex();
      const hidden = new Set(props.state.ui.hiddenTypes);
      shown = contested = 0;
      published.types.forEach((t, i) => {
        const n = published.shown[day]?.[i] ?? 0;
        byType.set(t, n);
        if (hidden.has(t)) return;
        shown += n;
        contested += published.contested[day]?.[i] ?? 0;
      });
    } else {
      // Per type as of the day, hidden types included (their checkbox shows what they would add).
      const all = incidentsAsOf(d.incidents, props.state.day());
      for (const f of all.features) byType.set(f.properties.type, (byType.get(f.properties.type) ?? 0) + 1);
    }
    return {
      incidents: `${thousands(shown)} (${thousands(contested)} contested)`,
      byType,
      places: String(places.length),
      history: `${props.state.history().features.length} history`,
      labels: String(d.basemap.labels?.features.length ?? 0),
      areas: String(named + relative),
      named,
      relative,
      roads: String(d.basemap.roads?.features.length ?? 0),
      control: `${control.filter((f) => f.properties.layer === 'zone').length} zones, ${control.filter((f) => f.properties.layer === 'frontline' || f.properties.layer === 'front').length} front lines`,
      governorates: String(d.basemap.admin1?.features.length ?? 0),
      kinds: places.reduce<Record<string, number>>((acc, f) => {
        const k = placeKindGroup(f.properties.kind);
        acc[k] = (acc[k] ?? 0) + 1;
        return acc;
      }, {}),
      approximate: places.filter((f) => f.properties.precision === 'approximate').length,
      sides: [
        ...new Set(control.filter((f) => f.properties.layer === 'zone').map((f) => f.properties.controller)),
      ],
      // Types the data holds on any day (a hidden type stays listed so it can be shown again).
      types: published
        ? published.types
        : [
            ...new Set(
              d.incidents.features.filter((f) => !f.properties.background).map((f) => f.properties.type),
            ),
          ],
    };
  });
  const legend: Partial<Record<LayerId, () => JSX.Element>> = {
    control: () => (
      <ul class="legend">
        <For each={counts().sides.length ? counts().sides : ['opposition', 'government', 'sdf', 'sna']}>
          {(side) => (
            <li>
              <span
                class="swatch zone-swatch"
                style={{ background: zoneSwatch(side), 'border-color': SIDE_COLOURS[side] ?? '#999' }}
              />{' '}
              {SIDE_NAMES[side] ?? side}
            </li>
          )}
        </For>
        <For each={Object.entries(ZONE_STATUS)}>
          {([status, d]) => (
            <li>
              <span class={`swatch zone-swatch zone-${status}`} style={statusSwatch(status, d.fillOpacity)} />{' '}
              {d.legend}
            </li>
          )}
        </For>
        <li>
          <span class="swatch frontline" /> Front line
        </li>
        <li>
          <span class="swatch reference" />
          <Show when={props.state.referenceName()} fallback={<ReferenceImport actions={props.actions} />}>
            {(name) => (
              <span>
                Published map: {name()} ({props.state.reference().features.length} polygons this day){' '}
                <button type="button" class="link" onClick={() => props.actions.setReference(null)}>
                  remove
                </button>
              </span>
            )}
          </Show>
        </li>
      </ul>
    ),
    incidents: () => (
      <ul class="legend">
        <For
          each={[
            ...INCIDENT_TYPES.filter((t) => !counts().types.length || counts().types.includes(t)),
            ...counts().types.filter((t) => !(INCIDENT_TYPES as string[]).includes(t)),
          ]}
        >
          {(t) => (
            <li class="type-row">
              <label>
                <input
                  type="checkbox"
                  name={`type-${t}`}
                  checked={!props.state.ui.hiddenTypes.includes(t)}
                  onChange={(e) => props.actions.toggleType(t, e.currentTarget.checked)}
                />
                <img src={iconDataUrl(iconName(t, false))} alt="" width="16" height="16" /> {incidentLabel(t)}{' '}
                <span class="count">{thousands(counts().byType.get(t) ?? 0)}</span>
              </label>
            </li>
          )}
        </For>
        <li>
          <img src={iconDataUrl(iconName('armed-clash', true))} alt="" width="16" height="16" /> Dashed ring
          and “contested”: sources disagree
        </li>
        <li>
          <span class="cluster-swatch" aria-hidden="true">
            3
          </span>{' '}
          Incidents grouped when zoomed out (click to zoom in)
        </li>
        <li>
          <span class="cluster-swatch contested" aria-hidden="true">
            3
          </span>{' '}
          Yellow ring: the group contains a contested incident
        </li>
      </ul>
    ),
    history: () => (
      <ul class="legend">
        <li>
          <span class="dot history-dot" style={{ 'border-color': HISTORY_COLOUR }} /> history: earlier events
          the reports recall as background, not part of these days
        </li>
      </ul>
    ),
    areas: () => (
      <ul class="legend">
        <li>
          <span class="swatch area-swatch" style={{ 'border-color': AREA_COLOUR }} /> Districts and regions
          named in reports <span class="count">{counts().named}</span>
        </li>
        <li>
          <span class="swatch area-swatch relative" style={{ 'border-color': RELATIVE_COLOUR }} /> Relative
          areas (dashed: “west of Aleppo”) <span class="count">{counts().relative}</span>
        </li>
      </ul>
    ),
    places: () => (
      <ul class="legend">
        <For each={Object.entries(PLACE_KIND_COLOURS)}>
          {([kind, colour]) => (
            <li>
              <span class="dot" style={{ background: colour }} />{' '}
              {kind === 'settlement'
                ? 'Towns'
                : kind === 'neighbourhood'
                  ? 'Neighbourhoods'
                  : kind === 'landmark'
                    ? 'Landmarks'
                    : 'Other'}{' '}
              <span class="count">{counts().kinds[kind] ?? 0}</span>
            </li>
          )}
        </For>
        <Show when={counts().approximate}>
          <li>
            <span class="dot approximate" /> Position approximate (not in the gazetteer){' '}
            <span class="count">{counts().approximate}</span>
          </li>
        </Show>
      </ul>
    ),
  };
  return (
    <section class="layer-panel" aria-labelledby="layers-title">
      <h2 id="layers-title">Layers</h2>
      <ul class="plain">
        <For each={[...LAYER_IDS].reverse()}>
          {(id) => (
            <li class="layer-row">
              <label>
                <input
                  type="checkbox"
                  name={`layer-${id}`}
                  checked={props.state.ui.layers[id]}
                  onChange={(e) => props.actions.toggleLayer(id, e.currentTarget.checked)}
                />
                {TITLES[id]} <span class="count">{counts()[id]}</span>
              </label>
              <Show when={legend[id] && props.state.ui.layers[id]}>{legend[id]!()}</Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
