// The sources panel of one incident: what, when, where, status, and every source with its
// outlet, date, attribution, stance, where it was filed from, figures and quoted sentence.
import { For, Show } from 'solid-js';
import type { Figure, IncidentFeature } from '../../types/model.ts';
import { incidentLabel } from '../layers/incidentTypes.ts';
import { rowFigures } from '../model/rowFigures.ts';
import { sourceQuote } from '../model/sourceQuote.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { STANCE_TEXT, STATUS_TEXT, actorText, filedFrom, formatDay, formatWhen } from './format.ts';
import { Quote } from './Quote.tsx';
import { PanelHead } from './PanelHead.tsx';
import { plural } from '../model/plural.ts';
import { NO_OUTLET } from '../model/reportName.ts';

function figureText(f: Figure): string {
  return `${f.qualifier && f.qualifier !== 'exactly' ? `${f.qualifier} ` : ''}${f.value.toLocaleString('en-GB')} ${f.what.replace(/-/g, ' ')}`;
}

/** Panel for the selected incident. */
export function IncidentPanel(props: {
  incident: IncidentFeature;
  state: AppStateView;
  actions: AppActions;
}) {
  const p = () => props.incident.properties;
  const place = () => props.state.placeById().get(p().place)?.properties;
  const dateline = (article: string) => props.state.articleById().get(article)?.dateline ?? null;
  const outlet = (article: string, fallback: string | null) =>
    fallback ?? props.state.data().outlets[article] ?? NO_OUTLET;
  return (
    <section class="panel incident-panel" aria-labelledby="incident-title">
      <PanelHead
        id="incident-title"
        title={incidentLabel(p().type)}
        closeLabel="Close incident panel"
        onClose={() => props.actions.select(null)}
      />
      <p class={`status status-${p().status}`} data-status={p().status}>
        {STATUS_TEXT[p().status] ?? p().status}
      </p>
      <dl class="facts">
        <dt>Date</dt>
        <dd>{formatWhen(p().date, p().dateRange)}</dd>
        <dt>Place</dt>
        <dd>
          <Show when={place()} fallback={p().place}>
            {(pl) => (
              <button
                type="button"
                class="link"
                onClick={() => props.actions.select({ kind: 'place', id: pl().id })}
              >
                {pl().name}
              </button>
            )}
          </Show>
        </dd>
        <Show when={p().actors?.length}>
          <dt>Actors</dt>
          <dd>{p().actors.map(actorText).join(', ')}</dd>
        </Show>
      </dl>
      <Show when={p().summary}>
        <p class="summary">{p().summary}</p>
      </Show>
      <h3>{plural(p().sources.length, 'source', 'sources')}</h3>
      <ol class="sources">
        <For each={p().sources}>
          {(s) => {
            const text = () => props.state.data().texts[s.article];
            const figures = () => rowFigures(p(), s);
            const filed = () => filedFrom(props.state.articleById().get(s.article)?.reportedFrom);
            return (
              <li class="source" data-stance={s.stance}>
                <p class="source-head">
                  <strong class="outlet">{outlet(s.article, s.outlet)}</strong>
                  <span class="source-date">{formatDay(dateline(s.article))}</span>
                </p>
                <p class="source-meta">
                  <span class="stance">{STANCE_TEXT[s.stance] ?? s.stance}</span>
                  {s.attribution ? ` · according to ${s.attribution}` : ' · attribution not stated'}
                  <Show when={filed()}>{(f) => <span class="filed-from"> · {f()}</span>}</Show>
                </p>
                <Show when={figures().length}>
                  <p class="figures">{figures().map(figureText).join('; ')}</p>
                </Show>
                <Quote
                  parts={sourceQuote(text(), s, place())}
                  onOpen={() => props.actions.openReader(s.article, s.start, s.end)}
                />
              </li>
            );
          }}
        </For>
      </ol>
    </section>
  );
}
