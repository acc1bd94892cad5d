// The date control: a slider over the days in the data, with the area each side gained since the
// baseline and what changed on the chosen day.
import { For, Show, createMemo } from 'solid-js';
import { SIDE_NAMES } from '../layers/styleParts.ts';
import { zoneSwatch } from '../layers/controlLayers.ts';
import { incidentLabel } from '../layers/incidentTypes.ts';
import { areaBySide } from '../model/controlSummary.ts';
import { figureText } from '../model/territoryText.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { formatDay, formatKm2 } from './format.ts';
import { IncidentLinks } from './IncidentLinks.tsx';

/** Slider, previous/next buttons and the day's figures. */
export function DateControl(props: { state: AppStateView; actions: AppActions }) {
  const index = () => Math.max(0, props.state.days().indexOf(props.state.day() ?? ''));
  const go = (i: number) => {
    const d = props.state.days();
    if (d[i]) props.actions.setDate(d[i]!);
  };
  const areas = createMemo(() => areaBySide(props.state.data().control, props.state.day()));
  /** Territorial figures reported up to the day, each beside what the zones show for it. */
  const figures = createMemo(
    () =>
      props.state.control().features.find((f) => f.properties.layer === 'summary')?.properties.figures ?? [],
  );
  return (
    <section class="date-control" aria-labelledby="date-title">
      <h2 id="date-title">
        As of <output id="date-value">{formatDay(props.state.day())}</output>
      </h2>
      <Show when={props.state.days().length} fallback={<p class="muted">No dated data loaded.</p>}>
        <div class="date-row">
          <button
            type="button"
            aria-label="Previous day"
            disabled={index() === 0}
            onClick={() => go(index() - 1)}
          >
            ‹
          </button>
          <input
            type="range"
            min="0"
            max={props.state.days().length - 1}
            step="1"
            value={index()}
            aria-label="Day shown"
            aria-valuetext={formatDay(props.state.day())}
            onInput={(e) => go(Number(e.currentTarget.value))}
          />
          <button
            type="button"
            aria-label="Next day"
            disabled={index() >= props.state.days().length - 1}
            onClick={() => go(index() + 1)}
          >
            ›
          </button>
        </div>
        <Show when={areas().length}>
          <table class="areas">
            <caption>Area held, change since {formatDay(props.state.days()[0])}</caption>
            <tbody>
              <For each={areas()}>
                {(a) => (
                  <tr>
                    <th scope="row">
                      <span class="swatch zone-swatch" style={{ background: zoneSwatch(a.controller) }} />
                      {SIDE_NAMES[a.controller] ?? a.controller}
                    </th>
                    <td>{formatKm2(a.km2)}</td>
                    <td>{formatKm2(a.gained, true)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <Show when={figures().length}>
          <div class="reported-extents">
            <h3>Reported extents</h3>
            <ul class="plain">
              <For each={figures()}>{(f) => <li>{figureText(f)}</li>}</For>
            </ul>
          </div>
        </Show>
        <details class="changes" open>
          <summary>What changed that day ({props.state.dayChanges().length})</summary>
          <Show
            when={props.state.dayChanges().length}
            fallback={<p class="muted">Nothing recorded for this day.</p>}
          >
            <IncidentLinks
              incidents={props.state.dayChanges()}
              onSelect={(id) => props.actions.select({ kind: 'incident', id })}
              label={(i) =>
                `${incidentLabel(i.type)}: ${props.state.placeById().get(i.place)?.properties.name ?? i.place}${
                  i.status === 'contested' ? ' (contested)' : ''
                }`
              }
            />
          </Show>
        </details>
      </Show>
    </section>
  );
}
