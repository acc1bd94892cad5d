// How close the app takes the map by itself (a search hit, what added reports put on the map, an
// incident chosen in a list): never closer than the basemap has something to show there. The
// built-in basemap is Natural Earth (land, coasts, borders) with our gazetteer's town labels, and
// neighbourhood and landmark labels only where the gazetteer has them: elsewhere a view at a
// town's streets (z11–13) is an empty sheet with one marker, half hidden under its zone's label.
// A basemap with streets (a PMTiles extract, a MapLibre style) is shown as close as asked. Pure.
import type { Camera } from '../store/appState.ts';

/** The closest the app goes by itself where the built-in basemap has no local labels: a town and its surroundings. */
export const BUILT_IN_CLOSEST_ZOOM = 10;

/**
 * How far (km) from a neighbourhood or landmark label a view still has local labels around it
 * (at z12.5 a 940 px map is ≈ 10 km across).
 */
const LOCAL_LABEL_KM = 5;

/** What the basemap shows close up. */
export interface BasemapDetail {
  /** A basemap with streets and built-up areas (the user's PMTiles extract or style). */
  streets: boolean;
  /** Points ([lon, lat]) of the built-in basemap's local labels (neighbourhoods, landmarks). */
  localLabels: readonly (readonly [number, number])[];
}

const KM_PER_DEGREE = 111.32;

function nearAny(p: readonly [number, number], points: BasemapDetail['localLabels'], km: number): boolean {
  const cos = Math.cos((p[1] * Math.PI) / 180);
  return points.some(([lon, lat]) => {
    const dx = (lon - p[0]) * cos * KM_PER_DEGREE;
    const dy = (lat - p[1]) * KM_PER_DEGREE;
    return dx * dx + dy * dy <= km * km;
  });
}

/**
 * The closest zoom at which the basemap still shows something around `center`: unlimited with a
 * basemap of streets or beside the built-in basemap's local labels, else BUILT_IN_CLOSEST_ZOOM.
 *
 * @example
 * closestZoom([13.2, 11.6], { streets: false, localLabels: [[37.16, 36.2]] }); // 10
 * closestZoom([37.15, 36.21], { streets: false, localLabels: [[37.16, 36.2]] }); // Infinity
 */
export function closestZoom(center: readonly [number, number], detail: BasemapDetail): number {
  if (detail.streets || nearAny(center, detail.localLabels, LOCAL_LABEL_KM)) return Infinity;
  return BUILT_IN_CLOSEST_ZOOM;
}

/** The map's view: its zoom and its box ([west, south, east, north]). */
export interface View {
  zoom: number;
  bounds: readonly [number, number, number, number] | null;
}

/**
 * `camera` with its zoom no closer than the basemap shows something at its centre, unless the
 * map already shows that centre closer (`view`): the app never zooms in onto an empty sheet, nor
 * out of the view a user chose to reach something in it.
 *
 * @example
 * cappedCamera({ lon: 13.2, lat: 11.6, zoom: 12.5 }, { zoom: 8, bounds: null }, { streets: false, localLabels: [] }); // zoom 10
 */
export function cappedCamera(camera: Camera, view: View, detail: BasemapDetail): Camera {
  const b = view.bounds;
  const inView =
    b !== null && camera.lon >= b[0] && camera.lon <= b[2] && camera.lat >= b[1] && camera.lat <= b[3];
  const cap = Math.max(closestZoom([camera.lon, camera.lat], detail), inView ? view.zoom : -Infinity);
  return camera.zoom > cap ? { ...camera, zoom: cap } : camera;
}
