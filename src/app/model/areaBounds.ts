// The box of a place that is more than a point (a governorate, a district, a region, a road):
// what the map fits when such a place, or an incident told of it, is chosen, rather than
// zooming to a point in its middle. Pure.
import type { Geometry } from 'geojson';
import type { Camera } from '../store/appState.ts';
import { fitCamera } from './fitCamera.ts';
import { bounds } from './representativePoint.ts';

/** Zoom an incident at a point (a town, a neighbourhood) is shown at: a few streets around it. */
export const INCIDENT_ZOOM = 12.5;

/**
 * [west, south, east, north] of an area or a line; null for a point (or nothing usable).
 *
 * @example areaBounds({ type: 'Polygon', coordinates: [[[36, 35], [38, 35], [38, 37], [36, 35]]] }) // [36, 35, 38, 37]
 */
export function areaBounds(g: Geometry | null | undefined): [number, number, number, number] | null {
  if (!g || g.type === 'Point' || g.type === 'MultiPoint') return null;
  const [w, s, e, n] = bounds(g);
  if (![w, s, e, n].every((v) => Number.isFinite(v)) || (w === e && s === n)) return null;
  return [w!, s!, e!, n!];
}

/**
 * The camera that shows an incident: the area it was told of whole (fitted to the map's size,
 * never closer than INCIDENT_ZOOM), else its point at INCIDENT_ZOOM or closer if the map already is.
 *
 * @example
 * incidentCamera([37.1, 36.2], governorate.geometry, { width: 900, height: 700 }, 8); // { zoom: ≈8.3 … }
 */
export function incidentCamera(
  point: [number, number] | null,
  place: Geometry | null | undefined,
  map: { width: number; height: number },
  zoom: number,
): Camera | null {
  const area = areaBounds(place);
  if (area) return fitCamera(area, map.width, map.height, { maxZoom: INCIDENT_ZOOM });
  return point ? { lon: point[0], lat: point[1], zoom: Math.max(zoom, INCIDENT_ZOOM) } : null;
}
