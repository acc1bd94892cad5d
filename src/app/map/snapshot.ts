// A picture of the map as drawn now, for the PNG export and printing. The map's WebGL buffer is
// only readable while a frame is being drawn, so the copy is made in the `render` event.
import type { Map as MlMap } from 'maplibre-gl';

let current: MlMap | null = null;

/** Called by the map view when the map exists (and with null when it is removed). */
export function registerMap(map: MlMap | null): void {
  current = map;
}

/**
 * A 2D canvas holding the map's pixels, at the device's pixel ratio.
 *
 * @example
 * const canvas = await snapshotMap(); canvas.toDataURL('image/png');
 */
export function snapshotMap(): Promise<HTMLCanvasElement> {
  const map = current;
  if (!map) return Promise.reject(new Error('the map is not drawn yet'));
  return new Promise((resolve) => {
    map.once('render', () => {
      const gl = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = gl.width;
      out.height = gl.height;
      out.getContext('2d')!.drawImage(gl, 0, 0);
      resolve(out);
    });
    map.triggerRepaint();
  });
}
