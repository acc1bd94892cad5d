// The shape every layer module returns: MapLibre sources and layers as plain style-spec JSON.
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { wordTable } from '../../words/wordTable.ts';

export interface StyleParts {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** Bundled fonts (see src/app/fonts.ts); MapLibre ≥ 5.11 draws them locally when the style has no `glyphs`. */
export const FONT = ['Noto Sans', 'Noto Sans Arabic'];

/**
 * `value` written as a per-feature expression. MapLibre compiles one shader per layer type and
 * set of per-feature properties, and in software WebGL each costs tens of milliseconds on the
 * first frame that uses it. So every circle layer sets its colours and sizes per feature, and
 * every fill and line (dashed or not) its colour, as the zones' fills and outlines (coloured by
 * side) do.
 *
 * @example
 * perFeature('#111'); // ['case', ['has', '_'], '#111', '#111']
 */
export function perFeature(value: unknown): never {
  return ['case', ['has', '_'], value, value] as never;
}

/**
 * `hex` (#rrggbb) at opacity `alpha`, as a CSS colour.
 *
 * @example
 * withAlpha('#009E73', 0.3); // 'rgba(0,158,115,0.3)'
 */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r},${g},${b},${alpha})`;
}

/**
 * Layout visibility for a toggled group, or for a layer that can draw nothing now (the
 * selection's ring with nothing selected): appStyle leaves a hidden layer out of the style.
 */
export function visibility(on: boolean): 'visible' | 'none' {
  return on ? 'visible' : 'none';
}

/** Colours safe for colour-blind readers (Okabe–Ito), by side. Status is also shown by hatching and text. */
export const SIDE_COLOURS: Record<string, string> = wordTable({
  opposition: '#009E73',
  government: '#D55E00',
  sdf: '#E6C229',
  sna: '#56B4E9',
  turkey: '#56B4E9',
  russia: '#CC79A7',
  iran: '#CC79A7',
  hezbollah: '#CC79A7',
  contested: '#8C8C8C',
  unknown: '#B0B0B0',
});

/** Human names of sides, for legends and labels. */
export const SIDE_NAMES: Record<string, string> = wordTable({
  opposition: 'Opposition (HTS-led)',
  government: 'Government',
  sdf: 'SDF',
  sna: 'SNA (Turkish-backed)',
  turkey: 'Turkey',
  russia: 'Russia',
  iran: 'Iran',
  hezbollah: 'Hezbollah',
  contested: 'Contested',
  unknown: 'Unknown',
});

/** A `match` expression over a string property with a fallback, typed loosely for the spec. */
export function matchColour(property: string, colours: Record<string, string>, fallback: string): unknown[] {
  return ['match', ['get', property], ...Object.entries(colours).flat(), fallback];
}
