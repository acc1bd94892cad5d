// Every layer group of the map, in drawing order, computed from what the app shows. Pure: the
// map bridge (src/app/map/applyStyle.ts) turns the difference between two results into calls.
import type { FeatureCollection, Geometry } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { PlaceProps } from '../../types/model.ts';
import { LAYER_IDS, type BasemapData, type LayerId, type Selection } from '../store/appState.ts';
import { basemapLayers } from './basemapLayers.ts';
import { controlLayers } from './controlLayers.ts';
import { governorateLayers } from './governorateLayers.ts';
import { historyLayers } from './historyLayers.ts';
import { incidentLayers, type IncidentLayerInput } from './incidentLayers.ts';
import { labelLayers } from './labelLayers.ts';
import { areaLayers } from './areaLayers.ts';
import { placeLayers } from './placeLayers.ts';
import { roadLayers } from './roadLayers.ts';
import { mergeSources } from './mergeSources.ts';
import type { StyleParts } from './styleParts.ts';

export interface AppStyleInput {
  /** The offline basemap file, or null when an online style provides the basemap. */
  basemapUrl: string | null;
  basemap: BasemapData;
  /** Features already cut to the chosen day. */
  control: FeatureCollection;
  /** Where the incident tiles are, the day shown and the types hidden. */
  incidents: Omit<IncidentLayerInput, 'on' | 'selectedId'>;
  /** Background (historical) incidents, drawn apart and muted. */
  history: FeatureCollection;
  places: FeatureCollection<Geometry, PlaceProps>;
  /** Districts, regions and relative areas, with a label point per named area (`areaPlaces`). */
  areas: FeatureCollection;
  layers: Record<LayerId, boolean>;
  selection: Selection;
}

const TOP_LAYERS = ['control-status-label'];

/** Which toggle a map layer id belongs to (ids are prefixed by their group). */
export function groupOfLayer(layerId: string): LayerId | null {
  const prefix = layerId.split('-')[0];
  return LAYER_IDS.find((g) => g === prefix) ?? null;
}

/**
 * The basemap's parts. Natural Earth is a source of its own, given by URL: MapLibre's worker
 * fetches and tiles it as soon as the style is loaded, while the main thread is still busy
 * with the page and the data (its features need no change for the map). A PMTiles basemap the
 * user chose draws streets and built-up areas over its land, under the country borders and our
 * layers.
 */
function baseParts(input: AppStyleInput): StyleParts[] {
  if (!input.basemapUrl) return [];
  const ne = basemapLayers(input.basemapUrl);
  const chosen = input.basemap.chosen?.parts;
  if (!chosen) return [ne];
  const borders = (l: { id: string }) => l.id === 'borders';
  return [
    { sources: ne.sources, layers: ne.layers.filter((l) => !borders(l)) },
    chosen,
    { sources: {}, layers: ne.layers.filter(borders) },
  ];
}

/**
 * The app's sources and layers, basemap first, incidents on top.
 *
 * @example
 * appStyle(input).layers.filter((l) => groupOfLayer(l.id) === 'incidents').length; // 4
 */
export function appStyle(input: AppStyleInput): StyleParts {
  const sel = (kind: 'incident' | 'place') => (input.selection?.kind === kind ? input.selection.id : null);
  const parts = [
    ...baseParts(input),
    governorateLayers(input.basemap.admin1, input.layers.governorates),
    controlLayers(input.control, input.layers.control),
    roadLayers(input.basemap.roads, input.layers.roads),
    areaLayers(input.areas, input.layers.areas),
    labelLayers(input.basemap.labels, input.layers.labels),
    placeLayers(input.places, input.layers.places, sel('place')),
    historyLayers(input.history, input.layers.history),
    incidentLayers({ ...input.incidents, on: input.layers.incidents, selectedId: sel('incident') }),
  ];
  const all: StyleParts = {
    sources: Object.assign({}, ...parts.map((p) => p.sources)),
    layers: parts.flatMap((p) => p.layers),
  };
  // Labels drawn last are placed first: the status of a zone wins over town names.
  const top = all.layers.filter((l) => TOP_LAYERS.includes(l.id));
  all.layers = [...all.layers.filter((l) => !TOP_LAYERS.includes(l.id)), ...top];
  // A hidden layer (a group toggled off, the selection's ring with nothing selected) is left out
  // of the style: MapLibre parses every layer on the main thread and again in its worker,
  // filters every tile's features for it and walks it in every frame. Shown again, applyStyle
  // adds it at its place in the order, as a hidden layer shown again had its tiles laid out anew.
  all.layers = all.layers.filter((l) => l.layout?.visibility !== 'none');
  return mergeSources(all, ['governorates', 'control', 'roads', 'areas', 'labels', 'places', 'history']);
}

/** The same as a complete style document (no `glyphs`: labels are drawn from bundled fonts). */
export function toStyleSpec(parts: StyleParts): StyleSpecification {
  return { version: 8, sources: parts.sources, layers: parts.layers };
}
