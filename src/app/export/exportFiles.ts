// What the map can be taken out as, with its provenance: GeoJSON (the whole map, every feature
// with its sources, speakers, stances and offsets; importing it restores the map), CSV (one row
// per incident and source), KML (Google Earth). Loaded only when the user exports.
import { toKML } from '@placemarkio/tokml';
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { IncidentProps, Manifest, PlaceProps } from '../../types/model.ts';
import { incidentLabel } from '../layers/incidentTypes.ts';
import { rowFigures } from '../model/rowFigures.ts';
import type { AppData } from '../store/appState.ts';

/** The marker of a situation-map export, a foreign member of the FeatureCollection (RFC 7946 §6.1). */
export const EXPORT_FORMAT = 'situation-map/1';

export interface ExportMeta {
  format: typeof EXPORT_FORMAT;
  exported: string;
  /** The day the map showed. */
  date: string | null;
  manifest: Manifest | null;
  /** Outlet by article id. */
  outlets: Record<string, string | null>;
}

type Layer = 'place' | 'incident' | 'control';
/** The map in full: every incident with its sources (the app's rows are light; see allIncidentRecords). */
export type MapData = Pick<AppData, 'manifest' | 'places' | 'control' | 'outlets'> & {
  incidents: FeatureCollection<Geometry, IncidentProps>;
};

/**
 * The whole map as one GeoJSON FeatureCollection: places, incidents (every source with outlet,
 * stance, attribution, speaker side and offsets) and control features of every day, each
 * tagged with `_layer`; the manifest rides along as the foreign member `situationMap`.
 *
 * @example
 * const fc = exportGeoJson(state.data(), '2024-11-30'); // fc.situationMap.format === 'situation-map/1'
 */
export function exportGeoJson(
  data: MapData,
  date: string | null,
  now = new Date().toISOString(),
): FeatureCollection & { situationMap: ExportMeta } {
  const tag = (layer: Layer) => (f: Feature) => ({ ...f, properties: { ...f.properties, _layer: layer } });
  return {
    type: 'FeatureCollection',
    situationMap: {
      format: EXPORT_FORMAT,
      exported: now,
      date,
      manifest: data.manifest,
      outlets: data.outlets,
    },
    features: [
      ...data.places.features.map(tag('place')),
      ...data.incidents.features.map(tag('incident')),
      ...data.control.features.map(tag('control')),
    ] as Feature[],
  };
}

/**
 * Reads an export back: the layers and manifest, or an error in words (not an export, broken).
 *
 * @example
 * importGeoJson(JSON.parse(text)); // { data, date } or { error }
 */
export function importGeoJson(json: unknown): { data: MapData; date: string | null } | { error: string } {
  const fc = json as Partial<FeatureCollection> & { situationMap?: ExportMeta };
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    return { error: 'not a GeoJSON FeatureCollection' };
  if (fc.situationMap?.format !== EXPORT_FORMAT)
    return {
      error: 'not a map exported from this app (no situationMap member); only such maps can be opened here',
    };
  const by = (layer: Layer) =>
    fc
      .features!.filter((f) => (f.properties as { _layer?: string } | null)?._layer === layer)
      .map((f) => {
        const { _layer: _l, ...props } = f.properties as Record<string, unknown>;
        return { ...f, properties: props };
      });
  return {
    data: {
      manifest: fc.situationMap.manifest ?? null,
      outlets: fc.situationMap.outlets ?? {},
      places: {
        type: 'FeatureCollection',
        features: by('place') as unknown as Feature<Geometry, PlaceProps>[],
      },
      incidents: {
        type: 'FeatureCollection',
        features: by('incident') as unknown as Feature<Geometry, IncidentProps>[],
      },
      control: {
        type: 'FeatureCollection',
        features: by('control') as unknown as AppData['control']['features'],
      },
    },
    date: fc.situationMap.date ?? null,
  };
}

const point = (g: Geometry | null): [number, number] | null =>
  g?.type === 'Point' ? [g.coordinates[0]!, g.coordinates[1]!] : null;

/**
 * One row per incident and source: what, when, where, and who said it, how, in which report, at
 * which offsets.
 *
 * @example
 * exportCsv(state.data()).split('\r\n')[0]; // 'incident_id,type,…'
 */
export function exportCsv(data: Pick<MapData, 'manifest' | 'places' | 'incidents'>): string {
  const places = new Map(data.places.features.map((f) => [f.properties.id, f.properties]));
  const articles = new Map((data.manifest?.articles ?? []).map((a) => [a.id, a]));
  const rows = data.incidents.features.flatMap((f) => {
    const p = f.properties;
    const pt = point(f.geometry);
    return p.sources.map((s, i) => ({
      incident_id: p.id,
      type: p.type,
      type_label: incidentLabel(p.type),
      status: p.status,
      date: p.date ?? '',
      date_from: (p as { dateRange?: [string, string] }).dateRange?.[0] ?? '',
      background: p.background ? 'yes' : 'no',
      place_id: p.place,
      place_name: places.get(p.place)?.name ?? '',
      gazetteer_id: places.get(p.place)?.gazetteerId ?? '',
      lon: pt?.[0] ?? '',
      lat: pt?.[1] ?? '',
      actors: p.actors.map((a) => `${a.name} (${a.side})`).join('; '),
      source_n: i + 1,
      sources: p.sources.length,
      outlet: s.outlet ?? '',
      article: s.article,
      report_date: articles.get(s.article)?.dateline ?? '',
      url: articles.get(s.article)?.url ?? '',
      stance: s.stance,
      attribution: s.attribution ?? '',
      speaker_side: (s as { speakerSide?: string | null }).speakerSide ?? '',
      start: s.start,
      end: s.end,
      figures: rowFigures(p, s)
        .map((x) => `${x.qualifier ? `${x.qualifier} ` : ''}${x.value} ${x.what}`)
        .join('; '),
      summary: p.summary,
    }));
  });
  return Papa.unparse(rows, { newline: '\r\n' });
}

/** A value as KML's ExtendedData shows it: text, numbers as they are, structures as JSON. */
const flat = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : v;

/**
 * KML for Google Earth: incidents and places as points, the control zones of the day shown as
 * polygons, each Placemark with a name, a description and its properties as ExtendedData.
 *
 * @example
 * exportKml(state.data(), state.control(), '2024-11-30').startsWith('<?xml'); // true
 */
export function exportKml(
  data: Pick<MapData, 'places' | 'incidents'>,
  controlOfDay: FeatureCollection,
  date: string | null,
): string {
  const places = new Map(data.places.features.map((f) => [f.properties.id, f.properties.name]));
  // A derived zone is written as its label point, its ground as cells: the zone's polygons are its cells'.
  const cells = new Map<string, Position[][][]>();
  for (const f of controlOfDay.features) {
    const p = f.properties as { layer?: string; controller?: string; status?: string } | null;
    if (p?.layer !== 'cell') continue;
    const key = `${p.controller}|${p.status}`;
    const list = cells.get(key) ?? [];
    if (f.geometry.type === 'Polygon') list.push(f.geometry.coordinates);
    if (f.geometry.type === 'MultiPolygon') list.push(...f.geometry.coordinates);
    cells.set(key, list);
  }
  const features: Feature[] = [
    ...controlOfDay.features
      .filter((f) => (f.properties as { layer?: string } | null)?.layer === 'zone')
      .map((f) => {
        const p = f.properties as Record<string, unknown>;
        const ground = f.geometry.type === 'Point' ? cells.get(`${p.controller}|${p.status}`) : undefined;
        return {
          ...f,
          geometry: ground ? { type: 'MultiPolygon' as const, coordinates: ground } : f.geometry,
          properties: {
            name: String(p.label ?? `${p.controller} (${p.status})`),
            description: `Control as of ${date ?? p.date}: ${p.controller}, ${p.status}`,
            controller: p.controller,
            status: p.status,
            date: p.date,
            areaKm2: p.areaKm2,
            basis: flat(p.basis),
          },
        };
      }),
    ...data.incidents.features
      .filter((f) => f.geometry?.type === 'Point')
      .map((f) => {
        const p = f.properties;
        return {
          ...f,
          properties: {
            name: `${incidentLabel(p.type)} · ${places.get(p.place) ?? p.place}`,
            description: `${p.summary} Sources: ${p.sources
              .map(
                (s) => `${s.outlet ?? s.article} (${s.stance}${s.attribution ? `, ${s.attribution}` : ''})`,
              )
              .join('; ')}`,
            id: p.id,
            type: p.type,
            status: p.status,
            date: p.date ?? '',
            place: p.place,
            sources: flat(p.sources),
            actors: flat(p.actors),
          },
        };
      }),
    ...data.places.features
      .filter((f) => f.geometry?.type === 'Point')
      .map((f) => ({
        ...f,
        properties: {
          name: f.properties.name,
          description: `${f.properties.kind}, named ${f.properties.mentions.length} times`,
          id: f.properties.id,
          gazetteerId: f.properties.gazetteerId,
          kind: f.properties.kind,
          name_ar: f.properties.names?.ar ?? '',
          mentions: flat(f.properties.mentions),
        },
      })),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toKML({ type: 'FeatureCollection', features })}`;
}
