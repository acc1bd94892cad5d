// The map's icons as data URLs, so the legend and the list show the same symbols as the map.
import { drawImage } from './mapImages.ts';

const cache = new Map<string, string>();
/** One canvas for every icon (cleared by setting its size). */
let canvas: HTMLCanvasElement | null = null;

/** A PNG data URL of the map image `id` (empty string if unknown). */
export function iconDataUrl(id: string): string {
  let url = cache.get(id);
  if (url === undefined) {
    const image = drawImage(id);
    url = '';
    if (image) {
      const c = (canvas ??= document.createElement('canvas'));
      c.width = image.width;
      c.height = image.height;
      c.getContext('2d', { willReadFrequently: true })!.putImageData(image, 0, 0);
      url = c.toDataURL('image/png');
    }
    cache.set(id, url);
  }
  return url;
}
