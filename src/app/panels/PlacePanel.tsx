// A place's panel: names, kind, the mentions that named it, and the alternatives the resolver
// considered, so ambiguity stays visible; each alternative is a button that moves the place there.
import { For, Show, createResource } from 'solid-js';
import type { PlaceFeature } from '../../types/model.ts';
import { detailsShard } from '../data/incidentDetails.ts';
import { shardOf } from '../tiles/shards.ts';
import { switchPlace } from '../data/switchPlace.ts';
import { incidentLabel } from '../layers/incidentTypes.ts';
import { resolvedAs } from '../model/placeOverrides.ts';
import { quoteParts } from '../model/quoteParts.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { filedFrom, formatDay } from './format.ts';
import { Quote } from './Quote.tsx';
import { IncidentLinks } from './IncidentLinks.tsx';
import { Paged } from './Paged.tsx';
import { PanelHead } from './PanelHead.tsx';
import { plural } from '../model/plural.ts';

/** How an approximate place's position relates to the place that anchors it: words before and after its name. */
const ANCHOR_WORDS = {
  in: ['within', ', where the report puts it'],
  near: ['near', ', where the report puts it'],
  of: ['from', ' by the distance and direction the report gives'],
  report: ["among the report's other places, around", ''],
} as const;

/** Panel for the selected place. */
export function PlacePanel(props: { place: PlaceFeature; state: AppStateView; actions: AppActions }) {
  const p = () => props.place.properties;
  // A published site keeps mentions in its details shards (places.geojson has none).
  const [published] = createResource(
    () => {
      const pub = props.state.data().published;
      return pub ? { pub, id: p().id } : null;
    },
    async ({ pub, id }) => (await detailsShard(pub, shardOf(id, pub.details.shards))).places[id] ?? [],
  );
  const mentions = () => (props.state.data().published ? (published() ?? []) : p().mentions);
  const incidents = () => props.state.incidents().features.filter((f) => f.properties.place === p().id);
  const anchorPlace = (id: string) => props.state.data().places.features.some((f) => f.properties.id === id);
  const switchTo = (gazetteerId: string) => void switchPlace(props.state, props.actions, p().id, gazetteerId);
  return (
    <section class="panel place-panel" aria-labelledby="place-title">
      <PanelHead
        id="place-title"
        title={p().name}
        ar={p().names?.ar}
        closeLabel="Close place panel"
        onClose={() => props.actions.select(null)}
      />
      <dl class="facts">
        <dt>Kind</dt>
        <dd>{p().kind}</dd>
        <dt>Gazetteer</dt>
        <dd>{p().precision === 'approximate' ? 'not in the gazetteer' : p().gazetteerId}</dd>
        <dt>Confidence</dt>
        <dd>{Math.round((p().confidence ?? 0) * 100)}%</dd>
        <Show when={p().relativeTo}>
          {(r) => (
            <>
              <dt>Relative to</dt>
              <dd>
                {r().relation} of{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() => props.actions.select({ kind: 'place', id: r().placeId })}
                >
                  {props.state.data().places.features.find((f) => f.properties.id === r().placeId)?.properties
                    .name ?? r().placeId}
                </button>
              </dd>
            </>
          )}
        </Show>
        <Show when={p().precision === 'approximate' ? p().anchor : undefined}>
          {(a) => (
            <>
              <dt>Position</dt>
              <dd class="approximate">
                Approximate: the gazetteer does not know this place, so it is drawn{' '}
                {ANCHOR_WORDS[a().relation][0]}{' '}
                <Show when={anchorPlace(a().placeId)} fallback={a().name}>
                  <button
                    type="button"
                    class="link"
                    onClick={() => props.actions.select({ kind: 'place', id: a().placeId })}
                  >
                    {a().name}
                  </button>
                </Show>
                {ANCHOR_WORDS[a().relation][1]}; it may be up to {a().uncertaintyKm} km off.
              </dd>
            </>
          )}
        </Show>
      </dl>
      <Show when={incidents().length}>
        <h3>Incidents here</h3>
        <IncidentLinks
          incidents={incidents()}
          onSelect={(id) => props.actions.select({ kind: 'incident', id })}
          label={(i) => `${incidentLabel(i.type)}, ${formatDay(i.date)}`}
        />
      </Show>
      <h3>{plural(mentions().length, 'mention', 'mentions')}</h3>
      <Paged each={mentions()} class="sources" ordered page={20}>
        {(m) => {
          const text = () => props.state.data().texts[m.article];
          const filed = () => filedFrom(props.state.articleById().get(m.article)?.reportedFrom);
          return (
            <li class="source">
              <p class="source-head">
                <strong class="outlet">{props.state.data().outlets[m.article] ?? m.article}</strong>{' '}
                <span>“{m.text}”</span>
              </p>
              <Show when={filed()}>{(f) => <p class="source-meta filed-from">{f()}</p>}</Show>
              <Quote
                parts={text() === undefined ? null : quoteParts(text()!, m.start, m.end)}
                onOpen={() => props.actions.openReader(m.article, m.start, m.end)}
              />
            </li>
          );
        }}
      </Paged>
      <h3>Alternatives considered</h3>
      <Show when={resolvedAs(p())}>
        {(r) => (
          <p class="switched" role="status">
            You moved this place; the resolver chose {r().name} ({r().gazetteerId}).{' '}
            <button type="button" onClick={() => props.actions.setOverride(p().id, null)}>
              Undo
            </button>
          </p>
        )}
      </Show>
      <Show when={p().alternatives.length} fallback={<p class="muted">None: the name had one candidate.</p>}>
        <ul class="plain alternatives" aria-label="Switch this place to another candidate">
          <For each={p().alternatives}>
            {(a) => (
              <li>
                <button
                  type="button"
                  class="alternative"
                  aria-pressed={a.gazetteerId === p().gazetteerId}
                  disabled={a.gazetteerId === p().gazetteerId || props.state.ui.busy}
                  data-gazetteer={a.gazetteerId}
                  onClick={() => switchTo(a.gazetteerId)}
                >
                  {a.name}
                </button>{' '}
                <span class="muted">
                  ({a.gazetteerId}, score {a.score.toFixed(2)}
                  {a.gazetteerId === p().gazetteerId ? ', shown now' : ''}
                  {a.gazetteerId === resolvedAs(p())?.gazetteerId ? ', resolver’s choice' : ''})
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
