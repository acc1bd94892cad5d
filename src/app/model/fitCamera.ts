// The camera that shows a whole area: its box fitted into the map's size in Web Mercator, as
// MapLibre draws it (a world 512 px wide at zoom 0). Pure, so the search can fly to a
// governorate, a district or a country whole, whatever its size and the screen's.
import type { Camera } from '../store/appState.ts';

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => {
  const r = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
};
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/**
 * Centre and zoom showing `bounds` ([west, south, east, north]) in a `width` × `height` map with
 * `padding` pixels clear on each side; the zoom is kept within [minZoom, maxZoom].
 *
 * @example
 * fitCamera([36.0, 35.6, 38.5, 36.7], 940, 760); // { lon: 37.25, lat: ≈36.15, zoom: ≈8.2 }
 */
export function fitCamera(
  bounds: [number, number, number, number],
  width: number,
  height: number,
  { padding = 40, minZoom = 4, maxZoom = 14 } = {},
): Camera {
  const [w, s, e, n] = bounds;
  const dx = Math.max(mercX(e) - mercX(w), 1e-9);
  const dy = Math.max(mercY(s) - mercY(n), 1e-9);
  const fit = Math.min(
    Math.max(width - 2 * padding, 1) / (512 * dx),
    Math.max(height - 2 * padding, 1) / (512 * dy),
  );
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.log2(fit)));
  return { lon: (w + e) / 2, lat: latOf((mercY(s) + mercY(n)) / 2), zoom };
}
