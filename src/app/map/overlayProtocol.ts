// The `smoverlay:` protocol: the map is created as soon as the fonts and the kept view are in,
// with its whole style, while the data is still being fetched and checked. Its merged overlay
// source names a URL of this protocol, which MapLibre's worker asks for at once and which is
// answered when the data is in (`giveOverlay`): one style load, the sources tiled once, and the
// map's set-up (WebGL, shaders, style) done while the data comes.
import maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

const waiting = new Map<
  string,
  { data: Promise<FeatureCollection>; give: (fc: FeatureCollection) => void }
>();
let registered = false;
let count = 0;

function entry(url: string) {
  let e = waiting.get(url);
  if (!e) {
    let give!: (fc: FeatureCollection) => void;
    const data = new Promise<FeatureCollection>((resolve) => (give = resolve));
    e = { data, give };
    waiting.set(url, e);
  }
  return e;
}

/**
 * A URL for a GeoJSON source whose data is not in yet; MapLibre gets it once `giveOverlay(url, …)` is called.
 *
 * @example
 * const url = overlayUrl(); // 'smoverlay://overlay/1'
 * map = new Map({ style: { …, sources: { overlay: { type: 'geojson', data: url } } } });
 * giveOverlay(url, collection);
 */
export function overlayUrl(): string {
  if (!registered) {
    registered = true;
    maplibregl.addProtocol('smoverlay', async (params) => {
      // Kept once answered: MapLibre may ask again (the same data).
      return { data: await entry(params.url).data };
    });
  }
  const url = `smoverlay://overlay/${++count}`;
  entry(url);
  return url;
}

/** Answers the map's request for `url` (now, or when it asks). */
export function giveOverlay(url: string, data: FeatureCollection): void {
  entry(url).give(data);
}
