// Opens the basemap the user chose (basemapSetting.ts), before the map is made: a PMTiles
// archive's header and metadata are read (tile type, zooms, bounds, layers) and turned into
// style parts under our layers; a MapLibre style is fetched once to learn which origins its
// sources, sprite and glyphs need, so the page's policy can allow exactly those (narrowCsp.ts).
// Loaded only when a basemap other than the built-in one is chosen.
import type { StyleSpecification } from 'maplibre-gl';
import { protomapsLayers, PROTOMAPS_LAYERS, type PmtilesInfo } from '../layers/protomapsLayers.ts';
import type { StyleParts } from '../layers/styleParts.ts';
import { servePmtiles } from '../map/pmtilesProtocol.ts';
import { describeSetting, type BasemapSetting } from './basemapSetting.ts';

export interface OpenedBasemap {
  /** Sources and layers drawn over the Natural Earth land (a PMTiles archive). */
  parts: StyleParts | null;
  /** A MapLibre style the map is made from (our layers join it). */
  styleUrl: string | null;
  /** Origins off this page that the basemap reaches (for the page's policy). */
  origins: string[];
  /** Who made the basemap, in words, for the About panel. */
  credit: string | null;
  /** Why the chosen basemap is not shown (the built-in one is, instead). */
  problem: string | null;
}

export const BUILT_IN: OpenedBasemap = {
  parts: null,
  styleUrl: null,
  origins: [],
  credit: null,
  problem: null,
};

const TILE_TYPES: Record<number, PmtilesInfo['tileType']> = {
  1: 'mvt',
  2: 'png',
  3: 'jpg',
  4: 'webp',
  5: 'avif',
};

/** Text of an attribution (archive metadata may hold HTML; MapLibre would insert it as such). */
function plain(html: unknown): string | null {
  if (typeof html !== 'string') return null;
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

async function openPmtiles(source: Blob | string, label: string): Promise<OpenedBasemap> {
  const { archive, key } = servePmtiles(source);
  const header = await archive.getHeader();
  const metadata = ((await archive.getMetadata().catch(() => ({}))) ?? {}) as Record<string, unknown>;
  const tileType = TILE_TYPES[header.tileType] ?? 'unknown';
  const vectorLayers = Array.isArray(metadata.vector_layers)
    ? (metadata.vector_layers as { id?: unknown }[]).map((l) => String(l.id))
    : [];
  if (tileType === 'unknown') throw new Error(`${label} holds tiles of a type the map cannot draw`);
  if (tileType === 'mvt' && vectorLayers.length && !vectorLayers.some((l) => PROTOMAPS_LAYERS.includes(l)))
    throw new Error(
      `${label} is not a Protomaps basemap (its layers: ${vectorLayers.slice(0, 6).join(', ')}); make one with pmtiles extract (docs/app.md)`,
    );
  const credit =
    plain(metadata.attribution) ?? (tileType === 'mvt' ? '© OpenStreetMap contributors, Protomaps' : null);
  const parts = protomapsLayers({
    url: `pmtiles://${key}`,
    tileType,
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
    vectorLayers,
    attribution: credit,
  });
  const origins = typeof source === 'string' ? [new URL(source).origin] : [];
  return { parts, styleUrl: null, origins, credit, problem: null };
}

/** Every origin a style reaches: its own, its sprite and glyphs, and each source's tiles (TileJSON read). */
async function styleOrigins(url: string, style: StyleSpecification): Promise<string[]> {
  const origins = new Set<string>([new URL(url).origin]);
  const add = (u: unknown) => {
    if (typeof u !== 'string') return;
    try {
      const parsed = new URL(u.replace(/^pmtiles:\/\//, '').replace(/\{[^}]*\}/g, 'x'), url);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') origins.add(parsed.origin);
    } catch {
      // Not a URL (a mapbox:// or other scheme): MapLibre will say so.
    }
  };
  add(style.glyphs);
  if (Array.isArray(style.sprite)) style.sprite.forEach((s) => add(s.url));
  else add(style.sprite);
  for (const source of Object.values(style.sources ?? {})) {
    const s = source as { url?: string; tiles?: string[]; data?: unknown };
    s.tiles?.forEach(add);
    add(s.data);
    if (!s.url) continue;
    add(s.url);
    if (s.url.startsWith('pmtiles://')) {
      servePmtiles(s.url.slice('pmtiles://'.length));
      continue;
    }
    // A TileJSON: its tiles may be on yet another host.
    const tileJson = (await fetch(new URL(s.url, url))
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null)) as {
      tiles?: string[];
    } | null;
    tileJson?.tiles?.forEach(add);
  }
  return [...origins];
}

async function openStyle(url: string): Promise<OpenedBasemap> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the style at ${url} could not be fetched (HTTP ${res.status})`);
  const style = (await res.json().catch(() => null)) as StyleSpecification | null;
  if (!style || style.version !== 8 || !Array.isArray(style.layers))
    throw new Error(`${url} is not a MapLibre style (version 8 with layers)`);
  return { parts: null, styleUrl: url, origins: await styleOrigins(url, style), credit: null, problem: null };
}

/**
 * The chosen basemap, ready to draw; the built-in one, with `problem` saying why, when the
 * choice cannot be opened (a file that is not PMTiles, a style that does not load …).
 *
 * @example
 * const b = await openBasemap({ kind: 'pmtiles-file', name: 'north-syria.pmtiles' }, () => store.get('basemap-file'));
 */
export async function openBasemap(
  setting: BasemapSetting,
  keptFile: () => Promise<Blob | undefined>,
): Promise<OpenedBasemap> {
  try {
    switch (setting.kind) {
      case 'natural-earth':
        return BUILT_IN;
      case 'pmtiles-file': {
        const file = await keptFile();
        if (!file) throw new Error('the file is no longer kept in this browser; choose it again');
        return await openPmtiles(file, `“${setting.name}”`);
      }
      case 'pmtiles-url':
        return await openPmtiles(setting.url, setting.url);
      case 'style':
        return await openStyle(setting.url);
    }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ...BUILT_IN,
      problem: `The basemap you chose (${describeSetting(setting)}) cannot be shown: ${why}. The built-in basemap is shown instead.`,
    };
  }
}
