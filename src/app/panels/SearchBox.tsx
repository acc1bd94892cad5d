// The search box: places on the map (named in reports, or labelled by the gazetteer) and in the
// whole browser gazetteer, in English or Arabic however transliterated, and incidents by
// outlet, type or actor. Arrow keys choose; Enter flies there and opens the panel.
import { For, Show, createEffect, createMemo, createSignal, onCleanup } from 'solid-js';
import { foldKey } from '../../geoparse/index/fold.ts';
import type { GazetteerEntry, PlaceKind } from '../../types/model.ts';
import { searchInWorker } from '../data/pipelineClient.ts';
import { incidentLabel } from '../layers/incidentTypes.ts';
import { bbox } from '../layers/areaLayers.ts';
import { areaBounds, INCIDENT_ZOOM } from '../model/areaBounds.ts';
import { fitCamera } from '../model/fitCamera.ts';
import { representativePoint } from '../model/representativePoint.ts';
import { nameScore, searchKeys, wordsMatch } from '../model/search.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { pushEscape } from './escapeStack.ts';
import { formatDay } from './format.ts';

interface Hit {
  key: string;
  kind: 'place' | 'gazetteer' | 'incident';
  id: string;
  label: string;
  detail: string;
  point: [number, number] | null;
  zoom: number;
  /** An area's box ([west, south, east, north]): the search shows it whole. */
  bounds?: [number, number, number, number];
  score: number;
  entry?: GazetteerEntry;
}

const ZOOM: Partial<Record<PlaceKind, number>> = {
  neighbourhood: 13.5,
  landmark: 13.5,
  settlement: 11,
  road: 9,
  admin2: 9,
  admin1: 8,
  country: 6,
  region: 6,
};
const KIND_WORD: Record<string, string> = {
  settlement: 'town',
  neighbourhood: 'neighbourhood',
  landmark: 'landmark',
  road: 'road',
  admin1: 'governorate',
  admin2: 'district',
  country: 'country',
  region: 'region',
};

/** The search box with its list of results. */
export function SearchBox(props: { state: AppStateView; actions: AppActions }) {
  const [query, setQuery] = createSignal('');
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  const [remote, setRemote] = createSignal<GazetteerEntry[]>([]);
  let input!: HTMLInputElement;

  /** Everything searchable on the map, with folded keys, built when the data changes. */
  const index = createMemo(() => {
    const d = props.state.data();
    const places = d.places.features
      .filter((f) => !String(f.properties.gazetteerId).startsWith('rel:'))
      .map((f) => ({
        f,
        keys: searchKeys([
          f.properties.name,
          f.properties.names?.en,
          f.properties.names?.ar,
          ...f.properties.mentions.map((m) => m.text),
        ]),
      }));
    const labels = (d.basemap.labels?.features ?? []).map((f) => ({
      f,
      keys: searchKeys([f.properties.name_en, f.properties.name_ar]),
    }));
    const placeName = new Map(d.places.features.map((f) => [f.properties.id, f.properties.name]));
    const incidents = d.incidents.features.map((f) => ({
      f,
      text: [
        incidentLabel(f.properties.type),
        f.properties.type,
        placeName.get(f.properties.place) ?? '',
        ...f.properties.articles.map((a) => d.outlets[a] ?? ''),
        ...f.properties.actors.map((a) => `${a.name} ${a.side}`),
      ].join(' · '),
    }));
    return { places, labels, incidents, placeName };
  });

  const hits = createMemo((): Hit[] => {
    const q = query().trim();
    if (!q) return [];
    const qk = foldKey(q);
    const ix = index();
    const out: Hit[] = [];
    const seen = new Set<string>();
    for (const { f, keys } of ix.places) {
      const s = nameScore(keys, qk);
      if (s === null) continue;
      seen.add(f.properties.gazetteerId);
      out.push({
        key: `place:${f.properties.id}`,
        kind: 'place',
        id: f.properties.id,
        label: f.properties.names?.ar ? `${f.properties.name} · ${f.properties.names.ar}` : f.properties.name,
        detail: `${KIND_WORD[f.properties.kind] ?? f.properties.kind}, named in ${new Set(f.properties.mentions.map((m) => m.article)).size} report(s)`,
        point: representativePoint(f.geometry),
        zoom: ZOOM[f.properties.kind] ?? 10,
        ...(f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
          ? { bounds: bbox(f.geometry) }
          : {}),
        score: s,
      });
    }
    const gazetteerHit = (e: GazetteerEntry, s: number): Hit => ({
      key: `gazetteer:${e.id}`,
      kind: 'gazetteer',
      id: e.id,
      label: e.names?.ar ? `${e.name} · ${e.names.ar}` : e.name,
      detail: `${KIND_WORD[e.kind] ?? e.kind} in the gazetteer, not named in any report`,
      point: [e.lon, e.lat],
      zoom: ZOOM[e.kind] ?? 10,
      score: s + 0.5,
      entry: e,
    });
    for (const { f, keys } of ix.labels) {
      if (seen.has(f.properties.id)) continue;
      const s = nameScore(keys, qk);
      if (s === null) continue;
      seen.add(f.properties.id);
      const pt = representativePoint(f.geometry);
      if (!pt) continue;
      const kind = (
        ['neighbourhood', 'landmark'].includes(f.properties.kind) ? f.properties.kind : 'settlement'
      ) as PlaceKind;
      out.push(
        gazetteerHit(
          {
            id: f.properties.id,
            name: f.properties.name_en,
            kind,
            names: {
              en: f.properties.name_en,
              ...(f.properties.name_ar ? { ar: f.properties.name_ar } : {}),
            },
            aliases: [],
            lon: pt[0],
            lat: pt[1],
            population: f.properties.population ?? 0,
            country: '',
            admin1: '',
            featureCode: '',
          },
          s,
        ),
      );
    }
    for (const e of remote()) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const s = nameScore(searchKeys([e.name, e.names.en, e.names.ar, ...e.aliases]), qk);
      if (s !== null) out.push(gazetteerHit(e, s + 0.25));
    }
    for (const { f, text } of ix.incidents) {
      if (!wordsMatch(text, q)) continue;
      const outlets = [
        ...new Set(f.properties.articles.map((a) => props.state.data().outlets[a]).filter(Boolean)),
      ];
      out.push({
        key: `incident:${f.properties.id}`,
        kind: 'incident',
        id: f.properties.id,
        label: `${incidentLabel(f.properties.type)} · ${ix.placeName.get(f.properties.place) ?? f.properties.place}`,
        detail: `${formatDay(f.properties.date)} · ${outlets.join(', ') || 'outlet not named'}`,
        point: representativePoint(f.geometry),
        zoom: INCIDENT_ZOOM,
        // Told of an area (a governorate, a road): the area is shown whole.
        bounds: areaBounds(props.state.placeById().get(f.properties.place)?.geometry) ?? undefined,
        score: 10,
      });
    }
    return out.sort((a, b) => a.score - b.score).slice(0, 12);
  });

  // The gazetteer in the worker is asked a moment after typing stops.
  createEffect(() => {
    const q = query().trim();
    setActive(0);
    if (foldKey(q).length < 3) return setRemote([]);
    const t = setTimeout(() => {
      void searchInWorker(q, 8).then((r) => {
        if (query().trim() === q) setRemote(r);
      });
    }, 200);
    onCleanup(() => clearTimeout(t));
  });
  createEffect(() => {
    // eslint-disable-next-line solid/reactivity -- an event handler: called on a key press
    if (open() && query()) onCleanup(pushEscape(() => (setOpen(false), setQuery(''))));
  });

  const choose = (h: Hit | undefined) => {
    if (!h) return;
    if (h.kind === 'gazetteer' && h.entry) props.actions.addEntries([h.entry]);
    props.actions.select({ kind: h.kind, id: h.id });
    const map = document.getElementById('map');
    // An area is shown whole, however large it is and however small the screen; a point at its kind's zoom.
    if (h.bounds && map && Number.isFinite(h.bounds[0]))
      props.actions.flyTo(fitCamera(h.bounds, map.clientWidth, map.clientHeight, { maxZoom: 13 }));
    else if (h.point) props.actions.flyTo({ lon: h.point[0], lat: h.point[1], zoom: h.zoom });
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent) => {
    const n = hits().length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      setOpen(true);
      setActive((active() + 1) % n);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      setActive((active() - 1 + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits()[active()]);
    }
  };
  return (
    <div class="search" role="search">
      <input
        ref={input}
        type="search"
        class="search-input"
        placeholder="Search places, outlets, incidents"
        aria-label="Search places, outlets and incidents"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open() && hits().length > 0}
        aria-controls="search-results"
        aria-activedescendant={open() && hits().length ? `search-hit-${active()}` : undefined}
        value={query()}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      <Show when={open() && query().trim()}>
        <ul id="search-results" class="search-results" role="listbox" aria-label="Search results">
          <For each={hits()} fallback={<li class="search-empty muted">Nothing found</li>}>
            {(h, i) => (
              <li
                id={`search-hit-${i()}`}
                role="option"
                class="search-hit"
                data-kind={h.kind}
                aria-selected={i() === active()}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(h)}
              >
                <span class="search-label">{h.label}</span>
                <span class="search-detail">{h.detail}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
