// What the search box searches and how it ranks: the folded names of the places on the map and
// of the gazetteer's labels, and the incidents' words. Loaded when the box is first focused or
// typed in (SearchBox.tsx), so the first screen does not carry the folding and the index.
import { foldKey } from '../../geoparse/index/fold.ts';
import type { AppData } from '../store/appState.ts';
import type { GazetteerEntry, PlaceKind } from '../../types/model.ts';
import { incidentLabel } from '../layers/incidentTypes.ts';
import { bbox } from '../layers/areaLayers.ts';
import { areaBounds, INCIDENT_ZOOM } from '../model/areaBounds.ts';
import { representativePoint } from '../model/representativePoint.ts';
import { nameScore, searchKeys, wordsMatch } from '../model/search.ts';
import type { AppStateView } from '../store/createAppStore.ts';
import { formatDay } from './format.ts';
import { wordTable } from '../../words/wordTable.ts';

export { foldKey } from '../../geoparse/index/fold.ts';
export { fitCamera } from '../model/fitCamera.ts';

export interface Hit {
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

const ZOOM: Partial<Record<PlaceKind, number>> = wordTable({
  neighbourhood: 13.5,
  landmark: 13.5,
  settlement: 11,
  road: 9,
  admin2: 9,
  admin1: 8,
  country: 6,
  region: 6,
});
const KIND_WORD: Record<string, string> = wordTable({
  settlement: 'town',
  neighbourhood: 'neighbourhood',
  landmark: 'landmark',
  road: 'road',
  admin1: 'governorate',
  admin2: 'district',
  country: 'country',
  region: 'region',
});

export type SearchIndex = ReturnType<typeof searchIndex>;

/** Everything searchable on the map, with folded keys. */
export function searchIndex(d: AppData) {
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
}

/** The best dozen results for a query (trimmed, not empty), with the gazetteer's answers so far. */
export function searchHits(
  ix: SearchIndex,
  q: string,
  remote: readonly GazetteerEntry[],
  state: AppStateView,
): Hit[] {
  const qk = foldKey(q);
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
  for (const e of remote) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const s = nameScore(searchKeys([e.name, e.names.en, e.names.ar, ...e.aliases]), qk);
    if (s !== null) out.push(gazetteerHit(e, s + 0.25));
  }
  for (const { f, text } of ix.incidents) {
    if (!wordsMatch(text, q)) continue;
    const outlets = [...new Set(f.properties.articles.map((a) => state.data().outlets[a]).filter(Boolean))];
    out.push({
      key: `incident:${f.properties.id}`,
      kind: 'incident',
      id: f.properties.id,
      label: `${incidentLabel(f.properties.type)} · ${ix.placeName.get(f.properties.place) ?? f.properties.place}`,
      detail: `${formatDay(f.properties.date)} · ${outlets.join(', ') || 'outlet not named'}`,
      point: representativePoint(f.geometry),
      zoom: INCIDENT_ZOOM,
      // Told of an area (a governorate, a road): the area is shown whole.
      bounds: areaBounds(state.placeById().get(f.properties.place)?.geometry) ?? undefined,
      score: 10,
    });
  }
  return out.sort((a, b) => a.score - b.score).slice(0, 12);
}
