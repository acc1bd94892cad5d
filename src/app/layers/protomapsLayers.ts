// A PMTiles basemap drawn under our layers: a Protomaps extract (OpenStreetMap streets, water,
// land use, buildings) styled by @protomaps/basemaps in colours matched to the built-in basemap,
// or a raster archive. Pure: the archive's header says what it holds (openBasemap.ts reads it).
// Natural Earth stays underneath, so the world outside the extract is still drawn.
import { layers as protomapsStyle, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import { LAND, SEA } from './basemapLayers.ts';
import { FONT, type StyleParts } from './styleParts.ts';

export const PMTILES_SOURCE = 'pmtiles-basemap';

/** What the app needs to know of an archive to draw it. */
export interface PmtilesInfo {
  /** `pmtiles://…` URL MapLibre asks the protocol for. */
  url: string;
  /** 'mvt' for vector tiles, else a raster image type. */
  tileType: 'mvt' | 'png' | 'jpg' | 'webp' | 'avif' | 'unknown';
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  /** Source layers named in the archive's metadata (`vector_layers`). */
  vectorLayers: string[];
  attribution: string | null;
}

/** The source layers a Protomaps basemap extract has; an archive with none of them is not one. */
export const PROTOMAPS_LAYERS = ['earth', 'water', 'landuse', 'roads', 'buildings'];

/**
 * Layers of the Protomaps style left out: ours draw places, borders and governorates, and icons
 * need a sprite the app does not ship. Street names stay (`roads_labels_*`).
 */
const LEFT_OUT = /^(background|places_|pois|roads_shields|roads_oneway|boundaries|address_label|earth_label)/;

/** Built-up areas (OSM residential, commercial and retail land), which the light flavour leaves blank. */
const BUILT_UP = '#e6e0d4';

function withOurFonts(value: unknown): unknown {
  // Every `text-font` (plain, or chosen by script in an expression) becomes the bundled faces:
  // the app's style has no `glyphs`, so MapLibre draws text with the CSS fonts it names.
  if (Array.isArray(value)) return value.map(withOurFonts);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = k === 'text-font' ? ['literal', FONT] : withOurFonts(v);
    return out;
  }
  return value;
}

function vectorLayers(): LayerSpecification[] {
  const flavor = { ...namedFlavor('light'), background: SEA, earth: LAND, water: SEA };
  const style = protomapsStyle(PMTILES_SOURCE, flavor, { lang: 'en' }) as unknown as LayerSpecification[];
  const out: LayerSpecification[] = [];
  for (const layer of style) {
    if (LEFT_OUT.test(layer.id)) continue;
    const l = withOurFonts(layer) as LayerSpecification & { layout?: Record<string, unknown> };
    // A top-level `text-font` is a plain array of names, not an expression.
    if (l.layout?.['text-font']) l.layout['text-font'] = FONT;
    out.push(l);
    if (layer.id === 'landcover')
      out.push({
        id: 'landuse_built_up',
        type: 'fill',
        source: PMTILES_SOURCE,
        'source-layer': 'landuse',
        filter: [
          'in',
          ['get', 'kind'],
          ['literal', ['residential', 'commercial', 'retail', 'neighbourhood']],
        ],
        paint: { 'fill-color': BUILT_UP, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 8, 0, 10, 1] },
      });
  }
  return out;
}

/**
 * Sources and layers for an archive, to sit between the Natural Earth land and our layers.
 * Layer ids are Protomaps' own (`earth`, `roads_major`, `buildings` …) plus `landuse_built_up`.
 *
 * @example
 * protomapsLayers({ url: 'pmtiles://north-syria.pmtiles', tileType: 'mvt', … }).layers.some((l) => l.id === 'roads_minor'); // true
 */
export function protomapsLayers(info: PmtilesInfo): StyleParts {
  const common = {
    // Tiles straight from the protocol: no TileJSON round trip (the header was read already).
    tiles: [`${info.url}/{z}/{x}/{y}`],
    minzoom: info.minZoom,
    maxzoom: info.maxZoom,
    bounds: info.bounds,
    ...(info.attribution ? { attribution: info.attribution } : {}),
  };
  if (info.tileType !== 'mvt')
    return {
      sources: { [PMTILES_SOURCE]: { type: 'raster', tileSize: 256, ...common } },
      layers: [{ id: 'pmtiles-raster', type: 'raster', source: PMTILES_SOURCE }],
    };
  return { sources: { [PMTILES_SOURCE]: { type: 'vector', ...common } }, layers: vectorLayers() };
}
