// The one module that changes the map: it diffs two StyleParts and calls setData, setFilter,
// setLayoutProperty and setPaintProperty for what changed, and moves the camera. Components and
// the store never touch the map directly.
import type { GeoJSONSource, LayerSpecification, Map as MlMap, VectorTileSource } from 'maplibre-gl';
import type { StyleParts } from '../layers/styleParts.ts';
import type { Camera } from '../store/appState.ts';
import { drawImage, knownImageIds } from './mapImages.ts';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function diffProps(
  prev: Record<string, unknown> | undefined,
  next: Record<string, unknown> | undefined,
  set: (key: string, value: unknown) => void,
): void {
  const keys = new Set([...Object.keys(prev ?? {}), ...Object.keys(next ?? {})]);
  for (const key of keys) if (!same(prev?.[key], next?.[key])) set(key, next?.[key]);
}

/**
 * Brings the map from `prev` to `next`: GeoJSON data by identity through `setData`, filters and
 * properties through their setters; new sources and layers are added, vanished ones removed.
 *
 * @example
 * applyStyle(map, lastParts, appStyle(input)); lastParts = …;
 */
export function applyStyle(map: MlMap, prev: StyleParts, next: StyleParts): void {
  for (const [id, spec] of Object.entries(next.sources)) {
    const old = prev.sources[id];
    if (!old) map.addSource(id, spec);
    else if (spec.type === 'geojson' && old.type === 'geojson' && spec.data !== old.data) {
      (map.getSource(id) as GeoJSONSource).setData(spec.data as never);
    } else if (spec.type === 'vector' && old.type === 'vector' && !same(spec.tiles, old.tiles)) {
      // New tiles (the data worker was given other incidents): fetched again, layers kept.
      (map.getSource(id) as VectorTileSource).setTiles(spec.tiles ?? []);
    }
  }
  const prevLayers = new Map(prev.layers.map((l) => [l.id, l]));
  const nextIds = new Set(next.layers.map((l) => l.id));
  for (const layer of prev.layers) if (!nextIds.has(layer.id)) map.removeLayer(layer.id);
  const sourceOf = (l: LayerSpecification | undefined) => (l && 'source' in l ? l.source : undefined);
  next.layers.forEach((layer, i) => {
    const old = prevLayers.get(layer.id);
    // A layer cannot change its source (a file that failed to load is drawn from its URL): added anew.
    const moved = old && sourceOf(old) !== sourceOf(layer);
    if (moved) map.removeLayer(layer.id);
    if (!old || moved) {
      const before = next.layers.slice(i + 1).find((l) => prevLayers.has(l.id));
      map.addLayer(layer, before?.id);
      return;
    }
    const o = old as LayerSpecification & {
      filter?: unknown;
      layout?: Record<string, unknown>;
      paint?: Record<string, unknown>;
    };
    const n = layer as typeof o;
    if (!same(o.filter, n.filter)) map.setFilter(layer.id, (n.filter ?? null) as never);
    diffProps(o.layout, n.layout, (k, v) => map.setLayoutProperty(layer.id, k, v));
    diffProps(o.paint, n.paint, (k, v) => map.setPaintProperty(layer.id, k, v));
  });
  for (const id of Object.keys(prev.sources)) if (!next.sources[id]) map.removeSource(id);
}

/**
 * Registers the icons and the hatch at once, before any tile is laid out, and any other image
 * on demand. An image added while tiles load makes MapLibre lay out again the tiles that use it.
 */
export function provideImages(map: MlMap): void {
  for (const id of knownImageIds()) map.addImage(id, drawImage(id)!, { pixelRatio: 2 });
  map.on('styleimagemissing', (e: { id: string }) => {
    const image = drawImage(e.id);
    if (image && !map.hasImage(e.id)) map.addImage(e.id, image, { pixelRatio: 2 });
  });
}

/** Moves the camera to a state from the store; animated unless the user prefers reduced motion. */
export function moveCamera(map: MlMap, camera: Camera, animate: boolean): void {
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
  if (animate && !reduced) map.flyTo({ ...target, duration: 900, essential: false });
  else map.jumpTo(target);
}
