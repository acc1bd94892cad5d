// The bare MapLibre pages `npm run bench:app` compares the app against: plain HTML, MapLibre's
// own UMD build, no Solid, no app code, no data layers. The style is built here, in Node, by the
// app's own style functions, so the basemap is the app's basemap.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_FILE } from '../../src/app/basemap/basemapFile.ts';
import { basemapLayers } from '../../src/app/layers/basemapLayers.ts';
import { governorateLayers } from '../../src/app/layers/governorateLayers.ts';
import { labelLayers } from '../../src/app/layers/labelLayers.ts';
import type { StyleParts } from '../../src/app/layers/styleParts.ts';
import { DEFAULT_CAMERA } from '../../src/app/store/appState.ts';

const require = createRequire(import.meta.url);

/** `land`: Natural Earth land and borders only. `basemap`: the app's whole offline basemap. */
export type BareKind = 'land' | 'basemap';

/** The bundled faces the app loads (src/app/fonts.ts), as fontsource CSS files. */
const FONT_CSS = [
  '@fontsource/noto-sans/latin-400.css',
  '@fontsource/noto-sans/latin-ext-400.css',
  '@fontsource/noto-sans-arabic/arabic-400.css',
];

/** A source of `parts` fetched by MapLibre from `url` instead of inline data. */
function fromUrl(parts: StyleParts, id: string, url: string): StyleParts {
  return { ...parts, sources: { [id]: { type: 'geojson', data: url } } };
}

/**
 * The style of a bare page: `land` is sea, land, coast and borders; `basemap` adds the
 * governorates and the gazetteer's town and neighbourhood labels, drawn with the bundled Noto
 * fonts (no `glyphs`: MapLibre draws them locally), as the app's basemap does.
 */
export function bareStyle(kind: BareKind, origin: string): StyleSpecification {
  const parts: StyleParts[] = [basemapLayers(`${origin}/${BASEMAP_FILE}`)];
  if (kind === 'basemap') {
    parts.push(fromUrl(governorateLayers(null, true), 'governorates', `${origin}/gazetteer/admin1.geojson`));
    parts.push(fromUrl(labelLayers(null, true), 'labels', `${origin}/gazetteer/labels.geojson`));
  }
  return {
    version: 8,
    sources: Object.assign({}, ...parts.map((p) => p.sources)),
    layers: parts.flatMap((p) => p.layers),
  };
}

/** The @font-face rules of the bundled fonts, pointing at `/__bare/fonts/<file>`. */
function fontFaceCss(): string {
  return FONT_CSS.map((f) =>
    readFileSync(require.resolve(f), 'utf8').replace(/url\(\.\/files\/([^)]+)\)/g, 'url(/__bare/fonts/$1)'),
  ).join('\n');
}

/** The woff2 files the app downloads, preloaded by the bare page as the app's CSS loads them. */
const WOFF2 = [
  'noto-sans-latin-400-normal.woff2',
  'noto-sans-latin-ext-400-normal.woff2',
  'noto-sans-arabic-arabic-400-normal.woff2',
];

/** A map's size in CSS pixels. */
export interface MapSize {
  width: number;
  height: number;
}

/**
 * The HTML of a bare page; it marks `sm:idle` at the map's first `idle`. Its map fills the window,
 * or is `size` (the app's map beside its panels: the same area drawn, the same tiles).
 */
export function bareHtml(kind: BareKind, origin: string, size?: MapSize): string {
  const style = JSON.stringify(bareStyle(kind, origin));
  const cam = DEFAULT_CAMERA;
  // The app's map options that change what is drawn: no symbol fade (its frames would delay
  // `idle`), no second validation of a style built by tested code.
  const create = `const map = new maplibregl.Map({ container: 'map', style: ${style}, center: [${cam.lon}, ${cam.lat}], zoom: ${cam.zoom}, fadeDuration: 0, validateStyle: false });
performance.mark('sm:map-created');
map.once('load', () => performance.mark('sm:map-load'));
map.once('idle', () => performance.mark('sm:idle'));`;
  // Labels need the faces loaded before MapLibre draws the first glyph (it caches them), as in the app.
  const script =
    kind === 'land'
      ? create
      : `Promise.all([document.fonts.load('400 16px "Noto Sans"', 'Aleppo āī'), document.fonts.load('400 16px "Noto Sans Arabic"', 'حلب')])
  .then(() => { performance.mark('sm:fonts'); ${create} });`;
  const fonts =
    kind === 'land'
      ? ''
      : `${WOFF2.map((f) => `<link rel="preload" href="/__bare/fonts/${f}" as="font" type="font/woff2" crossorigin>`).join('')}
<style>${fontFaceCss()}</style>`;
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/__bare/maplibre-gl.css">
<style>html,body{margin:0;height:100%}#map{${size ? `width:${size.width}px;height:${size.height}px` : 'height:100%'}}</style>${fonts}</head><body><div id="map"></div>
<script src="/__bare/maplibre-gl.js"></script><script>
${script}
</script></body></html>`;
}

/** The file a `/__bare/…` request asks for: MapLibre's UMD build and CSS, or a bundled font. */
export function bareFile(name: string): { body: Buffer; contentType: string } {
  if (name.endsWith('.woff2')) {
    const pkg = name.includes('arabic') ? '@fontsource/noto-sans-arabic' : '@fontsource/noto-sans';
    const dir = path.dirname(require.resolve(`${pkg}/package.json`));
    return { body: readFileSync(path.join(dir, 'files', name)), contentType: 'font/woff2' };
  }
  const dist = path.dirname(require.resolve('maplibre-gl/dist/maplibre-gl.js'));
  return {
    body: readFileSync(path.join(dist, name)),
    contentType: name.endsWith('.css') ? 'text/css' : 'text/javascript',
  };
}
