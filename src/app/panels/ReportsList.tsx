// Every report on the map — published with it or added here — with its outlet, date, what it
// gave (places, incidents, names not placed) and its status; reports added here can be removed,
// with Undo.
import { Show, createMemo } from 'solid-js';
import { Paged } from './Paged.tsx';
import { removeReport } from '../data/reportActions.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { formatDay } from './format.ts';
import { plural } from '../model/plural.ts';
import { reportName } from '../model/reportName.ts';

/** The "Reports" section. */
export function ReportsList(props: { state: AppStateView; actions: AppActions }) {
  const rows = createMemo(() => {
    const d = props.state.data();
    const mine = new Map(props.state.userReports().map((r) => [r.id, r]));
    const places = new Map<string, number>();
    const incidents = new Map<string, number>();
    for (const f of d.places.features)
      for (const a of new Set(f.properties.mentions.map((m) => m.article)))
        places.set(a, (places.get(a) ?? 0) + 1);
    for (const f of d.incidents.features)
      for (const a of f.properties.articles) incidents.set(a, (incidents.get(a) ?? 0) + 1);
    return (d.manifest?.articles ?? []).map((a) => ({
      id: a.id,
      name: reportName({ ...a, text: d.texts[a.id] }),
      date: a.dateline,
      places: places.get(a.id) ?? 0,
      incidents: incidents.get(a.id) ?? 0,
      unplaced: a.unplaced?.length ?? 0,
      added: mine.get(a.id)?.added ?? null,
    }));
  });
  return (
    <details class="reports" open={props.state.userReports().length > 0}>
      <summary>
        Reports <span class="count">{rows().length}</span>
      </summary>
      <Paged each={rows()} class="plain report-rows">
        {(r) => (
          <li class="report-row" data-report={r.id}>
            <p class="report-head">
              <strong>{r.name}</strong> <span class="muted">{formatDay(r.date)}</span>
            </p>
            <p class="report-meta">
              {plural(r.places, 'place', 'places')} · {plural(r.incidents, 'incident', 'incidents')}
              <Show when={r.unplaced}> · {r.unplaced} not placed</Show>
            </p>
            <p class="report-status">
              <Show when={r.added} fallback={<span class="muted">published with the map</span>}>
                {(added) => (
                  <>
                    <span>added {formatDay(added().slice(0, 10))}, kept in this browser</span>{' '}
                    <button
                      type="button"
                      class="link"
                      disabled={props.state.ui.busy}
                      aria-label={`Remove ${r.name}`}
                      onClick={() => void removeReport(props.state, props.actions, r.id)}
                    >
                      Remove
                    </button>
                  </>
                )}
              </Show>
            </p>
          </li>
        )}
      </Paged>
    </details>
  );
}
