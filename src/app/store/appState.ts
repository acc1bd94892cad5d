// The app's state types: camera, date, layers and selection (the URL holds these), apart from the
// data, which is loaded once and kept out of the reactive store.
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { ControlProps, Manifest, PlaceProps, PublishedLayers } from '../../types/model.ts';
import type { IncidentRows } from '../model/incidentRow.ts';
import type { PlaceOverrides } from '../model/placeOverrides.ts';
import type { StyleParts } from '../layers/styleParts.ts';
import { wordTable } from '../../words/wordTable.ts';

/** Every layer the layer panel toggles, in drawing order (bottom first). */
export const LAYER_IDS = [
  'governorates',
  'control',
  'roads',
  'areas',
  'labels',
  'places',
  'history',
  'incidents',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** A zone's id is `<controller>|<status>`: zones are one per side and status on each day. */
export type Selection = { kind: 'incident' | 'place' | 'zone' | 'gazetteer'; id: string } | null;

/** The id of a control zone in a selection. */
export function zoneId(p: { controller: string; status: string }): string {
  return `${p.controller}|${p.status}`;
}

export interface UiState {
  camera: Camera;
  /** YYYY-MM-DD, or null for the last day of the data. */
  date: string | null;
  layers: Record<LayerId, boolean>;
  selection: Selection;
  /** Incidents drawn at one point (a stack), listed so each can be reached; null when none is open. */
  stack: string[] | null;
  /** Article id and offsets shown in the full-text reader, if open. */
  reader: { article: string; start: number; end: number } | null;
  /** Messages for the user: loading problems, files that could not be read. */
  messages: {
    id: number;
    level: 'info' | 'error';
    text: string;
    action?: { label: string; run: () => void };
  }[];
  busy: boolean;
  /** How far the worker's merge has got while `busy` (reports read of all), null otherwise. */
  progress: { done: number; total: number; step: string } | null;
  /** Places the user switched to another of the resolver's alternatives (in the URL as `fix`). */
  overrides: PlaceOverrides;
  /** Incident types the user hid (in the URL as `hide`). */
  hiddenTypes: string[];
}

/** Features used only for the basemap: Natural Earth land and borders, and the gazetteer build's. */
export interface BasemapData {
  admin1: FeatureCollection<Polygon | MultiPolygon, { id: string; name_en: string; name_ar?: string }> | null;
  roads: FeatureCollection<Geometry, { ref: string; name?: string }> | null;
  labels: FeatureCollection<
    Geometry,
    { id: string; name_en: string; name_ar?: string; kind: string; population?: number }
  > | null;
  /** A basemap the user chose, drawn over the Natural Earth land (a PMTiles extract); its credit. */
  chosen?: { parts: StyleParts; credit: string | null } | null;
}

/** Pipeline output the app shows; user reports are merged into it. */
export interface AppData {
  manifest: Manifest | null;
  places: FeatureCollection<Geometry, PlaceProps>;
  /**
   * Every incident as a light row (src/app/model/incidentRow.ts); full records are fetched per
   * incident. A published site (tiles) holds only its history incidents here.
   */
  incidents: IncidentRows;
  /** The published site's tiles and shards, when the data folder is one (manifest `published`). */
  published: PublishedLayers | null;
  control: FeatureCollection<Geometry, ControlProps>;
  /** Article text by id, when available (local ingest or reports added in the app). */
  texts: Record<string, string>;
  /** Outlet by article id (from the manifest and user reports). */
  outlets: Record<string, string | null>;
  basemap: BasemapData;
}

export const DEFAULT_CAMERA: Camera = { lon: 37.05, lat: 36.2, zoom: 8.2 };

export function allLayersOn(): Record<LayerId, boolean> {
  return Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;
}

/**
 * What a first visit shows: every layer but the background (history) incidents and the areas
 * (outlines of districts, regions and relative areas, which would cross every zone).
 */
export function defaultLayers(): Record<LayerId, boolean> {
  return { ...allLayersOn(), history: false, areas: false };
}

export function emptyCollection<P>(): FeatureCollection<Geometry, P> {
  return { type: 'FeatureCollection', features: [] };
}

export function emptyData(): AppData {
  return {
    manifest: null,
    places: emptyCollection(),
    incidents: emptyCollection(),
    published: null,
    control: emptyCollection(),
    // Keyed by the reports' ids from loaded files: an id no file lists finds nothing.
    texts: wordTable({}),
    outlets: wordTable({}),
    basemap: { admin1: null, roads: null, labels: null },
  };
}
