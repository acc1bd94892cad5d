// Control zones and the front line for one day: fill by side, hatching and a text label for
// claimed or contested areas so status never rests on colour alone.
import type { FeatureCollection } from 'geojson';
import { withLabelPoints } from '../model/labelPoint.ts';
import { LAND } from './basemapLayers.ts';
import { FONT, SIDE_COLOURS, SIDE_NAMES, matchColour, visibility, type StyleParts } from './styleParts.ts';

/** Opacity of the zones' fill over the land. */
export const ZONE_OPACITY = 0.3;

/**
 * The colour a zone of `side` shows on the map: its side's colour at the zones' opacity over
 * the land, so the legend's swatch is the colour the reader sees, not a brighter one.
 *
 * @example
 * zoneSwatch('government'); // '#ead0bc'-ish: orange at 30 % over the land
 */
export function zoneSwatch(side: string): string {
  const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const top = hex(SIDE_COLOURS[side] ?? SIDE_COLOURS.unknown!);
  const under = hex(LAND);
  const mix = top.map((t, i) => Math.round(t * ZONE_OPACITY + under[i]! * (1 - ZONE_OPACITY)));
  return `#${mix.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** Name of the hatch image the map bridge registers. */
export const HATCH_IMAGE = 'hatch';

/**
 * Zones (fill, hatch, outline, label) and front lines from the features of one control date.
 *
 * @example
 * controlLayers(controlAsOf(control, '2024-11-29'), true).layers.map((l) => l.id);
 */
export function controlLayers(data: FeatureCollection, on: boolean): StyleParts {
  const v = visibility(on);
  const isZone = ['==', ['get', 'layer'], 'zone'];
  // Each zone is labelled once, at a point inside its largest part (not once per tile).
  const isLabel = ['==', ['get', 'layer'], 'label'];
  const colour = matchColour('controller', SIDE_COLOURS, SIDE_COLOURS.unknown!);
  const uncertain = [
    'any',
    ['!=', ['get', 'status'], 'assessed'],
    ['==', ['get', 'controller'], 'contested'],
  ];
  const sideName = [
    'match',
    ['get', 'controller'],
    ...Object.entries(SIDE_NAMES).flat(),
    ['get', 'controller'],
  ];
  return {
    sources: {
      control: {
        type: 'geojson',
        data: withLabelPoints(
          data,
          { layer: 'label' },
          (f) => (f.properties as { layer?: string } | null)?.layer === 'zone',
        ),
      },
    },
    layers: [
      {
        id: 'control-fill',
        type: 'fill',
        source: 'control',
        filter: isZone as never,
        layout: { visibility: v },
        // Edges are drawn by control-outline; an anti-aliased fill edge would need its own shader.
        paint: { 'fill-color': colour as never, 'fill-opacity': ZONE_OPACITY, 'fill-antialias': false },
      },
      {
        id: 'control-hatch',
        type: 'fill',
        source: 'control',
        filter: ['all', isZone, uncertain] as never,
        layout: { visibility: v },
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.7, 'fill-antialias': false },
      },
      {
        id: 'control-outline',
        type: 'line',
        source: 'control',
        filter: isZone as never,
        layout: { visibility: v },
        paint: { 'line-color': colour as never, 'line-width': 1, 'line-opacity': 0.8 },
      },
      {
        id: 'control-frontline',
        type: 'line',
        source: 'control',
        filter: ['==', ['get', 'layer'], 'frontline'],
        layout: { visibility: v, 'line-join': 'round' },
        paint: {
          'line-color': '#1a1a1a',
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 3.5],
          'line-dasharray': [4, 2],
        },
      },
      {
        // Claimed and contested areas say so in words, placed before any other label.
        id: 'control-status-label',
        type: 'symbol',
        source: 'control',
        filter: ['all', isLabel, uncertain] as never,
        layout: {
          visibility: v,
          'text-field': [
            'case',
            ['==', ['get', 'controller'], 'contested'],
            'CONTESTED',
            ['concat', ['upcase', ['get', 'status']], ' · ', ['get', 'controller']],
          ] as never,
          'text-font': FONT,
          'text-size': 11.5,
          'text-letter-spacing': 0.05,
          'text-padding': 4,
        },
        paint: { 'text-color': '#111', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 2 },
      },
      {
        id: 'control-label',
        type: 'symbol',
        source: 'control',
        filter: ['all', isLabel, ['!', uncertain]] as never,
        layout: {
          visibility: v,
          'text-field': sideName as never,
          'text-font': FONT,
          'text-size': 11,
          'text-padding': 20,
          'symbol-placement': 'point',
        },
        paint: { 'text-color': '#222', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.6 },
      },
    ],
  };
}
